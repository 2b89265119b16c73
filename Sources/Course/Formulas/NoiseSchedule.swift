import Foundation

/// A DDPM forward-process variance schedule β₁…β_T and the quantities derived from it.
public struct NoiseSchedule: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// β evenly spaced from `betaStart` to `betaEnd` (Ho et al. 2020).
        case linear
        /// ᾱ follows cos² (Nichol & Dhariwal 2021; diffusers' `squaredcos_cap_v2`).
        case cosine
    }

    /// The quantities at one timestep.
    public struct Step: Equatable, Sendable {
        /// 1-based.
        public var t: Int
        public var beta: Double
        /// 1 − β_t.
        public var alpha: Double
        /// ∏_{i ≤ t} α_i.
        public var alphaBar: Double
        public var sqrtAlphaBar: Double
        public var sqrtOneMinusAlphaBar: Double
        /// ᾱ_t / (1 − ᾱ_t).
        public var snr: Double
    }

    public static let defaultSteps = 1000
    public static let defaultBetaStart = 1e-4
    public static let defaultBetaEnd = 0.02
    /// The cosine schedule's offset s.
    public static let cosineOffset = 0.008
    /// The cosine schedule's cap on β.
    public static let maxBeta = 0.999
    /// Longer schedules are refused (the tables are built in memory).
    public static let maxSteps = 1_000_000

    public var kind: Kind
    /// β₁…β_T (index t − 1).
    public let betas: [Double]
    /// ᾱ₁…ᾱ_T, the running product of 1 − β.
    public let alphaBars: [Double]

    public var steps: Int { betas.count }

    /// β_t = beta_start + (t−1)·(beta_end − beta_start)/(T−1), i.e. `linspace(beta_start, beta_end, T)`.
    public static func linear(
        steps: Int = defaultSteps, betaStart: Double = defaultBetaStart, betaEnd: Double = defaultBetaEnd
    ) throws(FormulaError) -> NoiseSchedule {
        try checkSteps(steps)
        try checkBeta(betaStart, "beta_start")
        try checkBeta(betaEnd, "beta_end")
        let increment = steps == 1 ? 0 : (betaEnd - betaStart) / Double(steps - 1)
        let betas = (0..<steps).map { betaStart + Double($0) * increment }
        return NoiseSchedule(kind: .linear, betas: betas)
    }

    /// f(t) = cos²(((t/T + s)/(1 + s))·π/2), β_t = min(1 − f(t)/f(t−1), 0.999).
    public static func cosine(steps: Int = defaultSteps) throws(FormulaError) -> NoiseSchedule {
        try checkSteps(steps)
        func f(_ t: Int) -> Double {
            let c = cos((Double(t) / Double(steps) + cosineOffset) / (1 + cosineOffset) * Double.pi / 2)
            return c * c
        }
        let betas = (1...steps).map { min(1 - f($0) / f($0 - 1), maxBeta) }
        return NoiseSchedule(kind: .cosine, betas: betas)
    }

    init(kind: Kind, betas: [Double]) {
        self.kind = kind
        self.betas = betas
        var product = 1.0
        alphaBars = betas.map { beta in
            product *= 1 - beta
            return product
        }
    }

    /// The quantities at timestep `t` (1…T).
    public func step(_ t: Int) throws(FormulaError) -> Step {
        guard t >= 1 && t <= steps else {
            throw .invalidArgument("t", "must be between 1 and T = \(steps) (got \(t))")
        }
        let beta = betas[t - 1]
        let alphaBar = alphaBars[t - 1]
        let oneMinus = 1 - alphaBar
        return Step(
            t: t, beta: beta, alpha: 1 - beta, alphaBar: alphaBar,
            sqrtAlphaBar: alphaBar.squareRoot(), sqrtOneMinusAlphaBar: oneMinus.squareRoot(),
            snr: oneMinus > 0 ? alphaBar / oneMinus : .infinity)
    }

    /// x_t = √ᾱ_t·x₀ + √(1−ᾱ_t)·ε: a noisy sample drawn in one jump from clean data.
    public func noised(x0: [Double], eps: [Double], t: Int) throws(FormulaError) -> [Double] {
        try Checked.nonEmpty(x0, "x0")
        try Checked.nonEmpty(eps, "eps")
        try Checked.finite(x0, "x0")
        try Checked.finite(eps, "eps")
        guard x0.count == eps.count else {
            throw .invalidInput("x0 has \(x0.count) numbers but eps has \(eps.count); they must have the same length")
        }
        let s = try step(t)
        return zip(x0, eps).map { s.sqrtAlphaBar * $0 + s.sqrtOneMinusAlphaBar * $1 }
    }

    static func checkSteps(_ steps: Int) throws(FormulaError) {
        guard steps >= 1 && steps <= maxSteps else {
            throw .invalidArgument("steps", "T must be between 1 and \(CalcFormat.integer(maxSteps)) (got \(steps))")
        }
    }

    static func checkBeta(_ beta: Double, _ name: String) throws(FormulaError) {
        try Checked.finite(beta, name)
        guard beta > 0 && beta < 1 else {
            throw .invalidArgument(name, "a variance β must be in (0, 1) (got \(CalcFormat.number(beta, digits: 6)))")
        }
    }
}
