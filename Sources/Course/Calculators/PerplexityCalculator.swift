/// `perplexity ce=2.1 unit=nats` or `perplexity probs=0.5,0.25,0.8`.
public struct PerplexityCalculator: Calculator {
    public static let name = "perplexity"
    public static let summary = "Perplexity from a mean cross-entropy (nats or bits) or per-token probabilities."
    public static let arguments = [
        CalcArgument("probs", "probabilities", example: "0.5,0.25,0.8,0.1", detail: "the probability of each true token",
                     help: "Probability of each true token.", valueName: "p,p,…"),
        CalcArgument("ce", help: "Mean cross-entropy per token."),
        CalcArgument("unit", help: "Unit of --ce (default nats).", valueName: "nats|bits"),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let result: Perplexity.Result
        var steps: [CalcStep] = []
        var json: [(String, JSONValue)] = []
        switch (call.has("ce"), call.has("probs")) {
        case (true, true):
            throw .invalidInput("give either ce= (a mean cross-entropy) or probs= (per-token probabilities), not both")
        case (false, false):
            throw .missingArgument("ce (or probs)")
        case (true, false):
            let unitName = try call.choice("unit", in: Perplexity.Unit.allCases.map(\.rawValue)) ?? "nats"
            let unit = Perplexity.Unit(rawValue: unitName) ?? .nats
            let ce = try call.requiredDouble("ce")
            result = try Perplexity.fromCrossEntropy(ce, unit: unit)
            steps.append(CalcStep("cross-entropy", perToken(ce, unit)))
            steps.append(unit == .nats
                ? CalcStep("in bits", perToken(result.crossEntropyBits, .bits))
                : CalcStep("in nats", perToken(result.crossEntropyNats, .nats)))
            steps.append(CalcStep("perplexity", unit == .nats
                ? "e^\(CalcFormat.number(ce)) = \(CalcFormat.number(result.perplexity))"
                : "2^\(CalcFormat.number(ce)) = \(CalcFormat.number(result.perplexity))"))
        case (false, true):
            if call.has("unit") { throw .invalidArgument("unit", "applies to ce= only; probs= are converted with ln") }
            let probs = try call.requiredVector("probs")
            result = try Perplexity.fromProbabilities(probs)
            steps.append(CalcStep("p (true tokens)", CalcFormat.vector(probs)))
            steps.append(CalcStep("−ln p", CalcFormat.vector(result.tokenLosses)))
            steps.append(CalcStep("ce = mean(−ln p)", perToken(result.crossEntropyNats, .nats)))
            steps.append(CalcStep("in bits", perToken(result.crossEntropyBits, .bits)))
            steps.append(CalcStep("perplexity", "e^\(CalcFormat.number(result.crossEntropyNats)) = \(CalcFormat.number(result.perplexity))"))
            json.append(("tokens", .integer(probs.count)))
        }
        return CalcReport(
            call: call, title: "Perplexity",
            headline: "perplexity = \(CalcFormat.number(result.perplexity))",
            steps: steps,
            meaning: "On average the model is as unsure as if it chose uniformly among \(CalcFormat.quantity(result.perplexity, "token", "tokens", digits: 2)) at each step (lower is better; 1 is certain).",
            json: .object([
                ("perplexity", .number(result.perplexity)),
                ("cross_entropy_nats", .number(result.crossEntropyNats)),
                ("cross_entropy_bits", .number(result.crossEntropyBits)),
            ] + json))
    }

    /// `1 bit per token`, `0.6931 nats per token`.
    static func perToken(_ x: Double, _ unit: Perplexity.Unit) -> String {
        let (singular, plural) = unit == .nats ? ("nat", "nats") : ("bit", "bits")
        return CalcFormat.quantity(x, singular, plural) + " per token"
    }
}
