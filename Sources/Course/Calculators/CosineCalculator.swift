import Foundation

/// `cosine a=1,2,3 b=2,4,5`: cosine similarity with the dot product and norms.
public struct CosineCalculator: Calculator {
    public static let name = "cosine"
    public static let summary = "Cosine similarity of two vectors (embeddings)."
    public static let fields = [
        CalcField("a", "vector a", example: "0.2,0.8,0.1"),
        CalcField("b", "vector b", example: "0.3,0.7,0.4"),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(["a", "b"])
        let a = try call.requiredVector("a")
        let b = try call.requiredVector("b")
        let r = try CosineSimilarity.of(a, b)
        let angle = acos(r.cosine) * 180 / Double.pi
        return CalcReport(
            call: call, title: "Cosine similarity",
            headline: "cosine similarity = \(CalcFormat.number(r.cosine))",
            steps: [
                CalcStep("a", CalcFormat.vector(a)),
                CalcStep("b", CalcFormat.vector(b)),
                CalcStep("a·b", CalcFormat.number(r.dot)),
                CalcStep("‖a‖", CalcFormat.number(r.normA)),
                CalcStep("‖b‖", CalcFormat.number(r.normB)),
                CalcStep("a·b / (‖a‖·‖b‖)",
                         "\(CalcFormat.number(r.dot)) / (\(CalcFormat.number(r.normA)) × \(CalcFormat.number(r.normB))) = \(CalcFormat.number(r.cosine))"),
            ],
            meaning: "The vectors are \(CalcFormat.number(angle, digits: 1))° apart: \(describe(r.cosine)) (1 = same direction, 0 = unrelated, −1 = opposite; length does not matter).",
            json: [
                "cosine": .number(r.cosine), "dot": .number(r.dot),
                "norm_a": .number(r.normA), "norm_b": .number(r.normB),
                "angle_degrees": .number(angle),
            ])
    }

    static func describe(_ cosine: Double) -> String {
        if cosine >= 0.999 { return "the same direction" }
        if cosine >= 0.8 { return "very similar directions" }
        if cosine >= 0.3 { return "somewhat similar directions" }
        if cosine > -0.3 { return "nearly orthogonal, little in common" }
        if cosine > -0.999 { return "mostly opposite directions" }
        return "opposite directions"
    }
}
