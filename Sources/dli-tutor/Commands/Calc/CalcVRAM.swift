import ArgumentParser
import Course

/// `dli-tutor calc vram --model llama-3-8b --method qlora --rank 16`.
struct CalcVRAM: CalculatorCommand {
    static let configuration = CommandConfiguration(commandName: "vram", abstract: VRAMCalculator.summary)
    static let calculator: any Calculator.Type = VRAMCalculator.self

    @Option(parsing: .unconditional, help: ArgumentHelp("Model preset (see calc lora --list-models).", valueName: "name"))
    var model: String?
    @Option(parsing: .unconditional, help: "Base model parameters, instead of --model.")
    var params: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Fine-tuning method (default full).", valueName: "full|lora|qlora"))
    var method: String?
    @Option(parsing: .unconditional, help: "LoRA rank (lora and qlora with --model).")
    var rank: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Adapted modules (default all seven projections).", valueName: "q_proj,k_proj,…"))
    var targets: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Optimizer (default adamw).", valueName: "adamw|sgd"))
    var optimizer: String?
    @Option(name: .customLong("adapter-params"), parsing: .unconditional, help: "Adapter parameters (lora and qlora with --params).")
    var adapterParams: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("QLoRA: quantise the decoder's linear layers only, keeping embeddings, norms and lm_head in 16-bit as bitsandbytes does (default), or every base weight.", valueName: "linear|all"))
    var quantize: String?
    @Option(name: .customLong("unquantized-params"), parsing: .unconditional, help: "QLoRA with --params: base parameters kept in 16-bit (default 0).")
    var unquantizedParams: String?
    @OptionGroup var output: CalcOutputOptions

    func call() -> CalcCall {
        .fromOptions(Self.calculator.name, [
            ("model", model), ("params", params), ("method", method), ("rank", rank),
            ("targets", targets), ("optimizer", optimizer), ("adapter_params", adapterParams),
            ("quantize", quantize), ("unquantized_params", unquantizedParams),
        ])
    }
}
