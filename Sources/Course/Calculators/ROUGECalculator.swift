/// `rouge hyp=… ref=… [stem=false]`: ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum (rouge-score 0.1.2).
public enum ROUGECalculator: Calculator {
    public static let name = "rouge"
    public static let summary = "ROUGE-1/2/L/Lsum of a summary against a reference (rouge-score 0.1.2)"
    public static let arguments = [
        CalcArgument("hyp", "summary", example: "police killed the gunman", detail: "the hypothesis (a generated summary)",
                     help: "The hypothesis (generated summary); newlines separate sentences for ROUGE-Lsum.", valueName: "text"),
        CalcArgument("ref", "reference", example: "police kill the gunman",
                     help: "The reference summary.", valueName: "text"),
        CalcArgument("stem", "stemming", example: "true", choices: CalcField.booleans, default: "false", detail: "Porter stemming",
                     help: "Apply the Porter stemmer to tokens longer than three letters."),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let hypothesis = try call.requiredString("hyp")
        let reference = try call.requiredString("ref")
        let stem = try call.bool("stem") ?? false
        let result = ROUGE.score(hypothesis: hypothesis, reference: reference, useStemmer: stem)
        let variants = [
            ("rouge1", "ROUGE-1", "shared words", result.rouge1),
            ("rouge2", "ROUGE-2", "shared word pairs", result.rouge2),
            ("rougeL", "ROUGE-L", "tokens in the longest common subsequence", result.rougeL),
            ("rougeLsum", "ROUGE-Lsum", "union-LCS hits over the reference lines", result.rougeLsum),
        ]
        var steps = [
            CalcStep("hyp tokens", tokenList(result.hypothesisTokens)),
            CalcStep("ref tokens", tokenList(result.referenceTokens)),
        ]
        for (_, label, unit, score) in variants {
            steps.append(CalcStep(
                label,
                "\(score.overlap) \(unit) · P \(score.overlap)/\(score.hypothesisCount) = \(CalcFormat.number(score.precision)) · R \(score.overlap)/\(score.referenceCount) = \(CalcFormat.number(score.recall)) · F \(CalcFormat.number(score.fmeasure))"))
        }
        let json = JSONValue.object(variants.map { key, _, _, score in
            (key, ["precision": .number(score.precision), "recall": .number(score.recall), "fmeasure": .number(score.fmeasure)])
        })
        let chart = CalcChart(title: "F-measure", kind: .bars, points: variants.map { CalcChart.Point($0.1, $0.3.fmeasure) })
        return CalcReport(
            call: call, title: "ROUGE (rouge-score 0.1.2\(stem ? ", Porter stemming" : ""))",
            headline: variants.map { "\($0.1) F \(CalcFormat.number($0.3.fmeasure, digits: 3))" }.joined(separator: " · "),
            steps: steps, meaning: meaning(result), charts: [chart], json: json)
    }

    private static func tokenList(_ tokens: [String]) -> String {
        "\(tokens.prefix(40).joined(separator: " "))\(tokens.count > 40 ? " …" : "") (\(tokens.count))"
    }

    private static func meaning(_ result: ROUGEResult) -> String {
        let r1 = result.rouge1
        if r1.referenceCount == 0 || r1.hypothesisCount == 0 {
            return "One side has no ASCII letters or digits to compare, so every ROUGE score is 0."
        }
        return "The summary recalls \(r1.overlap) of the reference's \(r1.referenceCount) words; ROUGE-2 and ROUGE-L fall when the word order differs."
    }
}
