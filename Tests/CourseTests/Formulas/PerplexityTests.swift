import Foundation
import Testing
@testable import Course

@Suite struct PerplexityTests {
    @Test func handChecked() throws {
        // A uniform guess among 4 tokens: ce = ln 4 nats = 2 bits, perplexity 4.
        let fromBits = try Perplexity.fromCrossEntropy(2, unit: .bits)
        #expect(fromBits.perplexity == 4)
        #expect(close(fromBits.crossEntropyNats, log(4)))
        let fromNats = try Perplexity.fromCrossEntropy(log(4), unit: .nats)
        #expect(close(fromNats.perplexity, 4))
        #expect(close(fromNats.crossEntropyBits, 2))
        let fromProbs = try Perplexity.fromProbabilities([0.25, 0.25, 0.25])
        #expect(close(fromProbs.perplexity, 4))
        // p = 0.5 and 0.125: ce = (ln 2 + ln 8)/2 = 2 ln 2, perplexity 4.
        #expect(close(try Perplexity.fromProbabilities([0.5, 0.125]).perplexity, 4))
        #expect(try Perplexity.fromProbabilities([1, 1]).perplexity == 1)
        #expect(try Perplexity.fromCrossEntropy(0, unit: .nats).perplexity == 1)
    }

    struct Case: Decodable {
        var probs: [Double]?
        var ce: Double?
        var unit: String?
        var cross_entropy_nats, cross_entropy_bits, perplexity: Double
    }
    struct File: Decodable { var cases: [Case] }

    @Test func matchesNumpy() throws {
        let file = try Golden.load("perplexity", as: File.self)
        #expect(file.cases.count >= 50)
        for c in file.cases {
            let r: Perplexity.Result
            if let probs = c.probs {
                r = try Perplexity.fromProbabilities(probs)
            } else {
                r = try Perplexity.fromCrossEntropy(try #require(c.ce), unit: try #require(Perplexity.Unit(rawValue: c.unit ?? "")))
            }
            #expect(close(r.perplexity, c.perplexity), "\(c)")
            #expect(close(r.crossEntropyNats, c.cross_entropy_nats))
            #expect(close(r.crossEntropyBits, c.cross_entropy_bits))
        }
    }

    @Test func invalidInput() {
        #expect(throws: FormulaError.invalidArgument("ce", "a cross-entropy cannot be negative")) {
            try Perplexity.fromCrossEntropy(-0.1, unit: .nats)
        }
        #expect(throws: FormulaError.invalidArgument("ce", "NaN is not a number")) { try Perplexity.fromCrossEntropy(.nan, unit: .nats) }
        #expect(throws: FormulaError.self) { try Perplexity.fromCrossEntropy(1000, unit: .nats) }
        #expect(throws: FormulaError.invalidArgument("probs", "expected at least one number")) { try Perplexity.fromProbabilities([]) }
        #expect(throws: FormulaError.invalidArgument("probs", "element 1 is 1.5, outside [0, 1]")) {
            try Perplexity.fromProbabilities([0.5, 1.5])
        }
        #expect(throws: FormulaError.self) { try Perplexity.fromProbabilities([0.5, -0.1]) }
        #expect(throws: FormulaError.self) { try Perplexity.fromProbabilities([0.5, 0]) }
    }
}
