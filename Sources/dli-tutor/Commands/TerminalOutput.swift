import Course
import Foundation

/// How a command prints styled lines on standard output: the ANSI mode (colour
/// on a terminal, attributes only under `NO_COLOR`, none in a pipe, with
/// `--plain` or `TERM=dumb`), the glyphs (ASCII under `TERM=dumb`) and the width.
struct TerminalOutput {
    var mode: ANSI.Mode
    var theme: Theme
    var width: Int

    /// The widths `--width` accepts; `COLUMNS` and the terminal are held to the same range.
    static let widths = 20...1000

    static func standardOutput(plain: Bool = false, width: Int? = nil, color: ColorChoice = .auto,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalOutput {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        return TerminalOutput(
            mode: plain ? .plain : color.mode(isTerminal: isTerminal, environment: environment),
            theme: environment["TERM"] == "dumb" ? .ascii : .unicode,
            width: width ?? terminalWidth(isTerminal: isTerminal, environment: environment))
    }

    /// The terminal's columns, else `COLUMNS`, else 80 (held to `widths`).
    static func terminalWidth(isTerminal: Bool, environment: [String: String]) -> Int {
        var size = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= widths.lowerBound {
            return min(Int(size.ws_col), widths.upperBound)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), widths.contains(columns) { return columns }
        return 80
    }

    /// The lines as terminal text, one per line.
    func write(_ lines: [StyledLine]) {
        var out = ANSI.render(lines, mode: mode).joined(separator: "\n")
        out += "\n"
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
