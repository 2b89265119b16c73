/// `lora model=llama-3-8b rank=16 targets=q_proj,v_proj alpha=32`, or
/// `lora d_in=4096 d_out=4096 layers=32 modules=4 rank=16`.
public struct LoRACalculator: Calculator {
    public static let name = "lora"
    public static let summary = "LoRA trainable parameters, ratio to the frozen model, adapter size and α/r scaling."
    public static let arguments = [
        CalcArgument("model", "model", example: "llama-3-8b", choices: ModelPreset.names, detail: "a model preset",
                     help: "Model preset (see --list-models).", valueName: "name"),
        CalcArgument("rank", "rank r", example: "16", help: "LoRA rank r."),
        CalcArgument("targets", "targets", example: "", default: LoRA.Target.allCases.map(\.rawValue).joined(separator: ","),
                     detail: "adapted modules: empty adapts all seven attention and MLP projections",
                     help: "Adapted modules (default all seven projections).", valueName: "q_proj,k_proj,…"),
        CalcArgument("alpha", "α", example: "32", default: "r", detail: "scaling α/r",
                     help: "LoRA α (default r, so scaling 1)."),
        CalcArgument("d_in", help: "Input width of the adapted matrix."),
        CalcArgument("d_out", help: "Output width of the adapted matrix."),
        CalcArgument("layers", help: "Layers (default 1)."),
        CalcArgument("modules", help: "Adapted matrices per layer (default 1)."),
        CalcArgument("params", help: "Frozen model parameters for the ratio (default: the adapted matrices)."),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let rank = try call.requiredInt("rank")
        let alpha = try call.double("alpha")
        let result: LoRA.Result
        var steps: [CalcStep] = []
        var modelJSON: JSONValue = .null
        if let modelName = call.string("model") {
            for key in ["d_in", "d_out", "layers", "modules", "params"] where call.has(key) {
                throw .invalidArgument(key, "cannot be combined with model= (the preset fixes the shapes)")
            }
            let model = try ModelPreset.named(modelName)
            let targets = try call.list("targets").map { (names: [String]) throws(FormulaError) in try LoRA.Target.parse(names) }
                ?? LoRA.Target.allCases
            result = try LoRA.adapters(model: model, rank: rank, targets: targets, alpha: alpha)
            modelJSON = .string(model.name)
            steps.append(CalcStep("model", "\(model.displayName): \(model.layers) layers, hidden \(model.hiddenSize), MLP \(model.intermediateSize), \(model.attentionHeads)/\(model.keyValueHeads) q/kv heads"))
            let named = targets.map(\.rawValue).joined(separator: ", ")
            steps.append(CalcStep("targets", call.has("targets") ? named : "\(named) (all seven, the default)"))
        } else {
            guard call.has("d_in") || call.has("d_out") else { throw .missingArgument("model (or d_in and d_out)") }
            if call.has("targets") { throw .invalidArgument("targets", "needs model=; with d_in/d_out use modules=") }
            result = try LoRA.adapters(
                dIn: try call.requiredInt("d_in"), dOut: try call.requiredInt("d_out"),
                layers: try call.int("layers") ?? 1, modules: try call.int("modules") ?? 1,
                rank: rank, alpha: alpha, frozenParameters: try call.int("params"))
        }
        let i = CalcFormat.integer
        for m in result.modules {
            steps.append(CalcStep(
                "\(m.name) \(m.dIn)→\(m.dOut)",
                "\(rank)·(\(m.dIn) + \(m.dOut)) = \(i(m.perMatrix)) × \(i(m.copies)) = \(i(m.total))"))
        }
        steps += [
            CalcStep("trainable", i(result.trainableParameters)),
            CalcStep("frozen", i(result.frozenParameters) + (call.has("model") || call.has("params") ? "" : " (the adapted matrices only)")),
            CalcStep("ratio", "\(i(result.trainableParameters)) / \(i(result.frozenParameters)) = \(CalcFormat.percent(result.ratio, digits: 4))"),
            CalcStep("adapter size", "fp32 \(CalcFormat.bytes(Double(result.bytesFP32))), fp16/bf16 \(CalcFormat.bytes(Double(result.bytesBF16)))"),
            CalcStep("scaling α/r", "\(CalcFormat.number(result.alpha))/\(rank) = \(CalcFormat.number(result.scaling))\(alpha == nil ? " (α not given: α = r)" : "")"),
        ]
        return CalcReport(
            call: call, title: "LoRA adapter size",
            headline: "trainable parameters = \(i(result.trainableParameters))",
            steps: steps,
            meaning: "LoRA trains \(CalcFormat.percent(result.ratio, digits: 3)) as many weights as the frozen model holds; the adapter file is about \(CalcFormat.bytes(Double(result.bytesBF16))) in bf16.",
            charts: result.modules.count > 1
                ? [CalcChart(title: "Trainable parameters per module", kind: .bars,
                             points: result.modules.map { CalcChart.Point($0.name, Double($0.total)) }, valueFormat: .count)]
                : [],
            json: [
                "trainable_params": .integer(result.trainableParameters),
                "frozen_params": .integer(result.frozenParameters),
                "ratio": .number(result.ratio),
                "adapter_bytes": ["fp32": .integer(result.bytesFP32), "fp16": .integer(result.bytesFP16), "bf16": .integer(result.bytesBF16)],
                "scaling": .number(result.scaling),
                "per_module": .object(result.modules.map { ($0.name, .integer($0.total)) }),
                "per_matrix": .object(result.modules.map { ($0.name, .integer($0.perMatrix)) }),
                "rank": .integer(rank),
                "alpha": .number(result.alpha),
                "model": modelJSON,
            ])
    }
}
