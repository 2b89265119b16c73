/// How the HTML subset maps onto inline Markdown, shared by inline HTML inside
/// Markdown paragraphs and by `<p>`/`<td>`/… content of HTML blocks.
enum HTMLInline {
    /// Elements without content or end tag.
    static let voidElements: Set<String> = [
        "br", "img", "hr", "wbr", "input", "meta", "link", "source", "area", "base", "col", "embed",
        "param", "track",
    ]

    /// Elements whose content is never shown.
    static let hiddenElements: Set<String> = ["script", "style", "template", "head", "title", "noscript", "iframe", "svg"]

    /// Inline content for an element with the given (already converted) children.
    static func wrap(_ name: String, _ attributes: [String: String], _ children: [MarkdownInline]) -> [MarkdownInline] {
        switch name {
        case "strong", "b": return [.strong(children)]
        case "em", "i", "cite", "dfn", "var": return [.emphasis(children)]
        case "code", "kbd", "samp", "tt": return [.code(MarkdownInline.plainText(children))]
        case "del", "s", "strike": return [.strikethrough(children)]
        case "a":
            guard let href = attributes["href"], !href.isEmpty else { return children }
            return [.link(url: href, title: attributes["title"], content: children)]
        default:
            return hiddenElements.contains(name) ? [] : children
        }
    }

    /// Inline content for a void element (`<br>`, `<img>`), or nil when it shows nothing.
    static func void(_ name: String, _ attributes: [String: String]) -> MarkdownInline? {
        switch name {
        case "br": return .hardBreak
        case "img": return .image(url: attributes["src"] ?? "", title: attributes["title"], alt: attributes["alt"] ?? "")
        default: return nil
        }
    }
}
