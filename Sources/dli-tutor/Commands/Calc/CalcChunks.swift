import ArgumentParser
import Course

/// `dli-tutor calc chunks --tokens 10000 --size 512 --overlap 64`.
struct CalcChunks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chunks", abstract: ChunksCalculator.summary)

    @Option(parsing: .unconditional, help: "Tokens in the document.")
    var tokens: String
    @Option(parsing: .unconditional, help: "Tokens per chunk.")
    var size: String
    @Option(parsing: .unconditional, help: "Tokens shared by neighbouring chunks (default 0).")
    var overlap: String?
    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        try CalcOutput.print(.fromOptions("chunks", [("tokens", tokens), ("size", size), ("overlap", overlap)]), output)
    }
}
