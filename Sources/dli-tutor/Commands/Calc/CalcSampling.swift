import ArgumentParser
import Course

/// `dli-tutor calc sampling --logits 2,1,0.5 --temperature 0.7 --top-k 2 --top-p 0.9`.
struct CalcSampling: CalculatorCommand {
    static let configuration = CommandConfiguration(commandName: "sampling", abstract: SamplingCalculator.summary)
    static let calculator: any Calculator.Type = SamplingCalculator.self

    @Option(parsing: .unconditional, help: ArgumentHelp("Logits, comma-separated.", valueName: "x,y,…"))
    var logits: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Probabilities instead of logits (sum to 1).", valueName: "p,p,…"))
    var probs: String?
    @Option(parsing: .unconditional, help: "Temperature > 0 (default 1).")
    var temperature: String?
    @Option(name: .customLong("top-k"), parsing: .unconditional, help: "Keep the k most probable tokens.")
    var topK: String?
    @Option(name: .customLong("top-p"), parsing: .unconditional, help: "Keep the smallest prefix reaching this probability, in (0, 1].")
    var topP: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Token labels for the output.", valueName: "a,b,…"))
    var tokens: String?
    @OptionGroup var output: CalcOutputOptions

    func call() -> CalcCall {
        .fromOptions(Self.calculator.name, [
            ("logits", logits), ("probs", probs), ("temperature", temperature),
            ("top_k", topK), ("top_p", topP), ("tokens", tokens),
        ])
    }
}
