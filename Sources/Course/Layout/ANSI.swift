/// Styled lines as terminal text with ANSI SGR escape sequences — or without any, for
/// pipes and `NO_COLOR`. The only code that writes escape sequences: it prints the
/// cell styles the app draws (`Style.cellStyle`), so a lesson, a calculator and
/// the stats look the same in the app and on standard output. Pure: returns
/// strings; printing is the caller's job.
public enum ANSI {
    /// How much of the styling reaches the terminal.
    public enum Mode: Sendable, Equatable {
        /// Colours and attributes (16-colour palette, so any terminal theme applies).
        case color
        /// The monochrome attributes (bold, italic, underline, dim, reverse): `NO_COLOR` is set.
        case noColor
        /// No escape sequences at all: not a terminal, or `TERM=dumb`.
        case plain
    }

    /// The mode for an output stream: plain unless it is a terminal; no colour when
    /// `NO_COLOR` is set (to anything non-empty) or `TERM=dumb`.
    public static func mode(isTerminal: Bool, environment: [String: String]) -> Mode {
        guard isTerminal else { return .plain }
        if environment["TERM"] == "dumb" { return .plain }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .noColor }
        return .color
    }

    /// One line of terminal text.
    public static func render(_ line: StyledLine, mode: Mode) -> String {
        guard mode != .plain else { return sanitized(line.text) }
        var out = ""
        var open = ""
        for span in line.spans {
            let codes = parameters(for: span.style.cellStyle, mode: mode)
            if codes != open {
                if !open.isEmpty { out += "\u{1B}[0m" }
                if !codes.isEmpty { out += "\u{1B}[" + codes + "m" }
                open = codes
            }
            out += sanitized(span.text)
        }
        if !open.isEmpty { out += "\u{1B}[0m" }
        return out
    }

    /// Every line, in order.
    /// Moves the cursor to a cell (0-based; the sequence counts from 1).
    public static func cursorPosition(x: Int, y: Int) -> String {
        "\u{1B}[\(y + 1);\(x + 1)H"
    }

    public static func render(_ lines: [StyledLine], mode: Mode) -> [String] {
        lines.map { render($0, mode: mode) }
    }

    /// The SGR parameters (`1;36`) that show a cell style, or "" for plain text.
    public static func parameters(for style: CellStyle, mode: Mode) -> String {
        guard mode != .plain else { return "" }
        let attributes = mode == .color ? style.attributes : style.monochrome
        var codes: [String] = []
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.italic) { codes.append("3") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        if mode == .color {
            if let index = style.foreground.index { codes.append(String(index < 8 ? 30 + index : 82 + index)) }
            if let index = style.background.index { codes.append(String(index < 8 ? 40 + index : 92 + index)) }
        }
        return codes.joined(separator: ";")
    }

    /// Text with any control character replaced, so content can never drive the terminal.
    static func sanitized(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            out.append(v < 0x20 || (v >= 0x7F && v <= 0x9F) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }
}
