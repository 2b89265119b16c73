import Foundation

/// Converts the HTML of an xdev question (stem, options, explanation) into
/// the Markdown our questions are written in: paragraphs, fenced code with its
/// language, lists, block quotes, simple tables, `**bold**`, `*italic*`,
/// `` `code` `` and links. Unknown tags are dropped and their text kept.
enum HTMLToMarkdown {
    /// A fragment of blocks → Markdown paragraphs separated by blank lines.
    static func markdown(_ html: String, depth: Int = 0) -> String {
        // Pathologically deep nesting is flattened to text rather than recursed into.
        guard depth < maximumDepth else { return plainText(html) }
        return XdevHTMLBlockScanner.blocks(in: html).blocks.map { render($0, depth: depth + 1) }
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// How deep block elements are followed.
    static let maximumDepth = 32

    /// Inline HTML → one paragraph of Markdown (whitespace collapsed).
    static func inline(_ html: String) -> String {
        let rendered = XdevInlineNode.parse(html).map { $0.markdown() }.joined()
        return rendered.split(separator: "\n", omittingEmptySubsequences: false)
            .map { collapseSpaces($0) }.joined(separator: "\n").trimmed
    }

    /// The text without tags, entities decoded, whitespace collapsed.
    static func plainText(_ html: String) -> String {
        collapseSpaces(Substring(XdevInlineNode.parse(html).map { $0.plainText() }.joined()))
    }

    static func render(_ block: HTMLBlock, depth: Int = 0) -> String {
        switch block.tag {
        case nil:
            return containsTag(block.inner) ? inline(block.inner) : block.inner.trimmed
        case "p", "summary", "dt", "dd", "figcaption", "td", "th", "center":
            return inline(block.inner)
        case let tag? where tag.count == 2 && tag.hasPrefix("h") && tag != "hr":
            let level = Int(tag.dropFirst()) ?? 2
            let text = inline(block.inner)
            return text.isEmpty ? "" : String(repeating: "#", count: level) + " " + text
        case "pre":
            return codeBlock(block)
        case "ul", "ol":
            return list(block, depth: depth)
        case "li":
            return "- " + indent(item(block.inner, depth: depth), by: 2)
        case "blockquote":
            return markdown(block.inner, depth: depth).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case "table":
            return table(block.inner, depth: depth)
        case "hr":
            return "---"
        case "br":
            return ""
        case "img":
            return inline(block.outer)
        default:
            return markdown(block.inner, depth: depth)
        }
    }

    static func codeBlock(_ block: HTMLBlock) -> String {
        var language = ""
        let inner = block.inner.trimmed
        if inner.lowercased().hasPrefix("<code"), let tag = XdevInlineNode.Tag(Substring(inner)) {
            language = attribute("class", in: tag.attributes).flatMap(languageName) ?? ""
        }
        var content = XdevInlineNode.parse(block.inner).map { $0.plainText(keepingWhitespace: true) }.joined()
        if content.hasPrefix("\r\n") {
            content.removeFirst(2)
        } else if content.hasPrefix("\n") {
            content.removeFirst()
        }
        while let last = content.last, last.isWhitespace { content.removeLast() }
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: content) + 1))
        return fence + language + "\n" + content + "\n" + fence
    }

    private static func languageName(_ classes: String) -> String? {
        classes.split(separator: " ").first { $0.hasPrefix("language-") }.map { String($0.dropFirst("language-".count)) }
    }

    static func list(_ block: HTMLBlock, depth: Int = 0) -> String {
        let ordered = block.tag == "ol"
        var number = Int(attribute("start", in: block.attributes) ?? "") ?? 1
        var lines: [String] = []
        for child in XdevHTMLBlockScanner.blocks(in: block.inner).blocks {
            let text = child.tag == "li" ? item(child.inner, depth: depth + 1) : render(child, depth: depth + 1)
            guard !text.isEmpty else { continue }
            let marker = ordered ? "\(number). " : "- "
            number += 1
            lines.append(marker + indent(text, by: marker.count))
        }
        return lines.joined(separator: "\n")
    }

    /// A list item's content: blocks when it holds any, else inline text.
    static func item(_ html: String, depth: Int = 0) -> String {
        let blocks = XdevHTMLBlockScanner.blocks(in: html).blocks
        if blocks.contains(where: { $0.tag != nil && !["br", "img"].contains($0.tag!) }) {
            return markdown(html, depth: depth)
        }
        return inline(html)
    }

    static func table(_ html: String, depth: Int = 0) -> String {
        var rows: [[String]] = []
        func collect(_ html: String, _ depth: Int) {
            guard depth < maximumDepth else { return }
            for block in XdevHTMLBlockScanner.blocks(in: html).blocks {
                if block.tag == "tr" {
                    let cells = XdevHTMLBlockScanner.blocks(in: block.inner).blocks.filter { $0.tag == "td" || $0.tag == "th" }
                    rows.append(cells.map { inline($0.inner).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") })
                } else if block.tag != nil {
                    collect(block.inner, depth + 1)
                }
            }
        }
        collect(html, depth)
        guard let header = rows.first else { return "" }
        var lines = ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: " --- |", count: header.count)]
        lines += rows.dropFirst().map { "| " + $0.joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n")
    }

    // MARK: - Helpers

    static func containsTag(_ text: String) -> Bool {
        !XdevInlineNode.parse(text).allSatisfy { if case .text = $0 { return true } else { return false } }
    }

    /// The value of `name="…"` (or `'…'`, or bare) in a tag's attribute text.
    static func attribute(_ name: String, in attributes: String) -> String? {
        var rest = Substring(attributes)
        while let range = rest.range(of: name) {
            let before = rest[..<range.lowerBound].last
            var after = rest[range.upperBound...].drop { $0 == " " }
            guard before == nil || before!.isWhitespace, after.first == "=" else {
                rest = rest[range.upperBound...]
                continue
            }
            after = after.dropFirst().drop { $0 == " " }
            if let quote = after.first, quote == "\"" || quote == "'" {
                let value = after.dropFirst().prefix { $0 != quote }
                return HTMLEntities.decode(String(value))
            }
            return HTMLEntities.decode(String(after.prefix { !$0.isWhitespace && $0 != ">" }))
        }
        return nil
    }

    static func indent(_ text: String, by width: Int) -> String {
        let pad = String(repeating: " ", count: width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : pad + $0.element }.joined(separator: "\n")
    }

    static func collapseSpaces(_ text: Substring) -> String {
        var out = ""
        var pendingSpace = false
        for ch in text {
            if ch == " " || ch == "\t" || ch == "\n" || ch == "\r" || ch == "\u{00A0}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            }
        }
        return out
    }

    static func longestRun(of ch: Character, in text: String) -> Int {
        var best = 0, run = 0
        for c in text {
            run = c == ch ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }

    /// Escapes what Markdown would misread in plain text: `*`, backticks and
    /// `<` before a letter, outside `$…$` math.
    static func escape(_ text: String) -> String {
        var out = ""
        var inMath = false
        var previous: Character? = nil
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            if ch == "$" && previous != "\\" { inMath.toggle() }
            if !inMath {
                if ch == "*" || ch == "`" {
                    out.append("\\")
                } else if ch == "<", i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "/" || chars[i + 1] == "!" {
                    out.append("\\")
                }
            }
            out.append(ch)
            previous = ch
        }
        return out
    }
}

