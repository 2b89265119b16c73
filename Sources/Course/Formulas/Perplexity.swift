import Foundation

/// Perplexity: the exponential of the mean cross-entropy per token.
public enum Perplexity {
    /// The unit a cross-entropy is measured in.
    public enum Unit: String, Sendable, CaseIterable {
        /// Natural log: perplexity = e^ce.
        case nats
        /// Base-2 log: perplexity = 2^ce.
        case bits
    }

    /// A perplexity with the cross-entropy in both units.
    public struct Result: Equatable, Sendable {
        public var perplexity: Double
        public var crossEntropyNats: Double
        public var crossEntropyBits: Double
        /// −ln p of each token, when computed from probabilities.
        public var tokenLosses: [Double]
    }

    /// From a mean cross-entropy `ce` ≥ 0 in `unit`.
    public static func fromCrossEntropy(_ ce: Double, unit: Unit) throws(FormulaError) -> Result {
        try Checked.finite(ce, "ce")
        guard ce >= 0 else { throw .invalidArgument("ce", "a cross-entropy cannot be negative") }
        let nats = unit == .nats ? ce : ce * M_LN2
        let bits = unit == .bits ? ce : ce / M_LN2
        let perplexity = unit == .nats ? exp(ce) : pow(2, ce)
        guard perplexity.isFinite else {
            throw .invalidArgument("ce", "\(ce) \(unit.rawValue) gives a perplexity too large to represent")
        }
        return Result(perplexity: perplexity, crossEntropyNats: nats, crossEntropyBits: bits, tokenLosses: [])
    }

    /// From the probability the model gave each true token: ce = −mean(ln p).
    public static func fromProbabilities(_ probabilities: [Double]) throws(FormulaError) -> Result {
        try Checked.nonEmpty(probabilities, "probs")
        try Checked.finite(probabilities, "probs")
        for (i, p) in probabilities.enumerated() {
            guard p >= 0 && p <= 1 else {
                throw .invalidArgument("probs", "element \(i) is \(p), outside [0, 1]")
            }
            guard p > 0 else {
                throw .invalidArgument("probs", "element \(i) is 0: a true token with probability 0 makes the cross-entropy infinite")
            }
        }
        let losses = probabilities.map { -log($0) }
        let nats = losses.reduce(0, +) / Double(losses.count)
        var result = try fromCrossEntropy(nats, unit: .nats)
        result.tokenLosses = losses
        return result
    }
}
