import ArgumentParser
import Course

/// `dli-tutor calc qa --pred TEXT --truth TEXT [--truth TEXT…]`.
struct CalcQA: CalculatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "SQuAD v1.1 exact match and token F1 of an answer, plus a lowercase-and-split F1.")
    static let calculator: any Calculator.Type = QACalculator.self

    @Option(parsing: .unconditional, help: ArgumentHelp("The predicted answer.", valueName: "text"))
    var pred: String

    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("A true answer (repeat for several; the best counts).", valueName: "text"))
    var truth: [String] = []

    @OptionGroup var output: CalcOutputOptions

    func validate() throws {
        guard !truth.isEmpty else { throw ValidationError("calc qa: missing --truth (at least one true answer)") }
    }

    func call() -> CalcCall {
        .fromOptions(Self.calculator.name, [("pred", pred)] + truth.map { ("truth", $0) })
    }
}
