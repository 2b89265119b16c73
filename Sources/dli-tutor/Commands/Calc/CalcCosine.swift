import ArgumentParser
import Course

/// `dli-tutor calc cosine --a 1,2,3 --b 2,4,5`.
struct CalcCosine: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cosine", abstract: CosineCalculator.summary)

    @Option(parsing: .unconditional, help: ArgumentHelp("Vector a, comma-separated.", valueName: "x,y,…"))
    var a: String
    @Option(parsing: .unconditional, help: ArgumentHelp("Vector b, comma-separated.", valueName: "x,y,…"))
    var b: String
    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        try CalcOutput.print(.fromOptions("cosine", [("a", a), ("b", b)]), output)
    }
}
