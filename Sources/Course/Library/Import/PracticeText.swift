/// What a reader sees of a lesson's blocks, for finding question labels, option
/// letters and answer keys: the text without markup (math keeps its dollars, as
/// written), blocks joined by spaces, whitespace runs as one space.
enum PracticeText {
    static func plain(_ blocks: [MarkdownBlock]) -> String {
        var parts: [String] = []
        MarkdownBlock.visit(blocks) { block in
            switch block.kind {
            case .code(_, let text): parts.append(text)
            case .math(let source): parts.append("$$" + source + "$$")
            default: parts += block.inlineContent.map(plain)
            }
        }
        return collapsed(parts.joined(separator: " "))
    }

    static func plain(_ inlines: [MarkdownInline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s), .html(let s): out += s
            case .math(let source, let display): out += display ? "$$" + source + "$$" : "$" + source + "$"
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c): out += plain(c)
            case .image(_, _, let alt): out += alt
            case .softBreak, .hardBreak: out += " "
            }
        }
        return collapsed(out)
    }

    /// Spaces, tabs, line breaks and no-break spaces as single spaces, none at the ends.
    static func collapsed(_ text: String) -> String {
        text.collapsingSpaces { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" }
    }
}
