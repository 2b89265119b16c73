import Foundation

/// softmax(x/T)ᵢ = exp(xᵢ/T) / Σⱼ exp(xⱼ/T), computed stably.
public enum Softmax {
    /// The probabilities for `logits` at `temperature` (> 0).
    public static func probabilities(_ logits: [Double], temperature: Double = 1) throws(FormulaError) -> [Double] {
        try Checked.nonEmpty(logits, "logits")
        try Checked.finite(logits, "logits")
        try checkTemperature(temperature)
        return normalizedExponentials(logits, temperature: temperature)
    }

    static func checkTemperature(_ temperature: Double) throws(FormulaError) {
        try Checked.finite(temperature, "temperature")
        guard temperature > 0 else {
            throw .invalidArgument("temperature", "must be greater than 0 (got \(CalcFormat.number(temperature)))")
        }
    }

    /// softmax(z/T) as exp((zᵢ − max z)/T) / Σ: the shift keeps every exponent ≤ 0, so
    /// nothing overflows. Shifting before dividing matters for a tiny T, where zᵢ/T
    /// overflows to ∞ and ∞ − ∞ is NaN; this way the largest entries share the mass.
    /// Entries may be −∞ (probability 0) as long as one is finite.
    static func normalizedExponentials(_ z: [Double], temperature: Double = 1) -> [Double] {
        let top = z.max() ?? 0
        let exps = z.map { exp(($0 - top) / temperature) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }
}
