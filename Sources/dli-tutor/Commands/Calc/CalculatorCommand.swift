import ArgumentParser
import Course

/// A `calc` subcommand that shows one calculator. Its options are the
/// calculator's `arguments`, named with '-' for '_' (plus `otherOptions` and
/// `--json`); `CalcCommandTests` fails when the two lists disagree. Every value
/// is read as given, even one that starts with a dash (`--ref "- and so on"`,
/// `--scale -1`): options parse `.unconditional`ly.
protocol CalculatorCommand: ParsableCommand {
    static var calculator: any Calculator.Type { get }
    /// Options that are not arguments of the calculator (files to read, lists to print).
    static var otherOptions: Set<String> { get }
    /// Arguments whose option names a file holding the value (`--matches FILE`).
    static var fileArguments: Set<String> { get }
    var output: CalcOutputOptions { get }
    /// The options given, as a call of the calculator (what `calc eval` would take).
    func call() throws -> CalcCall
}

extension CalculatorCommand {
    static var otherOptions: Set<String> { [] }
    static var fileArguments: Set<String> { [] }

    func run() throws {
        try CalcOutput.print(try call(), output)
    }
}
