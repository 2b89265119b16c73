import ArgumentParser
import Course
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The help of a `calc` subcommand, written from its calculator's arguments:
/// the usage line and the list of options (ArgumentParser lists only the
/// options a command declares itself), laid out at the width ArgumentParser
/// lays out the rest, so it keeps each line as it is.
enum CalcHelp {
    /// Where ArgumentParser starts an option's help.
    static let helpColumn = 26

    static func configuration(_ calculator: any Calculator.Type, abstract: String? = nil, discussion: String? = nil,
                              extraUsage: String = "") -> CommandConfiguration {
        CommandConfiguration(
            commandName: calculator.name,
            abstract: abstract ?? calculator.summary,
            usage: usage(calculator, extra: extraUsage, width: width),
            discussion: ([discussion, optionsByCalculator[calculator.name]]).compactMap { $0 }.joined(separator: "\n\n"))
    }

    /// Each calculator's list of options, laid out once: ArgumentParser reads a
    /// command's configuration several times whenever it starts, help or not.
    static let optionsByCalculator: [String: String] =
        Dictionary(uniqueKeysWithValues: Calculators.all.map { ($0.name, options($0, width: width)) })

    /// The width of this process's help, read once.
    static let width = screenWidth

    /// The width ArgumentParser lays out help at: `COLUMNS`, else the terminal's, else 80.
    static var screenWidth: Int {
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// `dli-tutor calc elo [--ra <ra>] …`, wrapped between options; ArgumentParser
    /// puts it after `USAGE: ` and indents the lines after the first by as much.
    static func usage(_ calculator: any Calculator.Type, extra: String, width: Int) -> String {
        let words = ["dli-tutor calc \(calculator.name)"] + calculator.arguments.map { "[\(synopsis($0))]" }
            + [extra, "[--json]", "[--color <auto|always|never>]"].filter { !$0.isEmpty }
        let margin = "USAGE: ".count
        return wrapped(words, width: width - 1 - margin).joined(separator: "\n")
    }

    /// `--ra <ra>`, `--[no-]stem`.
    static func synopsis(_ argument: CalcArgument) -> String {
        if argument.isSwitch { return "--[no-]" + argument.option.dropFirst(2) }
        return "\(argument.option) <\(argument.valueName ?? String(argument.option.dropFirst(2)))>"
    }

    /// `CALCULATOR OPTIONS:` and one entry an argument, its help beside it or,
    /// for a long option, under it (in the column ArgumentParser uses).
    static func options(_ calculator: any Calculator.Type, width: Int) -> String {
        var lines = ["CALCULATOR OPTIONS (also key=value, as in `calc eval`):"]
        let indent = String(repeating: " ", count: helpColumn)
        for argument in calculator.arguments {
            let name = "  " + synopsis(argument)
            let help = wrapped(argument.help.split(separator: " ").map(String.init), width: max(20, width - 1 - helpColumn))
            if name.count < helpColumn {
                lines.append(name + String(repeating: " ", count: helpColumn - name.count) + help[0])
            } else {
                lines += [name, indent + help[0]]
            }
            lines += help.dropFirst().map { indent + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// `words` joined by spaces in lines of at most `width` characters (a longer word alone).
    static func wrapped(_ words: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }
}
