import Course

/// How the Markdown engine's roles (`Style`) look on screen. Roles combine
/// (strong code in a callout), so each adds its colour or attribute on top.
extension Palette {
    static func style(for role: Style) -> CellStyle {
        guard !role.isEmpty else { return plain }
        var style = CellStyle.plain
        for (member, look) in roleLooks where role.contains(member) { style = style.merged(with: look) }
        return style
    }

    /// In order of precedence: later entries override the colours of earlier ones.
    private static let roleLooks: [(Style, CellStyle)] = [
        (.quote, CellStyle(.default, on: .default, [.italic])),
        (.calloutNote, CellStyle(.brightBlue, on: .default, [], monochrome: [])),
        (.calloutTip, CellStyle(.green, on: .default, [], monochrome: [])),
        (.calloutMistake, CellStyle(.red, on: .default, [], monochrome: [])),
        (.tableBorder, border), (.frame, border),
        (.tableHeader, CellStyle(.default, on: .default, [.bold])),
        (.dim, CellStyle(.default, on: .default, [.dim])),
        (.heading4, bold), (.heading5, bold), (.heading6, bold),
        (.heading3, title), (.heading2, title), (.heading1, title.adding(.underline)),
        (.strong, CellStyle(.default, on: .default, [.bold])),
        (.emphasis, CellStyle(.default, on: .default, [.italic])),
        (.strikethrough, CellStyle(.default, on: .default, [.dim], monochrome: [.dim])),
        (.math, CellStyle(.brightCyan, on: .default, [], monochrome: [])),
        (.code, code),
        (.codeKeyword, CellStyle(.brightMagenta, on: .default, [.bold], monochrome: [.bold])),
        (.codeString, CellStyle(.yellow, on: .default, [], monochrome: [])),
        (.codeNumber, CellStyle(.cyan, on: .default, [], monochrome: [])),
        (.codeComment, CellStyle(.brightBlack, on: .default, [.italic], monochrome: [.dim])),
        (.link, CellStyle(.brightBlue, on: .default, [.underline])),
        (.accent, accent), (.good, good), (.bad, bad), (.warning, warning),
    ]
}
