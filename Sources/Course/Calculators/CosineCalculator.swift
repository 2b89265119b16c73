import Foundation

/// `cosine a=1,2,3 b=2,4,5`: cosine similarity with the dot product and norms.
public struct CosineCalculator: Calculator {
    public static let name = "cosine"
    public static let summary = "Cosine similarity of two vectors (embeddings)."
    public static let arguments = [
        CalcArgument("a", "vector a", example: "0.2,0.8,0.1", help: "Vector a, comma-separated.", valueName: "x,y,…"),
        CalcArgument("b", "vector b", example: "0.3,0.7,0.4", help: "Vector b, comma-separated.", valueName: "x,y,…"),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
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
            meaning: "The vectors are \(CalcFormat.number(angle, digits: 1))° apart: \(describe(angle: angle)) (1 = same direction, 0 = unrelated, −1 = opposite; length does not matter).",
            json: [
                "cosine": .number(r.cosine), "dot": .number(r.dot),
                "norm_a": .number(r.normA), "norm_b": .number(r.normB),
                "angle_degrees": .number(angle),
            ])
    }

    /// What an angle between two vectors means, in bands symmetric about 90°:
    ///
    ///     angle         reading
    ///     0–1°          the same direction
    ///     1–30°         very similar directions
    ///     30–60°        somewhat similar directions
    ///     60–80°        loosely related directions
    ///     80–100°       nearly orthogonal, little in common
    ///     100–120°      loosely opposed directions
    ///     120–150°      mostly opposite directions
    ///     150–179°      nearly opposite directions
    ///     179–180°      opposite directions
    ///
    /// A boundary belongs to the band farther from 90° (60° is still somewhat
    /// similar). The angle is the one shown, rounded to 0.1°, so the words always
    /// agree with the figure.
    static func describe(angle degrees: Double) -> String {
        let a = (degrees * 10).rounded() / 10
        switch a {
        case ...1: return "the same direction"
        case ...30: return "very similar directions"
        case ...60: return "somewhat similar directions"
        case ...80: return "loosely related directions"
        case ..<100: return "nearly orthogonal, little in common"
        case ..<120: return "loosely opposed directions"
        case ..<150: return "mostly opposite directions"
        case ..<179: return "nearly opposite directions"
        default: return "opposite directions"
        }
    }
}
