import Foundation
import Testing
@testable import Course

@Suite struct ScaledDotProductAttentionTests {
    @Test func handChecked() throws {
        // d_k = 4, so scores are QKᵀ/2. Query [2,0,0,0] scores keys [1,0,0,0] and [0,1,0,0] as 1 and 0.
        let r = try ScaledDotProductAttention.attend(
            q: [[2, 0, 0, 0]], k: [[1, 0, 0, 0], [0, 1, 0, 0]], v: [[10, 0], [0, 10]])
        #expect(r.dK == 4)
        #expect(r.scores == [[1, 0]])
        let e = exp(1.0)
        #expect(close(r.weights[0], [e / (e + 1), 1 / (e + 1)]))
        #expect(close(r.output[0], [10 * e / (e + 1), 10 / (e + 1)]))
    }

    @Test func causalMaskHidesLaterKeys() throws {
        let ones = [[1.0], [1.0], [1.0]]
        let r = try ScaledDotProductAttention.attend(q: ones, k: ones, v: [[3], [6], [9]], causal: true)
        #expect(r.scores[0][1] == -.infinity && r.scores[0][2] == -.infinity && r.scores[1][2] == -.infinity)
        #expect(r.weights[0] == [1, 0, 0])
        #expect(r.weights[1] == [0.5, 0.5, 0])
        #expect(close(r.output.map { $0[0] }, [3, 4.5, 6]))
    }

    struct Case: Decodable {
        var q, k, v: [[Double]]
        var causal: Bool
        var scores: [[Double?]]
        var weights, output: [[Double]]
    }
    struct File: Decodable { var cases: [Case] }

    @Test func matchesNumpy() throws {
        let file = try Golden.load("attention", as: File.self)
        #expect(file.cases.count >= 100)
        for c in file.cases {
            let r = try ScaledDotProductAttention.attend(q: c.q, k: c.k, v: c.v, causal: c.causal)
            // One row per query (the zips below would stop at the shorter side).
            #expect(r.scores.count == c.q.count && r.weights.count == c.q.count && r.output.count == c.q.count)
            #expect(c.scores.count == c.q.count && c.weights.count == c.q.count && c.output.count == c.q.count)
            for (row, golden) in zip(r.scores, c.scores) {
                #expect(close(row, golden.map { $0 ?? -.infinity }, floor: 1), "scores \(c.q)")
            }
            for (row, golden) in zip(r.weights, c.weights) { #expect(close(row, golden, floor: 1), "weights") }
            for (row, golden) in zip(r.output, c.output) { #expect(close(row, golden, floor: 1), "output") }
            #expect(r.weights.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 })
        }
    }

    @Test func shapeErrorsAreNamed() {
        #expect(throws: FormulaError.invalidInput("Q has 2 columns but K has 3; queries and keys must have the same width dₖ")) {
            try ScaledDotProductAttention.attend(q: [[1, 2]], k: [[1, 2, 3]], v: [[1]])
        }
        #expect(throws: FormulaError.invalidInput("K has 2 rows but V has 1; every key needs exactly one value row")) {
            try ScaledDotProductAttention.attend(q: [[1, 2]], k: [[1, 2], [3, 4]], v: [[1]])
        }
        #expect(throws: FormulaError.invalidArgument("k", "row 2 has 1 numbers but row 1 has 2")) {
            try ScaledDotProductAttention.attend(q: [[1, 2]], k: [[1, 2], [3]], v: [[1], [2]])
        }
        #expect(throws: FormulaError.invalidArgument("q", "the matrix is empty")) {
            try ScaledDotProductAttention.attend(q: [], k: [[1]], v: [[1]])
        }
        #expect(throws: FormulaError.invalidArgument("v", "entry (1, 1) is not a finite number")) {
            try ScaledDotProductAttention.attend(q: [[1]], k: [[1]], v: [[.nan]])
        }
        #expect(throws: FormulaError.self) {
            try ScaledDotProductAttention.attend(q: [[1e200]], k: [[1e200]], v: [[1]])
        }
    }
}
