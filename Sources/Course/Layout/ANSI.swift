/// Styled lines as terminal text with ANSI SGR escape sequences — or without any, for
/// pipes and `NO_COLOR`. Pure: returns strings; printing is the caller's job.
public enum ANSI {
    /// How much of the styling reaches the terminal.
    public enum Mode: Sendable, Equatable {
        /// Colours and attributes (16-colour palette, so any terminal theme applies).
        case color
        /// Attributes only (bold, italic, underline, dim): `NO_COLOR` is set.
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
            let codes = parameters(for: span.style, mode: mode)
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
    public static func render(_ lines: [StyledLine], mode: Mode) -> [String] {
        lines.map { render($0, mode: mode) }
    }

    /// The SGR parameters (`1;36`) that show a style, or "" for plain text.
    public static func parameters(for style: Style, mode: Mode) -> String {
        guard mode != .plain, !style.isEmpty else { return "" }
        var codes: [String] = []
        let headings: Style = [.heading1, .heading2, .heading3, .heading4, .heading5, .heading6]
        if !style.isDisjoint(with: headings.union([.strong, .tableHeader])) { codes.append("1") }
        if !style.isDisjoint(with: [.dim, .frame, .tableBorder]) || (mode == .noColor && style.contains(.codeComment)) {
            codes.append("2")
        }
        if !style.isDisjoint(with: [.emphasis, .quote, .codeComment]) { codes.append("3") }
        if !style.isDisjoint(with: [.link, .heading1]) { codes.append("4") }
        if style.contains(.strikethrough) { codes.append("9") }
        if mode == .color, let color = foreground(style) { codes.append(color) }
        return codes.joined(separator: ";")
    }

    /// The foreground colour of the most specific role present.
    static func foreground(_ style: Style) -> String? {
        let order: [(Style, String)] = [
            (.bad, "31"), (.warning, "33"), (.good, "32"), (.calloutMistake, "31"), (.calloutTip, "32"),
            (.calloutNote, "34"), (.link, "34"), (.codeKeyword, "35"), (.codeString, "32"), (.codeComment, "90"),
            (.codeNumber, "33"), (.code, "36"), (.math, "33"), (.heading1, "95"), (.heading2, "96"), (.heading3, "94"),
            (.heading4, "94"), (.accent, "36"), (.frame, "90"), (.tableBorder, "90"),
        ]
        return order.first { style.contains($0.0) }?.1
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
