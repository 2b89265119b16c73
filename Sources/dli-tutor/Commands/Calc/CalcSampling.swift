import ArgumentParser
import Course

/// `dli-tutor calc sampling --logits 2,1,0.5 --temperature 0.7 --top-k 2 --top-p 0.9`.
struct CalcSampling: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sampling", abstract: SamplingCalculator.summary)

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
    @Option(help: ArgumentHelp("Token labels for the output.", valueName: "a,b,…"))
    var tokens: String?
    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        try CalcOutput.print(.fromOptions("sampling", [
            ("logits", logits), ("probs", probs), ("temperature", temperature),
            ("top_k", topK), ("top_p", topP), ("tokens", tokens),
        ]), output)
    }
}
