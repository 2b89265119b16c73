import Foundation
import Testing
@testable import Course

@Suite struct SamplingTests {
    /// softmax([0, ln 2, ln 3, ln 4]) = [0.1, 0.2, 0.3, 0.4].
    let logits = [0, log(2.0), log(3.0), log(4.0)]

    @Test func softmaxHandChecked() throws {
        #expect(close(try Softmax.probabilities(logits), [0.1, 0.2, 0.3, 0.4], floor: 1))
        // T = 0.5 squares the odds: [1, 4, 9, 16]/30.
        #expect(close(try Softmax.probabilities(logits, temperature: 0.5), [1, 4, 9, 16].map { $0 / 30 }, floor: 1))
        #expect(try Softmax.probabilities([7, 7, 7]) == [1.0 / 3, 1.0 / 3, 1.0 / 3])
        // Large logits do not overflow.
        #expect(close(try Softmax.probabilities([1000, 1000 + log(3.0)]), [0.25, 0.75]))
    }

    @Test func topKAndTopPHandChecked() throws {
        let k2 = try Sampling.filter(.logits(logits), options: .init(topK: 2))
        #expect(k2.kept == [2, 3])
        #expect(close(k2.renormalized, [0, 0, 3.0 / 7, 4.0 / 7]))
        // Cumulative 0.4, 0.7: top-p 0.7 keeps two, 0.75 keeps three.
        #expect(try Sampling.filter(.logits(logits), options: .init(topP: 0.7)).kept == [2, 3])
        #expect(try Sampling.filter(.logits(logits), options: .init(topP: 0.75)).kept == [1, 2, 3])
        #expect(try Sampling.filter(.logits(logits), options: .init(topP: 1)).kept == [0, 1, 2, 3])
        // top-k first, then top-p over the renormalised survivors: 3/7 ≈ 0.43, 4/7 ≈ 0.57.
        #expect(try Sampling.filter(.logits(logits), options: .init(topK: 2, topP: 0.5)).kept == [3])
        #expect(try Sampling.filter(.logits(logits), options: .init(topK: 2, topP: 0.6)).kept == [2, 3])
        #expect(try Sampling.filter(.logits(logits), options: .init(topK: 10)).kept == [0, 1, 2, 3])
    }

    @Test func tiesKeepTheLowerIndex() throws {
        let uniform = Sampling.Input.probabilities([0.25, 0.25, 0.25, 0.25])
        #expect(try Sampling.filter(uniform, options: .init(topK: 2)).kept == [0, 1])
        #expect(try Sampling.filter(uniform, options: .init(topP: 0.5)).kept == [0, 1])
        #expect(try Sampling.filter(.probabilities([0.1, 0.3, 0.3, 0.3]), options: .init(topK: 2)).kept == [1, 2])
    }

    @Test func probabilityInputWithTemperature() throws {
        // p^(1/T) renormalised: T = 0.5 squares: [0.01, 0.04, 0.09, 0.16]/0.3.
        let r = try Sampling.filter(.probabilities([0.1, 0.2, 0.3, 0.4]), options: .init(temperature: 0.5))
        #expect(close(r.probabilities, [1, 4, 9, 16].map { $0 / 30 }, floor: 1))
        // A decimal-exact distribution reaches top_p = 0.8 at the second token despite binary rounding.
        #expect(try Sampling.filter(.probabilities([0.5, 0.3, 0.2]), options: .init(topP: 0.8)).kept == [0, 1])
        // Zero probabilities survive a temperature as zeros.
        let zeros = try Sampling.filter(.probabilities([0, 1]), options: .init(temperature: 0.3))
        #expect(zeros.probabilities == [0, 1])
    }

    @Test func tinyTemperatureIsGreedyNotNaN() throws {
        // Dividing before shifting gives 3/1e-308 = ∞, and ∞ − ∞ = NaN.
        #expect(try Softmax.probabilities([3, 1, 3], temperature: 1e-308) == [0.5, 0, 0.5])
        // ln 0.5 / 5e-324 = −∞ for every token.
        let tie = try Sampling.filter(.probabilities([0.5, 0.5]), options: .init(temperature: .leastNonzeroMagnitude))
        #expect(tie.probabilities == [0.5, 0.5] && tie.renormalized == [0.5, 0.5])
    }

