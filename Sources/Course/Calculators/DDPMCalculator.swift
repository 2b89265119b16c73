import Foundation

/// `ddpm schedule=cosine t=500 x0=1,-0.5 eps=0.3,0.8`: noise-schedule values at a timestep.
public struct DDPMCalculator: Calculator {
    public static let name = "ddpm"
    public static let summary = "DDPM linear or cosine noise schedule at timestep t, and the closed-form xₜ."
    public static let arguments = [
        CalcArgument("schedule", "schedule", example: "linear", choices: ["linear", "cosine"], default: "linear",
                     help: "Noise schedule (default linear).", valueName: "linear|cosine"),
        CalcArgument("t", "timestep t", example: "500", detail: "1 … T", help: "Timestep t, 1…T."),
        CalcArgument("steps", "steps T", example: "1000", default: "1000", help: "Number of timesteps T (default 1000)."),
        CalcArgument("x0", "x₀", example: "1.0,-0.5", detail: "a clean sample (optional, a vector)",
                     help: "Clean sample x₀.", valueName: "x,y,…"),
        CalcArgument("eps", "noise ε", example: "0.3,0.8", detail: "the noise added (optional, a vector as x₀)",
                     help: "Noise ε.", valueName: "x,y,…"),
        CalcArgument("beta_start", help: "Linear schedule's β₁ (default 1e-4)."),
        CalcArgument("beta_end", help: "Linear schedule's β_T (default 0.02)."),
    ]
    /// Points drawn in the ᾱₜ chart (the chosen t is always one of them).
    static let chartPoints = 100

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let kind = NoiseSchedule.Kind(rawValue: try call.choice("schedule", in: NoiseSchedule.Kind.allCases.map(\.rawValue)) ?? "linear") ?? .linear
        let steps = try call.int("steps") ?? NoiseSchedule.defaultSteps
        let schedule: NoiseSchedule
        switch kind {
        case .linear:
            schedule = try .linear(
                steps: steps, betaStart: try call.double("beta_start") ?? NoiseSchedule.defaultBetaStart,
                betaEnd: try call.double("beta_end") ?? NoiseSchedule.defaultBetaEnd)
        case .cosine:
            for key in ["beta_start", "beta_end"] where call.has(key) {
                throw .invalidArgument(key, "applies to the linear schedule only")
            }
            schedule = try .cosine(steps: steps)
        }
        let t = try call.requiredInt("t")
        let s = try schedule.step(t)
        let n = { (x: Double) in CalcFormat.number(x, digits: 6) }
        var lines: [CalcStep] = []
        switch kind {
        case .linear:
            lines.append(CalcStep("βₜ", "beta_start + (t−1)·(beta_end − beta_start)/(T−1) = \(n(s.beta))"))
        case .cosine:
            lines.append(CalcStep("f(t)", "cos²(((t/T + 0.008)/1.008)·π/2)"))
            lines.append(CalcStep("βₜ", "min(1 − f(t)/f(t−1), 0.999) = \(n(s.beta))"))
        }
        lines += [
            CalcStep("αₜ", "1 − βₜ = \(n(s.alpha))"),
            CalcStep("ᾱₜ", "∏ αᵢ = \(n(s.alphaBar))"),
            CalcStep("√ᾱₜ", n(s.sqrtAlphaBar)),
            CalcStep("√(1 − ᾱₜ)", n(s.sqrtOneMinusAlphaBar)),
            CalcStep("SNR", "ᾱₜ/(1 − ᾱₜ) = \(n(s.snr)) (\(CalcFormat.number(10 * log10(s.snr), digits: 2)) dB)"),
        ]
        var json: [(String, JSONValue)] = [
            ("beta", .number(s.beta)), ("alpha", .number(s.alpha)), ("alpha_bar", .number(s.alphaBar)),
            ("sqrt_alpha_bar", .number(s.sqrtAlphaBar)), ("sqrt_one_minus_alpha_bar", .number(s.sqrtOneMinusAlphaBar)),
            ("snr", .number(s.snr)), ("t", .integer(t)), ("steps", .integer(schedule.steps)),
            ("schedule", .string(kind.rawValue)),
        ]
        switch (try call.vector("x0"), try call.vector("eps")) {
        case (nil, nil): break
        case (.some, nil): throw .missingArgument("eps (x0 needs a noise vector)")
        case (nil, .some): throw .missingArgument("x0 (eps needs a clean sample)")
        case (let x0?, let eps?):
            let xt = try schedule.noised(x0: x0, eps: eps, t: t)
            lines.append(CalcStep("xₜ",
                                  "√ᾱₜ·x₀ + √(1 − ᾱₜ)·ε = \(n(s.sqrtAlphaBar))·\(CalcFormat.vector(x0)) + \(n(s.sqrtOneMinusAlphaBar))·\(CalcFormat.vector(eps)) = \(CalcFormat.vector(xt))"))
            json.append(("x_t", .numbers(xt)))
        }
        let dominant = s.snr > 1 ? "the signal still dominates" : s.snr < 1 ? "noise dominates" : "signal and noise are equal"
        return CalcReport(
            call: call, title: "DDPM \(kind.rawValue) schedule, T = \(schedule.steps)",
            headline: "t = \(t): ᾱₜ = \(n(s.alphaBar)), SNR = \(n(s.snr))",
            steps: lines,
            meaning: "At t = \(t) of \(schedule.steps), xₜ is \(CalcFormat.number(s.sqrtAlphaBar, digits: 3))·x₀ plus \(CalcFormat.number(s.sqrtOneMinusAlphaBar, digits: 3))·ε: \(dominant).",
            charts: [alphaBarChart(schedule, highlight: t)],
            json: .object(json))
    }

    /// ᾱₜ at about `chartPoints` evenly spaced timesteps, always including 1, T and `highlight`.
    static func alphaBarChart(_ schedule: NoiseSchedule, highlight: Int) -> CalcChart {
        let T = schedule.steps
        var ts = Set((0..<min(chartPoints, T)).map { 1 + $0 * (T - 1) / max(1, min(chartPoints, T) - 1) })
        ts.formUnion([1, T, highlight])
        return CalcChart(
            title: "ᾱₜ over timesteps (\(schedule.kind.rawValue))", kind: .series,
            points: ts.sorted().map { CalcChart.Point("t=\($0)", schedule.alphaBars[$0 - 1], highlighted: $0 == highlight) })
    }
}
