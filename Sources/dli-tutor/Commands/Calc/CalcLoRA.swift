import ArgumentParser
import Course

/// `dli-tutor calc lora --model llama-3-8b --rank 16 [--targets q_proj,v_proj] [--alpha 32]`,
/// `--d-in 4096 --d-out 4096 [--layers 32] [--modules 4] --rank 16`, or `--list-models`.
struct CalcLoRA: ParsableCommand {
    static var configuration: CommandConfiguration { CalcHelp.configuration(LoRACalculator.self, extraUsage: "[--list-models]") }

    @Flag(name: .customLong("list-models"), help: "List the model presets with their shapes.")
    var listModels = false

    @OptionGroup var options: CalcOptions<LoRACalculator>

    func run() throws {
        if listModels {
            Swift.print(options.output.json ? Self.modelsJSON.serialized() : Self.modelsText)
            return
        }
        let (call, face) = try options.call()
        try CalcOutput.print(call, options.output, face: face)
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
