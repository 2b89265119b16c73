import ArgumentParser
import Course

/// The help of a `calc` subcommand, written from its calculator's arguments:
/// the usage line and the list of options (ArgumentParser lists only the
/// options a command declares itself).
enum CalcHelp {
    /// Help lines are laid out for this width (ArgumentParser keeps a line that fits).
    static let width = 80
    static let helpColumn = 26

    static func configuration(_ calculator: any Calculator.Type, abstract: String? = nil, discussion: String? = nil,
                              extraUsage: String = "") -> CommandConfiguration {
        CommandConfiguration(
            commandName: calculator.name,
            abstract: abstract ?? calculator.summary,
            usage: usage(calculator, extra: extraUsage),
            discussion: ([discussion] + [options(calculator)]).compactMap { $0 }.joined(separator: "\n\n"))
    }

    static func usage(_ calculator: any Calculator.Type, extra: String) -> String {
        let options = calculator.arguments.map { "[\(synopsis($0))]" }
        return (["dli-tutor calc \(calculator.name)"] + options + [extra, "[--json] [--color <auto|always|never>]"])
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `--ra <ra>`, `--[no-]stem`.
    static func synopsis(_ argument: CalcArgument) -> String {
        if argument.isSwitch { return "--[no-]" + argument.option.dropFirst(2) }
        return "\(argument.option) <\(argument.valueName ?? String(argument.option.dropFirst(2)))>"
    }

    /// `CALCULATOR OPTIONS:` and one entry an argument, its help wrapped beside it.
    static func options(_ calculator: any Calculator.Type) -> String {
        var lines = ["CALCULATOR OPTIONS (also key=value, as in `calc eval`):"]
        for argument in calculator.arguments {
            let name = "  " + synopsis(argument)
            let words = argument.help.split(separator: " ").map(String.init)
            var line = name.count < helpColumn ? name.padding(toLength: helpColumn, withPad: " ", startingAt: 0) : nil
            if line == nil {
                lines.append(name)
            }
            for word in words {
                let current = line ?? String(repeating: " ", count: helpColumn)
                if current.count > helpColumn, current.count + 1 + word.count > width - 1 {
                    lines.append(current)
                    line = String(repeating: " ", count: helpColumn) + word
                } else {
                    line = current + (current.count > helpColumn ? " " : "") + word
                }
            }
            if let line { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }
}
