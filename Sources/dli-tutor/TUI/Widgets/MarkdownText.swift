import Course

/// Question stems, options and explanations (Markdown, code included) as
/// styled lines, laid out by the Markdown engine (`TerminalLayout`, the
/// reader's) with its roles drawn in their cell styles (`Style.cellStyle`).
enum MarkdownText {
    /// The lines of `markdown` at `width` columns, without blank lines around
    /// them; `base` (a marked or selected option) overrides the roles' colours.
    static func lines(_ markdown: String, width: Int, base: CellStyle = Palette.plain) -> [RichLine] {
        let rendered = TerminalLayout.render(MarkdownParser.parse(markdown), width: max(1, width), theme: .unicode)
        var lines = rendered.lines.map { line in
            RichLine(line.spans.map { span in
                RichLine.Span(text: span.text, style: span.style.cellStyle.merged(with: base))
            })
        }
        while lines.last.map({ $0.text.allSatisfy { $0 == " " } }) == true { lines.removeLast() }
        while lines.first.map({ $0.text.allSatisfy { $0 == " " } }) == true { lines.removeFirst() }
        return lines
    }
}
