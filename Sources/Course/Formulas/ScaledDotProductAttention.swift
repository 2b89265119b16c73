import Foundation

/// Attention(Q, K, V) = softmax(QKᵀ/√d_k)·V, optionally causal.
public enum ScaledDotProductAttention {
    /// Every intermediate matrix.
    public struct Result: Equatable, Sendable {
        /// Columns of Q (and K).
        public var dK: Int
        /// QKᵀ/√d_k; masked entries are −∞.
        public var scores: [[Double]]
        /// Row-wise softmax of `scores`; each row sums to 1.
        public var weights: [[Double]]
        /// weights·V.
        public var output: [[Double]]
    }

    /// Attends `n × d_k` queries over `m × d_k` keys and `m × d_v` values. With `causal`,
    /// query i sees keys 0…i only (top-left aligned, as PyTorch's `is_causal`).
    public static func attend(q: [[Double]], k: [[Double]], v: [[Double]], causal: Bool = false) throws(FormulaError) -> Result {
        let (n, dK) = try shape(q, "q")
        let (m, dKeys) = try shape(k, "k")
        let (mValues, _) = try shape(v, "v")
        guard dK == dKeys else {
            throw .invalidInput("Q has \(dK) columns but K has \(dKeys); queries and keys must have the same width dₖ")
        }
        guard m == mValues else {
            throw .invalidInput("K has \(m) rows but V has \(mValues); every key needs exactly one value row")
        }
        let scale = Double(dK).squareRoot()
        var scores: [[Double]] = []
        var weights: [[Double]] = []
        for i in 0..<n {
            var row: [Double] = []
            for j in 0..<m {
                if causal && j > i {
                    row.append(-.infinity)
                } else {
                    let score = zip(q[i], k[j]).reduce(0) { $0 + $1.0 * $1.1 } / scale
                    guard score.isFinite else {
                        throw .invalidInput("score (\(i + 1), \(j + 1)) overflows; the inputs are too large")
                    }
                    row.append(score)
                }
            }
            scores.append(row)
            weights.append(Softmax.normalizedExponentials(row))
        }
        let dV = v[0].count
        let output = weights.map { w in
            (0..<dV).map { c in (0..<m).reduce(0.0) { $0 + w[$1] * v[$1][c] } }
        }
        if output.joined().contains(where: { !$0.isFinite }) {
            throw .invalidInput("the output overflows; the values are too large")
        }
        return Result(dK: dK, scores: scores, weights: weights, output: output)
    }

    /// Rows and columns of a rectangular, finite, non-empty matrix.
    static func shape(_ matrix: [[Double]], _ name: String) throws(FormulaError) -> (rows: Int, columns: Int) {
        guard let first = matrix.first, !first.isEmpty else {
            throw .invalidArgument(name, "the matrix is empty")
        }
        for (i, row) in matrix.enumerated() {
            guard row.count == first.count else {
                throw .invalidArgument(name, "row \(i + 1) has \(row.count) numbers but row 1 has \(first.count)")
            }
            if let j = row.firstIndex(where: { !$0.isFinite }) {
                throw .invalidArgument(name, "entry (\(i + 1), \(j + 1)) is not a finite number")
            }
        }
        return (matrix.count, first.count)
    }
}
