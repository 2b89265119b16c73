/// Classifier-free guidance: ε̂ = ε_uncond + s·(ε_cond − ε_uncond).
public enum ClassifierFreeGuidance {
    /// The guided prediction with the direction it was pushed along.
    public struct Result: Equatable, Sendable {
        public var unconditional: [Double]
        public var conditional: [Double]
        public var scale: Double
        /// ε_cond − ε_uncond.
        public var difference: [Double]
        /// ε̂.
        public var guided: [Double]
    }

    /// Guides `unconditional` towards `conditional` with scale `s`.
    public static func guide(unconditional: [Double], conditional: [Double], scale: Double) throws(FormulaError) -> Result {
        try Checked.nonEmpty(unconditional, "uncond")
        try Checked.nonEmpty(conditional, "cond")
        try Checked.finite(unconditional, "uncond")
        try Checked.finite(conditional, "cond")
        try Checked.finite(scale, "scale")
        guard unconditional.count == conditional.count else {
            throw .invalidInput("uncond has \(unconditional.count) numbers but cond has \(conditional.count); the predictions must have the same length")
        }
        let difference = zip(conditional, unconditional).map { $0 - $1 }
        let guided = zip(unconditional, difference).map { $0 + scale * $1 }
        if let i = guided.firstIndex(where: { !$0.isFinite }) {
            throw .invalidInput("guided element \(i) overflows")
        }
        return Result(unconditional: unconditional, conditional: conditional, scale: scale,
                      difference: difference, guided: guided)
    }

    /// What a scale does, in one sentence.
    public static func meaning(ofScale s: Double) -> String {
        if s == 0 { return "s = 0: the unconditional prediction; the prompt is ignored." }
        if s == 1 { return "s = 1: exactly the conditional prediction; no extra guidance." }
        if s > 1 { return "s > 1: extrapolates past the conditional prediction, away from the unconditional one (stronger prompt adherence, less diversity)." }
        if s > 0 { return "0 < s < 1: interpolates between the unconditional and the conditional prediction." }
        return "s < 0: pushes away from the prompt, past the unconditional prediction."
    }
}
