import ArgumentParser
import Course

/// `dli-tutor calc cfg --uncond 0.1,-0.2 --cond 0.3,-0.1 --scale 7.5`.
struct CalcCFG: CalculatorCommand {
    static let configuration = CommandConfiguration(commandName: "cfg", abstract: CFGCalculator.summary)
    static let calculator: any Calculator.Type = CFGCalculator.self

    @Option(parsing: .unconditional, help: ArgumentHelp("Unconditional noise prediction ε_uncond.", valueName: "x,y,…"))
    var uncond: String
    @Option(parsing: .unconditional, help: ArgumentHelp("Conditional noise prediction ε_cond.", valueName: "x,y,…"))
    var cond: String
    @Option(parsing: .unconditional, help: "Guidance scale s.")
    var scale: String
    @OptionGroup var output: CalcOutputOptions

    func call() -> CalcCall {
        .fromOptions(Self.calculator.name, [("uncond", uncond), ("cond", cond), ("scale", scale)])
    }
}
