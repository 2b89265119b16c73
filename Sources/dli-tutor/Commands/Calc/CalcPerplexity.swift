import ArgumentParser
import Course

/// `dli-tutor calc perplexity --ce 2.1 [--unit bits]` or `--probs 0.5,0.25`.
struct CalcPerplexity: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "perplexity", abstract: PerplexityCalculator.summary)

    @Option(parsing: .unconditional, help: "Mean cross-entropy per token.")
    var ce: String?
    @Option(help: ArgumentHelp("Unit of --ce (default nats).", valueName: "nats|bits"))
    var unit: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Probability of each true token.", valueName: "p,p,…"))
    var probs: String?
    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        try CalcOutput.print(.fromOptions("perplexity", [("ce", ce), ("unit", unit), ("probs", probs)]), output)
    }
}
