import Course

extension Palette {
    /// The colours of a layout role (`Style`): headings, code, links, callouts…
    /// Roles combine; attributes add up and the most specific colour wins.
    static func style(for role: Style) -> CellStyle {
        if role.isEmpty { return .plain }
        var style = CellStyle.plain
        func colour(_ color: TerminalColor, _ attributes: CellAttributes = [], monochrome: CellAttributes = []) {
            style.foreground = color
            style.attributes.formUnion(attributes)
            style.monochrome.formUnion(monochrome)
        }
        func add(_ attributes: CellAttributes) {
            style.attributes.formUnion(attributes)
            style.monochrome.formUnion(attributes)
        }
        if role.contains(.quote) { add(.italic) }
        if role.contains(.calloutNote) { colour(.brightBlue) }
        if role.contains(.calloutTip) { colour(.green) }
        if role.contains(.calloutMistake) { colour(.red) }
        if role.contains(.frame) || role.contains(.tableBorder) { colour(.cyan) }
        if role.contains(.math) { colour(.brightMagenta) }
        if role.contains(.code) { colour(.yellow) }
        if role.contains(.codeString) { colour(.green) }
        if role.contains(.codeNumber) { colour(.cyan) }
        if role.contains(.codeKeyword) { colour(.magenta, [.bold], monochrome: [.bold]) }
        if role.contains(.codeComment) { colour(.brightBlack, [.italic], monochrome: [.dim]) }
        if role.contains(.accent) { colour(.cyan) }
        if role.contains(.good) { colour(.green, [.bold], monochrome: [.bold]) }
        if role.contains(.bad) { colour(.red, [.bold], monochrome: [.bold]) }
        if role.contains(.warning) { colour(.yellow) }
        if role.contains(.link) { colour(.brightBlue, [.underline], monochrome: [.underline]) }
        if role.contains(.heading1) { colour(.brightCyan, [.bold], monochrome: [.bold, .underline]) }
        if role.contains(.heading2) { colour(.cyan, [.bold], monochrome: [.bold]) }
        if role.contains(.heading3) || role.contains(.heading4) || role.contains(.heading5) || role.contains(.heading6) { add(.bold) }
        if role.contains(.strong) || role.contains(.tableHeader) { add(.bold) }
        if role.contains(.emphasis) { add(.italic) }
        if role.contains(.dim) || role.contains(.strikethrough) { add(.dim) }
        return style
    }
}

extension Frame {
    /// Writes a laid-out line in the palette's colours; returns the column after it.
    @discardableResult
    mutating func write(_ line: StyledLine, x: Int, y: Int, maxX: Int? = nil) -> Int {
        var column = x
        for span in line.spans {
            column = write(span.text, x: column, y: y, style: Palette.style(for: span.style), maxX: maxX)
        }
        return column
    }
}
