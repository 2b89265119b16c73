import Foundation

/// Cosine similarity of two vectors: a·b / (‖a‖·‖b‖).
public enum CosineSimilarity {
    /// The similarity with its parts.
    public struct Result: Equatable, Sendable {
        public var dot: Double
        public var normA: Double
        public var normB: Double
        /// In [−1, 1].
        public var cosine: Double
    }

    /// Compares `a` and `b`; they must be non-empty, finite, of equal length and non-zero.
    public static func of(_ a: [Double], _ b: [Double]) throws(FormulaError) -> Result {
        try Checked.nonEmpty(a, "a")
        try Checked.nonEmpty(b, "b")
        try Checked.finite(a, "a")
        try Checked.finite(b, "b")
        guard a.count == b.count else {
            throw .invalidInput("a has \(a.count) numbers but b has \(b.count); the vectors must have the same length")
        }
        let dot = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
        let normA = euclideanNorm(a)
        let normB = euclideanNorm(b)
        guard normA > 0 else { throw .invalidArgument("a", "is the zero vector, which has no direction") }
        guard normB > 0 else { throw .invalidArgument("b", "is the zero vector, which has no direction") }
        // Divide each vector by its largest magnitude first, so huge or tiny
        // components neither overflow nor underflow, and take one square root of
        // the product of the sums of squares (parallel vectors then give exactly ±1
        // more often); rounding can still step a hair outside [−1, 1], which the clamp removes.
        let scaleA = a.map(abs).max() ?? 1
        let scaleB = b.map(abs).max() ?? 1
        let unitA = a.map { $0 / scaleA }
        let unitB = b.map { $0 / scaleB }
        let scaledDot = zip(unitA, unitB).reduce(0) { $0 + $1.0 * $1.1 }
        let squaresA = unitA.reduce(0) { $0 + $1 * $1 }
        let squaresB = unitB.reduce(0) { $0 + $1 * $1 }
        let cosine = scaledDot / (squaresA * squaresB).squareRoot()
        return Result(dot: dot, normA: normA, normB: normB, cosine: min(1, max(-1, cosine)))
    }

    /// ‖x‖₂, computed without overflow for large components.
    static func euclideanNorm(_ x: [Double]) -> Double {
        let scale = x.map(abs).max() ?? 0
        guard scale > 0 else { return 0 }
        return scale * x.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }.squareRoot()
    }
}
