/// `vram model=llama-3-8b method=qlora rank=16`: memory for weights and training state.
public struct VRAMCalculator: Calculator {
    public static let name = "vram"
    public static let summary = "GPU memory for weights, gradients and optimizer state: full fine-tuning, LoRA, QLoRA."
    public static let arguments = [
        CalcArgument("model", "model", example: "llama-3-8b", choices: ModelPreset.names, detail: "a model preset (or params= below)",
                     help: "Model preset (see calc lora --list-models).", valueName: "name"),
        CalcArgument("method", "method", example: "qlora", choices: ["full", "lora", "qlora"], default: "full",
                     help: "Fine-tuning method (default full).", valueName: "full|lora|qlora"),
        CalcArgument("rank", "LoRA rank", example: "16", help: "LoRA rank (lora and qlora with --model)."),
        CalcArgument("optimizer", "optimizer", example: "adamw", choices: ["adamw", "sgd"], default: "adamw",
                     help: "Optimizer (default adamw).", valueName: "adamw|sgd"),
        CalcArgument("params", help: "Base model parameters, instead of --model."),
        CalcArgument("targets", help: "Adapted modules (default all seven projections).", valueName: "q_proj,k_proj,…"),
        CalcArgument("adapter_params", help: "Adapter parameters (lora and qlora with --params)."),
        CalcArgument("quantize",
                     help: "QLoRA: quantise the decoder's linear layers only, keeping embeddings, norms and lm_head in 16-bit as bitsandbytes does (default), or every base weight.", valueName: "linear|all"),
        CalcArgument("unquantized_params", help: "QLoRA with --params: base parameters kept in 16-bit (default 0)."),
    ]
    /// Common GPU memory sizes; comparing total_gb with them is conservative, since a card sold as N GB holds N GiB.
    static let gpuSizes = [16.0, 24, 40, 48, 80]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let method = FineTuningMemory.Method(rawValue: try call.choice("method", in: FineTuningMemory.Method.allCases.map(\.rawValue)) ?? "full") ?? .full
        let optimizer = FineTuningMemory.Optimizer(rawValue: try call.choice("optimizer", in: FineTuningMemory.Optimizer.allCases.map(\.rawValue)) ?? "adamw") ?? .adamw
        var steps: [CalcStep] = []
        let base: Int
        var adapter: Int?
        var unquantized = 0
        let quantize = try call.choice("quantize", in: ["linear", "all"])
        if method != .qlora {
            for key in ["quantize", "unquantized_params"] where call.has(key) {
                throw .invalidArgument(key, "applies to method=qlora only")
            }
        }
        switch (call.string("model"), try call.int("params")) {
        case (.some, .some): throw .invalidInput("give either model= or params=, not both")
        case (nil, nil): throw .missingArgument("model (or params)")
        case (let name?, nil):
            let model = try ModelPreset.named(name)
            base = model.parameterCount
            steps.append(CalcStep("model", "\(model.displayName): \(CalcFormat.integer(base)) parameters"))
            if call.has("unquantized_params") {
                throw .invalidArgument("unquantized_params", "cannot be combined with model= (the preset knows its layers; quantize=all quantises everything)")
            }
            if method == .qlora && quantize != "all" {
                unquantized = model.unquantizedParameters
                steps.append(CalcStep("kept in 16-bit", "embeddings, norms and lm_head: \(CalcFormat.integer(unquantized)) parameters"))
            }
            if method != .full {
                if call.has("adapter_params") { throw .invalidArgument("adapter_params", "cannot be combined with model= (give rank=)") }
                let targets = try call.list("targets").map { (names: [String]) throws(FormulaError) in try LoRA.Target.parse(names) }
                    ?? LoRA.Target.allCases
                let lora = try LoRA.adapters(model: model, rank: try call.requiredInt("rank"), targets: targets)
                adapter = lora.trainableParameters
                steps.append(CalcStep("adapter", "rank \(lora.rank) on \(targets.map(\.rawValue).joined(separator: ",")): \(CalcFormat.integer(lora.trainableParameters)) parameters"))
            }
        case (nil, let params?):
            base = params
            steps.append(CalcStep("base parameters", CalcFormat.integer(params)))
            if call.has("rank") || call.has("targets") {
                throw .invalidArgument(call.has("rank") ? "rank" : "targets", "needs model= (shapes); with params= give adapter_params=")
            }
            if method != .full {
                adapter = try call.int("adapter_params")
                guard adapter != nil else { throw .missingArgument("adapter_params") }
                steps.append(CalcStep("adapter parameters", CalcFormat.integer(adapter ?? 0)))
            }
            if let kept = try call.int("unquantized_params") {
                if quantize == "all" { throw .invalidArgument("unquantized_params", "contradicts quantize=all") }
                unquantized = kept
                steps.append(CalcStep("kept in 16-bit", CalcFormat.integer(kept)))
            }
        }
        if method == .full {
            for key in ["rank", "targets", "adapter_params"] where call.has(key) {
                throw .invalidArgument(key, "applies to method=lora or qlora only")
            }
        }
        let r = try FineTuningMemory.estimate(baseParameters: base, method: method, adapterParameters: adapter,
                                              optimizer: optimizer, unquantizedParameters: unquantized)
        let b = { (x: Double) in CalcFormat.bytes(x) }
        for (n, assumption) in r.assumptions.enumerated() {
            steps.append(CalcStep("assumption \(n + 1)", assumption))
        }
        let adapterWeights = r.weightsBytes - r.baseBytes
        steps += [
            CalcStep("weights", method == .full
                ? "\(CalcFormat.integer(base)) × 2 B = \(b(r.weightsBytes))"
                : "base \(b(r.baseBytes)) + adapter \(b(adapterWeights)) = \(b(r.weightsBytes))"),
            CalcStep("gradients", "\(CalcFormat.integer(r.trainedParameters)) × 2 B = \(b(r.gradientsBytes))"),
            CalcStep("optimizer state", "\(CalcFormat.integer(r.trainedParameters)) × \(optimizer == .adamw ? 12 : 4) B = \(b(r.optimizerBytes))"),
            CalcStep("total", "\(b(r.totalBytes)) = \(CalcFormat.number(r.totalGiB, digits: 2)) GiB"),
        ]
        return CalcReport(
            call: call, title: "Fine-tuning memory (\(method.rawValue), \(optimizer.rawValue))",
            headline: "about \(CalcFormat.number(r.totalGB, digits: 2)) GB for weights and training state",
            steps: steps,
            meaning: fitLine(totalGB: r.totalGB),
            charts: [CalcChart(title: "Memory by part", kind: .bars, points: [
                CalcChart.Point("weights", r.weightsBytes),
                CalcChart.Point("gradients", r.gradientsBytes),
                CalcChart.Point("optimizer", r.optimizerBytes),
            ], valueFormat: .bytes)],
            json: [
                "weights_bytes": .number(r.weightsBytes),
                "gradients_bytes": .number(r.gradientsBytes),
                "optimizer_bytes": .number(r.optimizerBytes),
                "total_bytes": .number(r.totalBytes),
                "total_gb": .number(r.totalGB),
                "total_gib": .number(r.totalGiB),
                "params": .integer(r.baseParameters),
                "trained_params": .integer(r.trainedParameters),
                "unquantized_params": .integer(r.unquantizedParameters),
                "base_bytes": .number(r.baseBytes),
                "base_bits_per_param": .number(r.baseBitsPerParameter),
                "method": .string(method.rawValue),
                "optimizer": .string(optimizer.rawValue),
            ])
    }

    static func fitLine(totalGB: Double) -> String {
        let gb = CalcFormat.number(totalGB, digits: 1)
        if let gpu = gpuSizes.first(where: { totalGB <= $0 }) {
            return "\(gb) GB fits in one \(CalcFormat.number(gpu)) GB GPU before activations, which come on top and grow with batch size and sequence length."
        }
        return "\(gb) GB is more than one 80 GB GPU holds even before activations: shard it (FSDP/ZeRO), or use LoRA/QLoRA."
    }
}
