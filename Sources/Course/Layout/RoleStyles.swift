/// The one theme of layout roles: what each `Style` role (heading, code, link,
/// callout…) looks like on a terminal, in colour and in monochrome. The app
/// draws these cells and `read`, `calc` and `stats` print the same cells as ANSI.
extension Style {
    /// The cell style of this role combination. Roles combine: attributes add
    /// up and the most specific colour wins.
    public var cellStyle: CellStyle {
        if isEmpty { return .plain }
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
        if contains(.quote) { add(.italic) }
        if contains(.calloutNote) { colour(.brightBlue) }
        if contains(.calloutTip) { colour(.green) }
        if contains(.calloutMistake) { colour(.red) }
        if contains(.frame) || contains(.tableBorder) { colour(.cyan) }
        if contains(.math) { colour(.brightMagenta) }
        if contains(.code) { colour(.yellow) }
        if contains(.codeString) { colour(.green) }
        if contains(.codeNumber) { colour(.cyan) }
        if contains(.codeKeyword) { colour(.magenta, [.bold], monochrome: [.bold]) }
        if contains(.codeComment) { colour(.brightBlack, [.italic], monochrome: [.dim]) }
        if contains(.accent) { colour(.cyan) }
        if contains(.good) { colour(.green, [.bold], monochrome: [.bold]) }
        if contains(.bad) { colour(.red, [.bold], monochrome: [.bold]) }
        if contains(.warning) { colour(.yellow) }
        if contains(.link) { colour(.brightBlue, [.underline], monochrome: [.underline]) }
        if contains(.heading1) { colour(.brightCyan, [.bold], monochrome: [.bold, .underline]) }
        if contains(.heading2) { colour(.cyan, [.bold], monochrome: [.bold]) }
        if contains(.heading3) || contains(.heading4) || contains(.heading5) || contains(.heading6) { add(.bold) }
        if contains(.strong) || contains(.tableHeader) { add(.bold) }
        if contains(.emphasis) { add(.italic) }
        if contains(.dim) || contains(.strikethrough) { add(.dim) }
        return style
    }
}
