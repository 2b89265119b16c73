import ArgumentParser
import Course

/// `dli-tutor calc rouge --hyp TEXT --ref TEXT [--stem]`.
struct CalcROUGE: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge",
        abstract: ROUGECalculator.summary,
        discussion: "Newlines in the texts separate sentences for ROUGE-Lsum.")

    @Option(help: ArgumentHelp("The hypothesis (generated summary).", valueName: "text"))
    var hyp: String

    @Option(help: ArgumentHelp("The reference summary.", valueName: "text"))
    var ref: String

    @Flag(help: "Apply the Porter stemmer to tokens longer than three letters.")
    var stem = false

    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        try CalcOutput.print(.fromOptions("rouge", [("hyp", hyp), ("ref", ref), ("stem", stem ? "true" : nil)]), output)
    }
}
