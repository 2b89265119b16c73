import ArgumentParser
import Course

/// `dli-tutor calc lora --model llama-3-8b --rank 16 [--targets q_proj,v_proj] [--alpha 32]`,
/// `--d-in 4096 --d-out 4096 [--layers 32] [--modules 4] --rank 16`, or `--list-models`.
struct CalcLoRA: CalculatorCommand {
    static let configuration = CommandConfiguration(commandName: "lora", abstract: LoRACalculator.summary)
    static let calculator: any Calculator.Type = LoRACalculator.self
    static let otherOptions: Set<String> = ["list-models"]

    @Option(parsing: .unconditional, help: ArgumentHelp("Model preset (see --list-models).", valueName: "name"))
    var model: String?
    @Option(parsing: .unconditional, help: "LoRA rank r.")
    var rank: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Adapted modules (default all seven projections).", valueName: "q_proj,k_proj,…"))
    var targets: String?
    @Option(parsing: .unconditional, help: "LoRA α (default r, so scaling 1).")
    var alpha: String?
    @Option(name: .customLong("d-in"), parsing: .unconditional, help: "Input width of the adapted matrix.")
    var dIn: String?
    @Option(name: .customLong("d-out"), parsing: .unconditional, help: "Output width of the adapted matrix.")
    var dOut: String?
    @Option(parsing: .unconditional, help: "Layers (default 1).")
    var layers: String?
    @Option(parsing: .unconditional, help: "Adapted matrices per layer (default 1).")
    var modules: String?
    @Option(parsing: .unconditional, help: "Frozen model parameters for the ratio (default: the adapted matrices).")
    var params: String?
    @Flag(name: .customLong("list-models"), help: "List the model presets with their shapes.")
    var listModels = false
    @OptionGroup var output: CalcOutputOptions

    func call() -> CalcCall {
        .fromOptions(Self.calculator.name, [
            ("model", model), ("rank", rank), ("targets", targets), ("alpha", alpha), ("d_in", dIn),
            ("d_out", dOut), ("layers", layers), ("modules", modules), ("params", params),
        ])
    }

    func run() throws {
        if listModels {
            Swift.print(output.json ? Self.modelsJSON.serialized() : Self.modelsText)
            return
        }
        try CalcOutput.print(call(), output)
    }

    static var modelsText: String {
        var lines = ["Model presets (Hugging Face config.json shapes; nn.Linear d_in→d_out):"]
        for m in ModelPreset.all {
            lines.append("")
            lines.append("\(m.name)  \(m.displayName): \(CalcFormat.integer(m.parameterCount)) parameters")
            lines.append("  hidden \(m.hiddenSize), MLP \(m.intermediateSize), \(m.layers) layers, \(m.attentionHeads) query / \(m.keyValueHeads) key-value heads of \(m.headDimension), vocabulary \(m.vocabularySize)")
            let shapes = LoRA.Target.allCases.map { t in
                let (dIn, dOut) = m.shape(of: t)
                return "\(t.rawValue) \(dIn)→\(dOut)"
            }
            lines.append("  " + shapes.joined(separator: ", "))
            for (part, count) in m.parameterBreakdown {
                lines.append("  \(part): \(CalcFormat.integer(count))")
            }
        }
        return lines.joined(separator: "\n")
    }

    static var modelsJSON: JSONValue {
        .array(ModelPreset.all.map { m in
            [
                "name": .string(m.name), "display_name": .string(m.displayName),
                "hidden_size": .integer(m.hiddenSize), "intermediate_size": .integer(m.intermediateSize),
                "layers": .integer(m.layers), "attention_heads": .integer(m.attentionHeads),
                "key_value_heads": .integer(m.keyValueHeads), "head_dim": .integer(m.headDimension),
                "vocab_size": .integer(m.vocabularySize), "parameters": .integer(m.parameterCount),
                "shapes": .object(LoRA.Target.allCases.map { t in
                    let (dIn, dOut) = m.shape(of: t)
                    return (t.rawValue, .integers([dIn, dOut]))
                }),
            ]
        })
    }
}
