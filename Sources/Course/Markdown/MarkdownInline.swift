/// Inline content of a paragraph, heading, list item or table cell.
public enum MarkdownInline: Equatable, Sendable {
    case text(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    case code(String)
    /// LaTeX source without its dollars; `display` for `$$…$$`.
    case math(String, display: Bool)
    case link(url: String, title: String?, content: [MarkdownInline])
    /// `alt` is the plain text of the image description.
    case image(url: String, title: String?, alt: String)
    /// A line break inside a paragraph that the layout may reflow.
    case softBreak
    /// A forced line break (two trailing spaces, a trailing backslash, `<br>`).
    case hardBreak
    /// Raw inline HTML (a tag, comment, declaration…) as written; only parsed with `MarkdownOptions.rawHTML`.
    case html(String)

    /// The text a reader sees, without markup (math as its source).
    public static func plainText(_ inlines: [MarkdownInline]) -> String {
        var out = ""
        for inline in inlines { inline.appendPlainText(to: &out) }
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch self {
        case .text(let s), .code(let s), .html(let s): out += s
        case .math(let s, _): out += s
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c):
            for inline in c { inline.appendPlainText(to: &out) }
        case .image(_, _, let alt): out += alt
        case .softBreak, .hardBreak: out += " "
        }
    }

    /// Calls `body` for every inline of the tree, parents before children.
    public static func visit(_ inlines: [MarkdownInline], _ body: (MarkdownInline) -> Void) {
        for inline in inlines {
            body(inline)
            switch inline {
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c): visit(c, body)
            default: break
            }
        }
    }
}
