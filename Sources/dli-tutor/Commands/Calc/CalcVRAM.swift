import ArgumentParser
import Course

/// `dli-tutor calc vram --model llama-3-8b --method qlora --rank 16`.
struct CalcVRAM: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "vram", abstract: VRAMCalculator.summary)

    @Option(help: ArgumentHelp("Model preset (see calc lora --list-models).", valueName: "name"))
    var model: String?
    @Option(help: "Base model parameters, instead of --model.")
    var params: String?
    @Option(help: ArgumentHelp("Fine-tuning method (default full).", valueName: "full|lora|qlora"))
    var method: String?
    @Option(help: "LoRA rank (lora and qlora with --model).")
    var rank: String?
    @Option(help: ArgumentHelp("Adapted modules (default all seven projections).", valueName: "q_proj,k_proj,…"))
    var targets: String?
    @Option(help: ArgumentHelp("Optimizer (default adamw).", valueName: "adamw|sgd"))
    var optimizer: String?
    @Option(name: .customLong("adapter-params"), help: "Adapter parameters (lora and qlora with --params).")
    var adapterParams: String?
    @Option(help: ArgumentHelp("QLoRA: quantise the decoder's linear layers only, keeping embeddings, norms and lm_head in 16-bit as bitsandbytes does (default), or every base weight.", valueName: "linear|all"))
    var quantize: String?
    @Option(name: .customLong("unquantized-params"), help: "QLoRA with --params: base parameters kept in 16-bit (default 0).")
    var unquantizedParams: String?
    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        try CalcOutput.print(.fromOptions("vram", [
            ("model", model), ("params", params), ("method", method), ("rank", rank),
            ("targets", targets), ("optimizer", optimizer), ("adapter_params", adapterParams),
            ("quantize", quantize), ("unquantized_params", unquantizedParams),
        ]), output)
    }
}
