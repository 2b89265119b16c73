import ArgumentParser
import Course

/// `dli-tutor calc qa --pred TEXT --truth TEXT [--truth TEXT…]`.
struct CalcQA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "SQuAD v1.1 exact match and token F1 of an answer, plus a lowercase-and-split F1.")

    @Option(help: ArgumentHelp("The predicted answer.", valueName: "text"))
    var pred: String

    @Option(help: ArgumentHelp("A true answer (repeat for several; the best counts).", valueName: "text"))
    var truth: [String] = []

    @OptionGroup var output: CalcOutputOptions

    func validate() throws {
        guard !truth.isEmpty else { throw ValidationError("calc qa: missing --truth (at least one true answer)") }
    }

    func run() throws {
        let texts: [(String, String?)] = [("pred", pred)] + truth.map { ("truth", $0) }
        try CalcOutput.print(.fromOptions("qa", texts), output)
    }
}
