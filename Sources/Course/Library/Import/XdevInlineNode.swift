/// Inline HTML as a small tree of text and elements. Tags, attributes and
/// comments are read with the Markdown engine's `HTMLTag`; the nesting is the
/// importer's own and plainer than the engine's `HTMLTreeBuilder` (an end tag
/// closes the innermost open element of its name, nothing is implied), so a
/// question converts to the text its HTML spells out.
indirect enum XdevInlineNode: Equatable {
    case text(String)
    case element(String, attributes: [String: String], children: [XdevInlineNode])

    /// Tags nested deeper are dropped (their text kept), so walking the tree stays shallow.
    static let maximumDepth = 64

    static func parse(_ html: String) -> [XdevInlineNode] {
        let bytes = Array(html.utf8)
        var stack: [(name: String, attributes: [String: String], children: [XdevInlineNode])] = [("", [:], [])]
        func append(_ node: XdevInlineNode) { stack[stack.count - 1].children.append(node) }
        func appendText(_ range: Range<Int>) {
            if !range.isEmpty { append(.text(String(decoding: bytes[range], as: UTF8.self))) }
        }
        func closeTop() {
            let top = stack.removeLast()
            append(.element(top.name, attributes: top.attributes, children: top.children))
        }
        var index = 0
        while index < bytes.count {
            guard let lt = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else {
                appendText(index..<bytes.count)
                break
            }
            appendText(index..<lt)
            if bytes[lt...].starts(with: "<!--".utf8) {
                // An unclosed comment hides the rest.
                index = bytes[lt...].firstRange(of: Array("-->".utf8))?.upperBound ?? bytes.count
                continue
            }
            // Declarations (`<!DOCTYPE …>`) stay text, as any `<` that opens no tag.
            guard let (tag, end) = HTMLTag.scan(bytes, at: lt, lastCommentClose: -1, maximumLength: bytes.count),
                  tag.kind != .comment else {
                append(.text("<"))
                index = lt + 1
                continue
            }
            index = end
            if tag.kind == .end {
                guard let depth = stack.lastIndex(where: { $0.name == tag.name }), depth > 0 else { continue }
                while stack.count > depth { closeTop() }
            } else if tag.selfClosing || HTMLInline.voidElements.contains(tag.name) {
                append(.element(tag.name, attributes: tag.attributes, children: []))
            } else if stack.count < maximumDepth {
                stack.append((tag.name, tag.attributes, []))
            }
        }
        while stack.count > 1 { closeTop() }
        return stack[0].children
    }

    func markdown() -> String {
        switch self {
        case .text(let text):
            return HTMLToMarkdown.escape(HTMLEntities.decode(text))
        case .element(let name, let attributes, let children):
            let inner = children.map { $0.markdown() }.joined()
            switch name {
            case "strong", "b": return XdevInlineNode.wrap(inner, "**")
            case "em", "i": return XdevInlineNode.wrap(inner, "*")
            case "s", "del", "strike": return XdevInlineNode.wrap(inner, "~~")
            case "code", "kbd", "tt", "samp":
                let raw = HTMLToMarkdown.collapseSpaces(Substring(children.map { $0.plainText(keepingWhitespace: true) }.joined()))
                guard !raw.isEmpty else { return "" }
                let ticks = String(repeating: "`", count: HTMLToMarkdown.longestRun(of: "`", in: raw) + 1)
                let pad = raw.hasPrefix("`") || raw.hasSuffix("`") ? " " : ""
                return ticks + pad + raw + pad + ticks
            case "a":
                guard let href = attributes["href"], !href.isEmpty else { return inner }
                return "[" + inner.trimmed + "](" + href + ")"
            case "img":
                return "![" + (attributes["alt"] ?? "") + "](" + (attributes["src"] ?? "") + ")"
            case "br":
                return "\n"
            case "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table":
                return " " + inner + " "
            default:
                return inner
            }
        }
    }

    /// Wraps emphasis around trimmed text, keeping the surrounding spaces outside.
    static func wrap(_ inner: String, _ mark: String) -> String {
        let core = inner.trimmed
        guard !core.isEmpty else { return inner }
        let lead = inner.first!.isWhitespace ? " " : ""
        let trail = inner.last!.isWhitespace ? " " : ""
        return lead + mark + core + mark + trail
    }

    func plainText(keepingWhitespace: Bool = false) -> String {
        switch self {
        case .text(let text):
            return HTMLEntities.decode(text)
        case .element(let name, _, let children):
            if name == "br" { return keepingWhitespace ? "\n" : " " }
            let inner = children.map { $0.plainText(keepingWhitespace: keepingWhitespace) }.joined()
            if !keepingWhitespace, XdevHTMLBlockScanner.blockTags.contains(name) { return " " + inner + " " }
            return inner
        }
    }
}
