import Testing
@testable import Course

@Suite struct CosineSimilarityTests {
    @Test func handChecked() throws {
        // a·b = 4 + 10 + 18 = 32, ‖a‖ = √14, ‖b‖ = √77, cos = 32/√1078.
        let r = try CosineSimilarity.of([1, 2, 3], [4, 5, 6])
        #expect(r.dot == 32)
        #expect(close(r.normA, 14.0.squareRoot()))
        #expect(close(r.normB, 77.0.squareRoot()))
        #expect(close(r.cosine, 32 / 1078.0.squareRoot()))
        #expect(try CosineSimilarity.of([1, 0], [0, 3]).cosine == 0)
        #expect(try CosineSimilarity.of([2, 2], [-1, -1]).cosine == -1)
        #expect(try CosineSimilarity.of([3, 4], [6, 8]).cosine == 1)
    }

    @Test func extremeMagnitudesNeitherOverflowNorUnderflow() throws {
        #expect(close(try CosineSimilarity.of([1e200, 0], [1e200, 1e200]).cosine, 0.5.squareRoot()))
        #expect(close(try CosineSimilarity.of([1e-200, 1e-200], [0, 1e-200]).cosine, 0.5.squareRoot()))
        #expect(close(try CosineSimilarity.of([1e200, 0], [1e200, 1e200]).normA, 1e200))
    }

    struct Case: Decodable { var a, b: [Double]; var dot, norm_a, norm_b, cosine: Double }
    struct File: Decodable { var cases: [Case] }

    @Test func matchesNumpy() throws {
        let file = try Golden.load("cosine", as: File.self)
        #expect(file.cases.count >= 100)
        for c in file.cases {
            let r = try CosineSimilarity.of(c.a, c.b)
            // The dot product may cancel; bound its error by the size of the terms.
            let magnitude = zip(c.a, c.b).reduce(0) { $0 + abs($1.0 * $1.1) }
            #expect(abs(r.dot - c.dot) <= 1e-12 * magnitude, "\(c.a) · \(c.b)")
            #expect(close(r.normA, c.norm_a) && close(r.normB, c.norm_b))
            #expect(abs(r.cosine - c.cosine) <= 1e-12, "cosine of \(c.a), \(c.b)")
        }
    }

    @Test func invalidInput() {
        #expect(throws: FormulaError.invalidArgument("a", "expected at least one number")) { try CosineSimilarity.of([], [1]) }
        #expect(throws: FormulaError.invalidArgument("a", "is the zero vector, which has no direction")) {
            try CosineSimilarity.of([0, 0], [1, 2])
        }
        #expect(throws: FormulaError.invalidArgument("b", "is the zero vector, which has no direction")) {
            try CosineSimilarity.of([1, 2], [0, 0])
        }
        #expect(throws: FormulaError.invalidInput("a has 2 numbers but b has 3; the vectors must have the same length")) {
            try CosineSimilarity.of([1, 2], [1, 2, 3])
        }
        #expect(throws: FormulaError.invalidArgument("a", "element 1 is NaN")) { try CosineSimilarity.of([1, .nan], [1, 2]) }
        #expect(throws: FormulaError.invalidArgument("b", "element 0 is infinite")) { try CosineSimilarity.of([1, 2], [.infinity, 2]) }
    }
}