    struct Case: Decodable {
        var logits, probs: [Double]?
        var temperature: Double
        var top_k: Int?
        var top_p: Double?
        var probabilities: [Double]
        var order, kept: [Int]
        var renormalized: [Double]
    }
    struct File: Decodable { var cases: [Case] }

    @Test func matchesScipy() throws {
        let file = try Golden.load("sampling", as: File.self)
        #expect(file.cases.count >= 200)
        for c in file.cases {
            let input: Sampling.Input = if let logits = c.logits { .logits(logits) } else { .probabilities(try #require(c.probs)) }
            let r = try Sampling.filter(input, options: .init(temperature: c.temperature, topK: c.top_k, topP: c.top_p))
            #expect(close(r.probabilities, c.probabilities), "\(c)")
            #expect(r.order == c.order, "\(c)")
            #expect(r.kept == c.kept, "\(c)")
            #expect(close(r.renormalized, c.renormalized), "\(c)")
        }
    }

    @Test func propertySoftmaxSumsToOneAndTopPKeepsTheMinimalPrefix() throws {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<500 {
            let n = Int.random(in: 1...30, using: &rng)
            let logits = (0..<n).map { _ in Double.random(in: -20...20, using: &rng) }
            let temperature = Double.random(in: 0.05...5, using: &rng)
            let p = try Softmax.probabilities(logits, temperature: temperature)
            #expect(abs(p.reduce(0, +) - 1) < 1e-12)
            #expect(p.allSatisfy { $0 >= 0 && $0 <= 1 })

            let topP = Double.random(in: 0.01..<1, using: &rng)
            let topK = Bool.random(using: &rng) ? Int.random(in: 1...n, using: &rng) : nil
            let r = try Sampling.filter(.logits(logits), options: .init(temperature: temperature, topK: topK, topP: topP))
            #expect(r.afterTopK.count == min(topK ?? n, n))
            // The kept tokens are the most probable ones…
            let keptOrder = r.order.filter(r.kept.contains)
            #expect(keptOrder == Array(r.order.prefix(r.kept.count)))
            // …their share of the top-k mass reaches top_p, and one fewer would not.
            let massK = r.afterTopK.reduce(0) { $0 + p[$1] }
            let shares = keptOrder.map { p[$0] / massK }
            #expect(shares.reduce(0, +) >= topP - Sampling.cumulativeTolerance)
            #expect(shares.dropLast().reduce(0, +) < topP - Sampling.cumulativeTolerance || keptOrder.count == 1)
            #expect(abs(r.renormalized.reduce(0, +) - 1) < 1e-12)
        }
    }

    @Test func invalidInput() {
        #expect(throws: FormulaError.invalidArgument("temperature", "must be greater than 0 (got 0)")) {
            try Softmax.probabilities([1, 2], temperature: 0)
        }
        #expect(throws: FormulaError.self) { try Softmax.probabilities([1, 2], temperature: -1) }
        #expect(throws: FormulaError.invalidArgument("logits", "expected at least one number")) { try Softmax.probabilities([]) }
        #expect(throws: FormulaError.invalidArgument("logits", "element 0 is NaN")) { try Softmax.probabilities([.nan]) }
        #expect(throws: FormulaError.invalidArgument("top_k", "must be at least 1 (got 0)")) {
            try Sampling.filter(.logits([1, 2]), options: .init(topK: 0))
        }
        #expect(throws: FormulaError.invalidArgument("top_p", "must be in (0, 1] (got 0)")) {
            try Sampling.filter(.logits([1, 2]), options: .init(topP: 0))
        }
        #expect(throws: FormulaError.invalidArgument("top_p", "must be in (0, 1] (got 1.5)")) {
            try Sampling.filter(.logits([1, 2]), options: .init(topP: 1.5))
        }
        #expect(throws: FormulaError.invalidArgument("probs", "the probabilities sum to 0.9, not 1")) {
            try Sampling.filter(.probabilities([0.5, 0.4]))
        }
        #expect(throws: FormulaError.invalidArgument("probs", "element 1 is -0.1, outside [0, 1]")) {
            try Sampling.filter(.probabilities([0.6, -0.1, 0.5]))
        }
        // Within 1e-6 of 1 is accepted.
        #expect(throws: Never.self) { try Sampling.filter(.probabilities([0.5, 0.4999995])) }
    }
}
