/// The glyphs a layout draws with — Unicode box drawing or an ASCII fallback — and
/// presentation choices that change the text (not colours: those belong to the
/// terminal front end or `ANSI`).
public struct Theme: Sendable, Equatable {
    /// How external links show their URL.
    public enum LinkStyle: Sendable, Equatable {
        /// `text (https://…)` with the URL dimmed.
        case inline
        /// `text[1]`, with the URLs listed under the document.
        case footnotes
    }

    /// Corner, edge and junction pieces of a box.
    public struct Box: Sendable, Equatable {
        public var topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: String
        public var teeDown, teeUp, teeRight, teeLeft, cross: String
        /// The horizontal piece of the rule under a table's header row.
        public var headerHorizontal: String
    }

    /// Bullets by nesting depth (cycled).
    public var bullets: [String]
    /// Task list boxes: open and checked.
    public var taskOpen: String
    public var taskDone: String
    /// The bar left of quotes and of callouts.
    public var quoteBar: String
    public var calloutBar: String
    /// The mark before a callout's label, per kind.
    public var calloutMarks: [CalloutKind: String]
    /// Thematic breaks and H2 underlines.
    public var rule: String
    /// H1 underlines.
    public var heavyRule: String
    /// Tables.
    public var box: Box
    /// Calculator and figure panels.
    public var panel: Box
    /// Between a code block's line numbers and its text.
    public var codeGutter: String
    /// Marks a code line cut at the right edge.
    public var clipMarker: String
    /// Before a `<details>` summary and an image placeholder.
    public var detailsMarker: String
    public var imageMarker: String
    /// Before a calculator's headline result.
    public var resultMarker: String
    /// Before a calculator's syntax or formula error.
    public var errorMarker: String
    /// Bar chart pieces: the full block and the partial eighths, smallest first.
    public var barFull: String
    public var barPartials: [String]
    /// Sparkline levels, lowest first.
    public var sparkline: [String]
    public var linkStyle: LinkStyle
    /// Number the lines of code blocks (not of `text` diagrams).
    public var codeLineNumbers: Bool

    /// Unicode box drawing, the default for UTF-8 terminals.
    public static let unicode = Theme(
        bullets: ["•", "◦", "▪"], taskOpen: "☐", taskDone: "☑", quoteBar: "│", calloutBar: "┃",
        calloutMarks: [.examTip: "★", .commonMistake: "✗", .note: "✱"], rule: "─", heavyRule: "━",
        box: .unicode, panel: .unicodeRounded,
        codeGutter: "│", clipMarker: "→", detailsMarker: "▾", imageMarker: "▣", resultMarker: "⇒", errorMarker: "✗",
        barFull: "█", barPartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"],
        sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], linkStyle: .inline, codeLineNumbers: true)

    /// Plain ASCII for terminals without Unicode line drawing (`TERM=dumb`, old consoles).
    public static let ascii = Theme(
        bullets: ["*", "-", "+"], taskOpen: "[ ]", taskDone: "[x]", quoteBar: "|", calloutBar: "!",
        calloutMarks: [.examTip: "*", .commonMistake: "x", .note: "i"], rule: "-", heavyRule: "=",
        box: .ascii(headerHorizontal: "="), panel: .ascii(headerHorizontal: "-"),
        codeGutter: "|", clipMarker: ">", detailsMarker: "v", imageMarker: "[img]", resultMarker: "=>", errorMarker: "x",
        barFull: "#", barPartials: [], sparkline: [".", ":", "-", "=", "+", "*", "#", "@"], linkStyle: .inline,
        codeLineNumbers: true)
}

extension Theme.Box {
    /// Light lines with square corners (tables).
    static let unicode = Theme.Box(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤", cross: "┼", headerHorizontal: "─")

    /// `unicode` with rounded corners (panels).
    static var unicodeRounded: Theme.Box {
        var box = unicode
        (box.topLeft, box.topRight, box.bottomLeft, box.bottomRight) = ("╭", "╮", "╰", "╯")
        return box
    }

    /// `+` corners and junctions, `-` and `|` edges; `headerHorizontal` under a table's header row.
    static func ascii(headerHorizontal: String) -> Theme.Box {
        Theme.Box(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
                  teeDown: "+", teeUp: "+", teeRight: "+", teeLeft: "+", cross: "+", headerHorizontal: headerHorizontal)
    }
}