/// Inline HTML as a small tree of text and elements.
indirect enum XdevInlineNode: Equatable {
    case text(String)
    case element(String, attributes: String, children: [XdevInlineNode])

    /// Tags nested deeper are dropped (their text kept), so walking the tree stays shallow.
    static let maximumDepth = 64

    static func parse(_ html: String) -> [XdevInlineNode] {
        var stack: [(name: String, attributes: String, children: [XdevInlineNode])] = [("", "", [])]
        func append(_ node: XdevInlineNode) { stack[stack.count - 1].children.append(node) }
        func closeTop() {
            let top = stack.removeLast()
            append(.element(top.name, attributes: top.attributes, children: top.children))
        }
        var rest = Substring(html)
        while !rest.isEmpty {
            guard let lt = rest.firstIndex(of: "<") else {
                append(.text(String(rest)))
                break
            }
            if lt > rest.startIndex { append(.text(String(rest[..<lt]))) }
            let tail = rest[lt...]
            if tail.hasPrefix("<!--") {
                rest = tail.range(of: "-->").map { tail[$0.upperBound...] } ?? ""
                continue
            }
            guard let tag = Tag(tail) else {
                append(.text("<"))
                rest = tail.dropFirst()
                continue
            }
            rest = tail[tag.end...]
            if tag.closing {
                guard let depth = stack.lastIndex(where: { $0.name == tag.name }), depth > 0 else { continue }
                while stack.count > depth { closeTop() }
            } else if tag.selfClosing || XdevHTMLBlockScanner.voidTags.contains(tag.name) {
                append(.element(tag.name, attributes: tag.attributes, children: []))
            } else if stack.count < XdevInlineNode.maximumDepth {
                stack.append((tag.name, tag.attributes, []))
            }
        }
        while stack.count > 1 { closeTop() }
        return stack[0].children
    }

    /// One parsed tag: `<name attrs>`, `</name>` or `<name/>`.
    struct Tag {
        var name: String
        var attributes: String
        var closing: Bool
        var selfClosing: Bool
        var end: Substring.Index

        init?(_ text: Substring) {
            var cursor = text.index(after: text.startIndex)
            closing = cursor < text.endIndex && text[cursor] == "/"
            if closing { cursor = text.index(after: cursor) }
            let nameStart = cursor
            while cursor < text.endIndex, text[cursor].isASCII, text[cursor].isLetter || text[cursor].isNumber { cursor = text.index(after: cursor) }
            guard cursor > nameStart, text[nameStart].isLetter else { return nil }
            name = text[nameStart..<cursor].lowercased()
            var quote: Character? = nil
            var close = cursor
            while close < text.endIndex {
                let ch = text[close]
                if let q = quote {
                    if ch == q { quote = nil }
                } else if ch == "\"" || ch == "'" {
                    quote = ch
                } else if ch == ">" {
                    break
                } else if ch == "<" {
                    return nil
                }
                close = text.index(after: close)
            }
            guard close < text.endIndex else { return nil }
            var attributeText = text[cursor..<close]
            selfClosing = attributeText.hasSuffix("/")
            if selfClosing { attributeText = attributeText.dropLast() }
            attributes = attributeText.trimmed
            end = text.index(after: close)
        }
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
                guard let href = HTMLToMarkdown.attribute("href", in: attributes), !href.isEmpty else { return inner }
                return "[" + inner.trimmed + "](" + href + ")"
            case "img":
                let alt = HTMLToMarkdown.attribute("alt", in: attributes) ?? ""
                let src = HTMLToMarkdown.attribute("src", in: attributes) ?? ""
                return "![" + alt + "](" + src + ")"
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

extension StringProtocol {
    /// Without leading and trailing whitespace and newlines.
    var trimmed: String { String(self).trimmingCharacters(in: .whitespacesAndNewlines) }
}
