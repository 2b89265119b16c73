import ArgumentParser
import Course

/// `dli-tutor calc rouge --hyp TEXT --ref TEXT [--stem]`.
struct CalcROUGE: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge",
        abstract: "ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum as rouge-score 0.1.2 computes them.",
        discussion: "Newlines in the texts separate sentences for ROUGE-Lsum.")

    @Option(help: ArgumentHelp("The hypothesis (generated summary).", valueName: "text"))
    var hyp: String

    @Option(help: ArgumentHelp("The reference summary.", valueName: "text"))
    var ref: String

    @Flag(help: "Apply the Porter stemmer to tokens longer than three letters.")
    var stem = false

    @Flag(help: "Print one JSON object instead of the steps.")
    var json = false

    func run() throws {
        var arguments: [(key: String, value: String)] = [("hyp", hyp), ("ref", ref)]
        if stem { arguments.append(("stem", "true")) }
        try CalcOutput.print(CalcCall(name: "rouge", arguments: arguments), json: json)
    }
}
