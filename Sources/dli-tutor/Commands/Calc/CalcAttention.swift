import ArgumentParser
import Course

/// `dli-tutor calc attention --q "1,0;0,1" --k "1,0;0,1" --v "1,2;3,4" [--mask causal]`.
struct CalcAttention: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attention", abstract: AttentionCalculator.summary,
        discussion: "Matrices separate rows with ';' and columns with ','.")

    @Option(parsing: .unconditional, help: ArgumentHelp("Queries Q (n × dₖ).", valueName: "a,b;c,d"))
    var q: String
    @Option(parsing: .unconditional, help: ArgumentHelp("Keys K (m × dₖ).", valueName: "a,b;c,d"))
    var k: String
    @Option(parsing: .unconditional, help: ArgumentHelp("Values V (m × d_v).", valueName: "a,b;c,d"))
    var v: String
    @Option(help: ArgumentHelp("Attention mask (default none).", valueName: "none|causal"))
    var mask: String?
    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        try CalcOutput.print(.fromOptions("attention", [("q", q), ("k", k), ("v", v), ("mask", mask)]), output)
    }
}
