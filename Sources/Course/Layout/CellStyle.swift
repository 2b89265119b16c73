/// How one cell looks: colours and attributes, plus the attributes to use
/// instead of colour on a monochrome terminal or under `NO_COLOR`, so that
/// a selection or a search hit never depends on colour alone.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor = .default
    public var background: TerminalColor = .default
    public var attributes: CellAttributes = []
    /// Replaces `attributes` when colours are off.
    public var monochrome: CellAttributes = []

    public init(_ foreground: TerminalColor = .default, on background: TerminalColor = .default,
         _ attributes: CellAttributes = [], monochrome: CellAttributes? = nil) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochrome = monochrome ?? attributes
    }

    public static let plain = CellStyle()

    /// This style with extra attributes (in colour and in monochrome).
    public func adding(_ extra: CellAttributes) -> CellStyle {
        var copy = self
        copy.attributes.formUnion(extra)
        copy.monochrome.formUnion(extra)
        return copy
    }

    /// `overlay`'s colours and attributes where it sets them, this style's elsewhere.
    public func merged(with overlay: CellStyle) -> CellStyle {
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
public enum TerminalColor: UInt8, Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The curses colour number (0…15), nil for the default colour.
    public var index: Int? {
        self == .default ? nil : Int(rawValue) - 1
    }
}

/// Text attributes a terminal can show.
public struct CellAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = CellAttributes(rawValue: 1 << 0)
    public static let dim = CellAttributes(rawValue: 1 << 1)
    public static let italic = CellAttributes(rawValue: 1 << 2)
    public static let underline = CellAttributes(rawValue: 1 << 3)
    public static let reverse = CellAttributes(rawValue: 1 << 4)
}
