import Course
import Foundation
import Testing
@testable import Quiz

/// The exact score distributions against brute-force enumeration.
@Suite struct ScoreDistributionTests {
    /// P(k right) by enumerating every outcome of independent questions.
    static func enumerated(_ p: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: p.count + 1)
        for mask in 0..<(1 << p.count) {
            var probability = 1.0, right = 0
            for (i, pi) in p.enumerated() {
                if mask & (1 << i) != 0 { probability *= pi; right += 1 } else { probability *= 1 - pi }
            }
            out[right] += probability
        }
        return out
    }

    /// The mean over every subset of `count` questions of the pool, each subset equally likely.
    static func enumeratedDraw(_ count: Int, from pool: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: count + 1)
        var subsets = 0
        for mask in 0..<(1 << pool.count) where mask.nonzeroBitCount == count {
            subsets += 1
            let chosen = pool.indices.filter { mask & (1 << $0) != 0 }.map { pool[$0] }
            for (k, p) in enumerated(chosen).enumerated() { out[k] += p }
        }
        return out.map { $0 / Double(subsets) }
    }

    static func expectClose(_ a: [Double], _ b: [Double], _ label: String) {
        #expect(a.count == b.count, "\(label): sizes")
        for (x, y) in zip(a, b) { #expect(abs(x - y) < 1e-12, "\(label): \(a) vs \(b)") }
    }

    @Test func poissonBinomialMatchesEnumeration() {
        var generator = SeededGenerator(seed: 7)
        for size in 0...9 {
            let p = (0..<size).map { _ in generator.nextUnitInterval() }
            Self.expectClose(ScoreDistribution.poissonBinomial(p).probabilities, Self.enumerated(p), "n=\(size)")
        }
        // Certain outcomes stay exact.
        #expect(ScoreDistribution.poissonBinomial([1, 1, 0]).probabilities == [0, 0, 1, 0])
    }

    @Test func drawingWithoutReplacementMatchesEnumeration() {
        var generator = SeededGenerator(seed: 11)
        var compared = 0
        for poolSize in 1...9 {
            for count in 0...poolSize {
                let pool = (0..<poolSize).map { _ in generator.nextUnitInterval() }
                Self.expectClose(ScoreDistribution.drawing(count, from: pool).probabilities,
                                 Self.enumeratedDraw(count, from: pool), "draw \(count) of \(poolSize)")
                compared += 1
            }
        }
        #expect(compared == 54)
    }

    @Test func drawingMoreThanThePoolDrawsThePool() {
        let pool = [0.2, 0.9, 0.5]
        #expect(ScoreDistribution.drawing(5, from: pool) == ScoreDistribution.poissonBinomial(pool))
        #expect(ScoreDistribution.drawing(2, from: []).probabilities == [1])
    }

    @Test func aLargePoolStaysAProbabilityDistribution() {
        // C(20000, 15) overflows nothing: the recurrence averages.
        var generator = SeededGenerator(seed: 3)
        let pool = (0..<20_000).map { _ in generator.nextUnitInterval() }
        let distribution = ScoreDistribution.drawing(15, from: pool)
        #expect(abs(distribution.probabilities.reduce(0, +) - 1) < 1e-9)
        // The mean of a draw is count × the pool's mean.
        #expect(abs(distribution.mean - 15 * pool.reduce(0, +) / Double(pool.count)) < 1e-9)
        #expect(distribution.probabilities.allSatisfy { $0 >= 0 })
    }

    @Test func addingConvolves() {
        let a = ScoreDistribution.poissonBinomial([0.3, 0.8]), b = ScoreDistribution.poissonBinomial([0.6])
        Self.expectClose(a.adding(b).probabilities, ScoreDistribution.poissonBinomial([0.3, 0.8, 0.6]).probabilities, "sum")
        #expect(ScoreDistribution.none.adding(b) == b)
    }

    @Test func tailsQuantilesAndPassMark() {
        let d = ScoreDistribution(probabilities: [0.1, 0.2, 0.3, 0.4])
        #expect(abs(d.probability(atLeast: 2) - 0.7) < 1e-15)
        #expect(d.probability(atLeast: 0) == 1)
        #expect(d.probability(atLeast: 4) == 0)
        #expect(d.quantile(0.05) == 0)
        #expect(d.quantile(0.1) == 0)
        #expect(d.quantile(0.3) == 1)
        #expect(d.quantile(0.95) == 3)
        #expect(abs(d.mean - 2.0) < 1e-15)
        // 70 % of 15 questions is 10.5: the exam's rule passes 11 right, not 10.
        #expect(ScoreDistribution.poissonBinomial(Array(repeating: 0.5, count: 15)).passMark(passPercent: 70) == 11)
        #expect(d.passMark(passPercent: 70) == 3)
        #expect(ScoreDistribution.none.passMark(passPercent: 70) == nil)
        let forecast = d.examForecast(passPercent: 70)
        #expect(abs(forecast.passProbability - 0.4) < 1e-15)
        #expect(abs(forecast.expectedPercent - 200.0 / 3) < 1e-12)
    }
}
