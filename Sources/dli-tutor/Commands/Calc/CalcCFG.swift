import ArgumentParser
import Course

/// `dli-tutor calc cfg --uncond 0.1,-0.2 --cond 0.3,-0.1 --scale 7.5`.
struct CalcCFG: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cfg", abstract: CFGCalculator.summary)

    @Option(parsing: .unconditional, help: ArgumentHelp("Unconditional noise prediction ε_uncond.", valueName: "x,y,…"))
    var uncond: String
    @Option(parsing: .unconditional, help: ArgumentHelp("Conditional noise prediction ε_cond.", valueName: "x,y,…"))
    var cond: String
    @Option(parsing: .unconditional, help: "Guidance scale s.")
    var scale: String
    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        try CalcOutput.print(.fromOptions("cfg", [("uncond", uncond), ("cond", cond), ("scale", scale)]), output)
    }
}
