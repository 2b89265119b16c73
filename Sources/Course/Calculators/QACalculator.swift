/// `qa pred=… truth=… [truth=…]`: SQuAD v1.1 exact match and F1, plus a simple token F1.
public enum QACalculator: Calculator {
    public static let name = "qa"
    public static let summary = "Exact match and token F1 of an answer (SQuAD v1.1)"
    public static let arguments = [
        CalcArgument("pred", "prediction", example: "the Denver Broncos", help: "The predicted answer.", valueName: "text"),
        CalcArgument("truth", fields: [
            CalcField("truth", "true answer", example: "Denver Broncos"),
            CalcField("truth", "true answer 2", example: "Broncos", detail: "another true answer (optional)"),
        ], help: "A true answer (repeat for several; the best counts).", valueName: "text"),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let prediction = try call.requiredString("pred")
        let truths = call.values("truth")
        guard !truths.isEmpty else { throw .missingArgument("truth") }
        let result = try QA.evaluate(prediction: prediction, truths: truths)
        var steps = [CalcStep("normalised prediction", quoted(result.normalizedPrediction))]
        for (i, truth) in result.normalizedTruths.enumerated() {
            steps.append(CalcStep(truths.count == 1 ? "normalised truth" : "normalised truth \(i + 1)", quoted(truth)))
        }
        let predictionCount = PythonText.split(result.normalizedPrediction).count
        let truthCount = PythonText.split(result.normalizedTruths[result.bestTruth]).count
        steps.append(CalcStep("exact match", result.exactMatch ? "yes" : "no"))
        steps.append(CalcStep(
            "F1 (SQuAD)",
            "\(result.commonTokens) common · P \(result.commonTokens)/\(predictionCount) · R \(result.commonTokens)/\(truthCount) · F1 \(CalcFormat.number(result.f1))\(truths.count > 1 ? " (best: truth \(result.bestTruth + 1))" : "")"))
        steps.append(CalcStep("F1 (lowercase + split)", CalcFormat.number(result.simpleF1)))
        return CalcReport(
            call: call, title: "QA answer scores (SQuAD v1.1 normalisation)",
            headline: "EM \(result.exactMatch ? 1 : 0) · F1 \(CalcFormat.number(result.f1, digits: 3))",
            steps: steps, meaning: meaning(result),
            json: ["exact_match": .bool(result.exactMatch), "f1": .number(result.f1), "simple_f1": .number(result.simpleF1)])
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }

    private static func meaning(_ result: QAResult) -> String {
        if result.exactMatch {
            return result.f1 == 1 || result.normalizedPrediction.isEmpty
                ? "After normalisation the answer equals a true answer."
                : "After normalisation the answer equals a true answer; F1 is the best over truths."
        }
        if result.f1 == 1 { return "Same words in a different order: full F1 credit but no exact match." }
        if result.f1 == 0 { return "No word in common with any true answer after normalisation." }
        return "Partial credit: F1 rewards the overlapping words, exact match gives none."
    }
}
