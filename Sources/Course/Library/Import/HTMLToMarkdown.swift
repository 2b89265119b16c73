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
        if inner.lowercased().hasPrefix("<code"), let classes = openingTag(inner)?.attributes["class"] {
            language = languageName(classes) ?? ""
        }
        var content = XdevInlineNode.parse(block.inner).map { $0.plainText(keepingWhitespace: true) }.joined()
        // "\r\n" is one Character: dropping it is one removeFirst().
        if content.first == "\r\n" || content.first == "\n" { content.removeFirst() }
        while let last = content.last, last.isWhitespace { content.removeLast() }
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: content) + 1))
        return fence + language + "\n" + content + "\n" + fence
    }

    private static func languageName(_ classes: String) -> String? {
        classes.split(separator: " ").first { $0.hasPrefix("language-") }.map { String($0.dropFirst("language-".count)) }
    }

    static func list(_ block: HTMLBlock, depth: Int = 0) -> String {
        let ordered = block.tag == "ol"
        // A Markdown list number has at most nine digits and no sign; another start begins at 1.
        var number = Int(openingTag(block.outer)?.attributes["start"] ?? "").flatMap { (0...999_999_999).contains($0) ? $0 : nil } ?? 1
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

    /// The tag `html` starts with (name and attributes), read by the Markdown engine.
    static func openingTag(_ html: String) -> HTMLTag? {
        let bytes = Array(html.utf8)
        return HTMLTag.scan(bytes, at: 0, lastCommentClose: -1, maximumLength: bytes.count)?.0
    }

    static func indent(_ text: String, by width: Int) -> String {
        let pad = String(repeating: " ", count: width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : pad + $0.element }.joined(separator: "\n")
    }

    /// Spaces, tabs, line breaks and no-break spaces collapsed to single spaces.
    static func collapseSpaces(_ text: Substring) -> String {
        text.collapsingSpaces { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" }
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

extension StringProtocol {
    /// Without leading and trailing whitespace and newlines.
    var trimmed: String { String(self).trimmingCharacters(in: .whitespacesAndNewlines) }
}
