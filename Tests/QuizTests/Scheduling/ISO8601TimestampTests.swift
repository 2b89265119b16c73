import Course
import Foundation
import Testing
@testable import Quiz

@Suite struct ISO8601TimestampTests {
    @Test func parsesUTCOffsetsAndFractions() throws {
        #expect(ISO8601Timestamp.parse("1970-01-01T00:00:00Z") == Date(timeIntervalSince1970: 0))
        #expect(ISO8601Timestamp.parse("2025-12-29T10:36:43Z") == Date(timeIntervalSince1970: 1_767_004_603))
        #expect(ISO8601Timestamp.parse("2025-12-29T12:36:43+02:00") == Date(timeIntervalSince1970: 1_767_004_603))
        #expect(ISO8601Timestamp.parse("2025-12-29T05:06:43-05:30") == Date(timeIntervalSince1970: 1_767_004_603))
        #expect(ISO8601Timestamp.parse("2025-12-29T10:36:43+00:00") == Date(timeIntervalSince1970: 1_767_004_603))
        #expect(ISO8601Timestamp.parse("2025-12-29T10:36:43.5Z") == Date(timeIntervalSince1970: 1_767_004_603.5))
        #expect(ISO8601Timestamp.parse("2024-02-29t23:59:59z") == Date(timeIntervalSince1970: 1_709_251_199))
        #expect(ISO8601Timestamp.parse("1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
    }

    @Test func rejectsWhatIsNotATimestamp() {
        for text in ["", "2025-12-29", "2025-12-29T10:36:43", "2025-12-29T10:36Z", "2025-02-29T00:00:00Z",
                     "2025-13-01T00:00:00Z", "2025-04-31T00:00:00Z", "2025-12-29T24:00:00Z", "2025-12-29T10:60:00Z",
                     "2025-12-29T10:36:43Zjunk", "2025-12-29T10:36:43.Z", "2025-12-29T10:36:43+0200", "25-12-29T10:36:43Z",
                     "2025-12-29T10:36:43+25:00"] {
            #expect(ISO8601Timestamp.parse(text) == nil, "\(text)")
        }
    }

    @Test func formatsUTCWholeSeconds() {
        #expect(ISO8601Timestamp.format(Date(timeIntervalSince1970: 1_767_004_603)) == "2025-12-29T10:36:43Z")
        #expect(ISO8601Timestamp.format(Date(timeIntervalSince1970: 1_767_004_603.999)) == "2025-12-29T10:36:43Z")
        #expect(ISO8601Timestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(ISO8601Timestamp.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }

    @Test func calendarArithmeticRoundTrips() {
        #expect(ISO8601Timestamp.daysSinceEpoch(year: 1970, month: 1, day: 1) == 0)
        #expect(ISO8601Timestamp.daysSinceEpoch(year: 2000, month: 3, day: 1) == 11_017)
        #expect(ISO8601Timestamp.daysSinceEpoch(year: 1600, month: 1, day: 1) == -135_140)
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<20_000 {
            let seconds = Int.random(in: -20_000_000_000...200_000_000_000, using: &generator)
            let date = Date(timeIntervalSince1970: Double(seconds))
            #expect(ISO8601Timestamp.parse(ISO8601Timestamp.format(date)) == date)
        }
    }
}
