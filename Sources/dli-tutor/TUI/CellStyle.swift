/// How one cell looks: colours and attributes, plus the attributes to use
/// instead of colour on a monochrome terminal or under `NO_COLOR`, so that
/// a selection or a search hit never depends on colour alone.
struct CellStyle: Hashable, Sendable {
    var foreground: TerminalColor = .default
    var background: TerminalColor = .default
    var attributes: CellAttributes = []
    /// Replaces `attributes` when colours are off.
    var monochrome: CellAttributes = []

    init(_ foreground: TerminalColor = .default, on background: TerminalColor = .default,
         _ attributes: CellAttributes = [], monochrome: CellAttributes? = nil) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochrome = monochrome ?? attributes
    }

    static let plain = CellStyle()

    /// This style with extra attributes (in colour and in monochrome).
    func adding(_ extra: CellAttributes) -> CellStyle {
        var copy = self
        copy.attributes.formUnion(extra)
        copy.monochrome.formUnion(extra)
        return copy
    }

    /// `overlay`'s colours and attributes where it sets them, this style's elsewhere.
    func merged(with overlay: CellStyle) -> CellStyle {
        var copy = self
        if overlay.foreground != .default { copy.foreground = overlay.foreground }
        if overlay.background != .default { copy.background = overlay.background }
        copy.attributes.formUnion(overlay.attributes)
        copy.monochrome.formUnion(overlay.monochrome)
        return copy
    }
}

/// The 16 ANSI colours and the terminal's default. Bright colours fall back to
/// the base colour in bold on 8-colour terminals.
enum TerminalColor: UInt8, Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The curses colour number (0…15), nil for the default colour.
    var index: Int? {
        self == .default ? nil : Int(rawValue) - 1
    }
}

/// Text attributes a terminal can show.
struct CellAttributes: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = CellAttributes(rawValue: 1 << 0)
    static let dim = CellAttributes(rawValue: 1 << 1)
    static let italic = CellAttributes(rawValue: 1 << 2)
    static let underline = CellAttributes(rawValue: 1 << 3)
    static let reverse = CellAttributes(rawValue: 1 << 4)
}
