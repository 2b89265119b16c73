import Testing
@testable import Course

/// How a number question's margin reads after an answer.
@Suite struct ToleranceTextTests {
    @Test func aMarginReadsAsWithinOrExactly() {
        #expect(Tolerance(absolute: 0.005).accepted(around: 0.76) == "within ±0.005")
        #expect(Tolerance(relative: 0.01).accepted(around: 200, unit: " MB") == "within ±2 MB")
        // Only the floating-point floor left: a count must be exact.
        #expect(Tolerance(absolute: 0).accepted(around: 12) == "exactly")
    }
}
