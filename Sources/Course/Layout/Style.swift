/// What a piece of text is, not how it looks: a theme (the ncurses reader) or the
/// `ANSI` converter decides colour and attributes, and `NO_COLOR` can drop them.
/// Roles combine (strong text inside a link inside a callout).
public struct Style: OptionSet, Hashable, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let heading1 = Style(rawValue: 1 << 0)
    public static let heading2 = Style(rawValue: 1 << 1)
    public static let heading3 = Style(rawValue: 1 << 2)
    public static let heading4 = Style(rawValue: 1 << 3)
    public static let heading5 = Style(rawValue: 1 << 4)
    public static let heading6 = Style(rawValue: 1 << 5)
    public static let strong = Style(rawValue: 1 << 6)
    public static let emphasis = Style(rawValue: 1 << 7)
    public static let strikethrough = Style(rawValue: 1 << 8)
    /// Inline code and code-block text.
    public static let code = Style(rawValue: 1 << 9)
    public static let codeKeyword = Style(rawValue: 1 << 10)
    public static let codeString = Style(rawValue: 1 << 11)
    public static let codeComment = Style(rawValue: 1 << 12)
    public static let codeNumber = Style(rawValue: 1 << 13)
    public static let link = Style(rawValue: 1 << 14)
    /// Secondary text: URLs, gutters, captions, clipping marks.
    public static let dim = Style(rawValue: 1 << 15)
    public static let accent = Style(rawValue: 1 << 16)
    public static let good = Style(rawValue: 1 << 17)
    public static let bad = Style(rawValue: 1 << 18)
    public static let warning = Style(rawValue: 1 << 19)
    public static let quote = Style(rawValue: 1 << 20)
    public static let math = Style(rawValue: 1 << 21)
    public static let tableBorder = Style(rawValue: 1 << 22)
    public static let tableHeader = Style(rawValue: 1 << 23)
    public static let calloutTip = Style(rawValue: 1 << 24)
    public static let calloutMistake = Style(rawValue: 1 << 25)
    public static let calloutNote = Style(rawValue: 1 << 26)
    /// Borders and labels of code blocks and calculator boxes.
    public static let frame = Style(rawValue: 1 << 27)

    /// No role: ordinary text.
    public static let plain: Style = []

    /// The heading role for a level 1…6 (levels outside are clamped).
    public static func heading(_ level: Int) -> Style {
        Style(rawValue: 1 << UInt64(min(max(level, 1), 6) - 1))
    }

    /// The named roles this style holds, for snapshots and debugging (`strong+link`).
    public var names: [String] {
        Style.allNamed.filter { contains($0.1) }.map(\.0)
    }

    static let allNamed: [(String, Style)] = [
        ("h1", .heading1), ("h2", .heading2), ("h3", .heading3), ("h4", .heading4),
        ("h5", .heading5), ("h6", .heading6), ("strong", .strong), ("em", .emphasis),
        ("strike", .strikethrough), ("code", .code), ("keyword", .codeKeyword),
        ("string", .codeString), ("comment", .codeComment), ("number", .codeNumber),
        ("link", .link), ("dim", .dim), ("accent", .accent), ("good", .good), ("bad", .bad),
        ("warning", .warning), ("quote", .quote), ("math", .math), ("border", .tableBorder),
        ("th", .tableHeader), ("tip", .calloutTip), ("mistake", .calloutMistake),
        ("note", .calloutNote), ("frame", .frame),
    ]
}

/// A run of text in one style.
public struct StyledSpan: Equatable, Hashable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One terminal line of styled text; its display width never exceeds the layout width.
/// Stored as one string plus style runs, so long documents cost few allocations.
public struct StyledLine: Equatable, Hashable, Sendable {
    /// The text without styles.
    public private(set) var text: String
    /// Style runs: each ends at a UTF-8 offset of `text`; adjacent runs differ in style.
    private var runs: [Run]

    private struct Run: Equatable, Hashable, Sendable {
        var style: Style
        var end: Int
    }

    public init(_ spans: [StyledSpan] = []) {
        text = ""
        runs = []
        for span in spans { append(span.text, span.style) }
    }

    /// The line as spans of one style each (adjacent spans differ in style).
    public var spans: [StyledSpan] {
        var out: [StyledSpan] = []
        out.reserveCapacity(runs.count)
        var start = 0
        let utf8 = text.utf8
        for run in runs {
            let from = utf8.index(utf8.startIndex, offsetBy: start)
            let to = utf8.index(utf8.startIndex, offsetBy: run.end)
            out.append(StyledSpan(String(text[from..<to]), run.style))
            start = run.end
        }
        return out
    }

    /// Whether the line has no text.
    public var isEmpty: Bool { text.isEmpty }

    /// Columns occupied on a terminal.
    public var width: Int { DisplayWidth.of(text) }

    /// Appends text in a style, extending the last run when the style is the same.
    public mutating func append(_ piece: String, _ style: Style = .plain) {
        guard !piece.isEmpty else { return }
        text += piece
        extendRuns(style)
    }

    /// Appends part of a string in a style.
    public mutating func append(_ piece: Substring, _ style: Style = .plain) {
        guard !piece.isEmpty else { return }
        text.append(contentsOf: piece)
        extendRuns(style)
    }

    private mutating func extendRuns(_ style: Style) {
        let end = text.utf8.count
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].end = end
        } else {
            if runs.count == 1 { runs.reserveCapacity(6) }
            runs.append(Run(style: style, end: end))
        }
    }

    /// Appends another line's spans.
    public mutating func append(contentsOf line: StyledLine) {
        guard !line.runs.isEmpty else { return }
        let offset = text.utf8.count
        text += line.text
        for (k, run) in line.runs.enumerated() {
            if k == 0, let last = runs.last, last.style == run.style {
                runs[runs.count - 1].end = run.end + offset
            } else {
                runs.append(Run(style: run.style, end: run.end + offset))
            }
        }
    }

    /// Removes spaces at the end of the line.
    public mutating func trimTrailingSpaces() {
        var count = 0
        for b in text.utf8.reversed() {
            guard b == 0x20 else { break }
            count += 1
        }
        guard count > 0 else { return }
        text.removeLast(count)
        let end = text.utf8.count
        while !runs.isEmpty, (runs.count > 1 ? runs[runs.count - 2].end >= end : end == 0) { runs.removeLast() }
        if !runs.isEmpty { runs[runs.count - 1].end = end }
    }

    /// The text with style names in braces where a style applies: `{strong|Note:} text`.
    public var markup: String {
        spans.map { span in
            span.style.isEmpty ? span.text : "{\(span.style.names.joined(separator: "+"))|\(span.text)}"
        }.joined()
    }
}
