/// `attention q="1,0;0,1" k="1,0;0,1" v="1,2;3,4" mask=causal`.
public struct AttentionCalculator: Calculator {
    public static let name = "attention"
    public static let summary = "Scaled dot-product attention softmax(QKᵀ/√dₖ)·V, optionally causal."
    public static let arguments = [
        CalcArgument("q", "Q", example: "1,0;0,1;1,1", detail: "queries: rows separated by ;, columns by ,",
                     help: "Queries Q (n × dₖ): rows separated by ';', columns by ','.", valueName: "a,b;c,d"),
        CalcArgument("k", "K", example: "1,0;0,1;1,1", detail: "keys, one row per token (as Q)",
                     help: "Keys K (m × dₖ).", valueName: "a,b;c,d"),
        CalcArgument("v", "V", example: "1,2;3,4;5,6", detail: "values, one row per token",
                     help: "Values V (m × d_v).", valueName: "a,b;c,d"),
        CalcArgument("mask", "mask", example: "causal", choices: ["none", "causal"], default: "none",
                     detail: "causal: token i sees keys 1…i",
                     help: "Attention mask (default none).", valueName: "none|causal"),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let causal = try call.choice("mask", in: ["none", "causal"]) == "causal"
        let q = try call.requiredMatrix("q"), k = try call.requiredMatrix("k"), v = try call.requiredMatrix("v")
        let r = try ScaledDotProductAttention.attend(q: q, k: k, v: v, causal: causal)
        var steps = [
            CalcStep("shapes", "Q \(q.count)×\(r.dK), K \(k.count)×\(r.dK), V \(v.count)×\(v[0].count)"),
            CalcStep("√dₖ", "√\(r.dK) = \(CalcFormat.number(Double(r.dK).squareRoot()))"),
        ]
        steps += rows("QKᵀ/√dₖ", r.scores)
        if causal { steps.append(CalcStep("causal mask", "keys after each query's position set to −∞")) }
        steps += rows("softmax", r.weights)
        steps += rows("output", r.output)
        let first = r.weights[0]
        let focus = first.indices.max { first[$0] < first[$1] } ?? 0
        return CalcReport(
            call: call, title: "Scaled dot-product attention\(causal ? " (causal)" : "")",
            headline: "output (\(r.output.count)×\(r.output[0].count)) = \(matrixText(r.output))",
            steps: steps,
            meaning: "Row i of the weights is how query i mixes the value rows; query 1 attends most to key \(focus + 1) (\(CalcFormat.percent(first[focus], digits: 1))).",
            json: [
                "scores": matrixJSON(r.scores), "weights": matrixJSON(r.weights),
                "output": matrixJSON(r.output), "d_k": .integer(r.dK),
                "mask": .string(causal ? "causal" : "none"),
            ])
    }

    static func rows(_ label: String, _ matrix: [[Double]]) -> [CalcStep] {
        matrix.enumerated().map { i, row in CalcStep("\(label) row \(i + 1)", CalcFormat.vector(row)) }
    }

    static func matrixText(_ matrix: [[Double]]) -> String {
        "[" + matrix.map { CalcFormat.vector($0) }.joined(separator: ", ") + "]"
    }

    /// Masked (−∞) scores become `null`, since JSON has no infinity.
    static func matrixJSON(_ matrix: [[Double]]) -> JSONValue {
        .array(matrix.map { row in .array(row.map { $0.isFinite ? .number($0) : .null }) })
    }
}
