/// `cfg uncond=0.1,0.2 cond=0.3,-0.1 scale=7.5`: classifier-free guidance.
public struct CFGCalculator: Calculator {
    public static let name = "cfg"
    public static let summary = "Classifier-free guidance: ε̂ = ε_uncond + s·(ε_cond − ε_uncond)."
    public static let arguments = [
        CalcArgument("uncond", "ε uncond", example: "0.1,-0.2,0.4", detail: "the unconditional noise prediction (a vector)",
                     help: "Unconditional noise prediction ε_uncond.", valueName: "x,y,…"),
        CalcArgument("cond", "ε cond", example: "0.3,-0.1,0.2", detail: "the conditional noise prediction (a vector)",
                     help: "Conditional noise prediction ε_cond.", valueName: "x,y,…"),
        CalcArgument("scale", "scale s", example: "7.5", detail: "guidance scale: 0 unconditional, 1 conditional",
                     help: "Guidance scale s."),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let r = try ClassifierFreeGuidance.guide(
            unconditional: try call.requiredVector("uncond"), conditional: try call.requiredVector("cond"),
            scale: try call.requiredDouble("scale"))
        let s = CalcFormat.number(r.scale)
        return CalcReport(
            call: call, title: "Classifier-free guidance",
            headline: "ε̂ = \(CalcFormat.vector(r.guided))",
            steps: [
                CalcStep("ε_uncond", CalcFormat.vector(r.unconditional)),
                CalcStep("ε_cond", CalcFormat.vector(r.conditional)),
                CalcStep("ε_cond − ε_uncond", CalcFormat.vector(r.difference)),
                CalcStep("s·(ε_cond − ε_uncond)", "\(s) × \(CalcFormat.vector(r.difference)) = \(CalcFormat.vector(r.difference.map { r.scale * $0 }))"),
                CalcStep("ε̂ = ε_uncond + s·(…)", CalcFormat.vector(r.guided)),
            ],
            meaning: ClassifierFreeGuidance.meaning(ofScale: r.scale),
            json: ["guided": .numbers(r.guided), "scale": .number(r.scale), "difference": .numbers(r.difference)])
    }
}
