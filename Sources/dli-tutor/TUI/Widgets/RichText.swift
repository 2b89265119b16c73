import Course

/// One line of styled text: spans drawn left to right, and an optional style
/// for the whole row behind them (a selected option).
struct RichLine: Equatable, Sendable {
    struct Span: Equatable, Sendable {
        var text: String
        var style: CellStyle
    }

    var spans: [Span]
    /// Fills the row's full width before the spans are drawn.
    var background: CellStyle?

    init(_ spans: [Span] = [], background: CellStyle? = nil) {
        self.spans = spans
        self.background = background
    }

    init(_ text: String, style: CellStyle = .plain) {
        self.init([Span(text: text, style: style)])
    }

    static let blank = RichLine()

    var text: String { spans.map(\.text).joined() }
}

/// Building and drawing lists of `RichLine`s: wrapped paragraphs with hanging
/// indents, and a scrolled window of lines in a rectangle.
enum RichText {
    /// `text` wrapped at `width` columns; the first line starts with `first`, the
    /// others with `rest` (both of the same width, e.g. `"a) "` and `"   "`).
    static func wrap(_ text: String, width: Int, style: CellStyle, first: RichLine.Span? = nil,
                     rest: String = "") -> [RichLine] {
        let indent = first.map { DisplayWidth.of($0.text) } ?? DisplayWidth.of(rest)
        let lines = TextFit.wrap(text, width: max(1, width - indent))
        return lines.enumerated().map { index, line in
            let lead = index == 0 ? first : (rest.isEmpty ? nil : RichLine.Span(text: rest, style: style))
            return RichLine((lead.map { [$0] } ?? []) + [RichLine.Span(text: line, style: style)])
        }
    }

    /// Draws `lines` from index `top` into `rect`, one per row; returns the rows drawn.
    @discardableResult
    static func draw(_ lines: [RichLine], into frame: inout Frame, in rect: Rect, from top: Int = 0) -> Int {
        guard rect.height > 0, rect.width > 0 else { return 0 }
        let start = max(0, min(top, lines.count))
        let shown = lines[start...].prefix(rect.height)
        for (row, line) in shown.enumerated() {
            let y = rect.y + row
            if let background = line.background { frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: background) }
            var x = rect.x
            for span in line.spans {
                x = frame.write(span.text, x: x, y: y, style: span.style, maxX: rect.maxX)
            }
        }
        return shown.count
    }

    /// Draws a scrolled window of `lines` like `draw`, with ↑ and ↓ in the column
    /// right of `rect` when there is more above or below (never over the text).
    static func drawScrolled(_ lines: [RichLine], into frame: inout Frame, in rect: Rect, from top: Int) {
        let start = min(top, max(0, lines.count - rect.height))
        draw(lines, into: &frame, in: rect, from: start)
        if start > 0 { frame.write("↑", x: rect.maxX + 1, y: rect.y, style: Palette.footerStatus) }
        if start + rect.height < lines.count { frame.write("↓", x: rect.maxX + 1, y: rect.maxY - 1, style: Palette.footerStatus) }
    }
}
