import Foundation

/// One top-level block of an HTML (or mixed HTML/Markdown) lesson body.
struct HTMLBlock: Equatable, Sendable {
    /// The lower-cased tag name of an element block, nil for loose text (a
    /// Markdown paragraph or inline HTML up to the next blank line).
    var tag: String?
    /// The block's source, tags included.
    var outer: String
    /// What lies between the opening and the closing tag (the text itself for loose text).
    var inner: String
    /// The raw attribute text of the opening tag (`class="x" id="y"`).
    var attributes: String
    /// The 1-based line of the file the block starts on.
    var line: Int
}

/// A problem the scanner met, located by line.
struct HTMLScanProblem: Equatable, Sendable {
    var line: Int
    var message: String
}

/// Splits HTML into its top-level blocks: elements such as `<p>`, `<pre>`,
/// `<ul>` or `<details>` (matched with their closing tag, nesting counted) and
/// loose text up to a blank line. It is not a full HTML parser; it reads the
/// regular, generated HTML of the xdev lessons.
enum XdevHTMLBlockScanner {
    static let blockTags: Set<String> = [
        "p", "div", "pre", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td",
        "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary", "figure", "figcaption", "section",
        "article", "aside", "header", "footer", "nav", "dl", "dt", "dd", "hr", "img", "br", "iframe",
        "video", "audio", "center", "form",
    ]
    static let voidTags: Set<String> = ["hr", "img", "br", "input", "source", "meta", "link", "wbr"]
    /// Elements whose content is raw text: the first closing tag ends them.
    static let rawTextTags: Set<String> = ["pre", "script", "style", "textarea"]

    static func blocks(in text: String, firstLine: Int = 1) -> (blocks: [HTMLBlock], problems: [HTMLScanProblem]) {
        var scanner = Scanner(bytes: Array(text.utf8), line: firstLine)
        return scanner.scanAll()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line: Int
        var blocks: [HTMLBlock] = []
        var problems: [HTMLScanProblem] = []

        init(bytes: [UInt8], line: Int) {
            self.bytes = bytes
            self.line = line
        }

        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        mutating func advance(to end: Int) {
            while index < end {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
            }
        }

        mutating func scanAll() -> (blocks: [HTMLBlock], problems: [HTMLScanProblem]) {
            while true {
                skipWhitespace()
                guard index < bytes.count else { break }
                if startsWith("<!--", at: index) {
                    let end = find("-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                    advance(to: end)
                    continue
                }
                if bytes[index] == UInt8(ascii: "<"), let name = tagName(at: index + 1), XdevHTMLBlockScanner.blockTags.contains(name) {
                    if !scanElement(name) { break }
                } else {
                    scanLooseText()
                }
            }
            return (blocks, problems)
        }

        mutating func skipWhitespace() {
            while index < bytes.count, isSpace(bytes[index]) { advance(to: index + 1) }
        }

        /// Scans `<name …>…</name>`; on a missing closing tag reports it, keeps
        /// the rest as loose text and returns false.
        mutating func scanElement(_ name: String) -> Bool {
            let start = index
            let startLine = line
            guard let openEnd = endOfTag(from: start) else {
                problems.append(HTMLScanProblem(line: startLine, message: "the tag <\(name) is never closed with '>'"))
                appendRest(startLine: startLine)
                return false
            }
            let attributes = attributeText(start: start + 1 + name.utf8.count, openEnd: openEnd)
            let selfClosing = openEnd >= 2 && bytes[openEnd - 1] == UInt8(ascii: "/")
            if XdevHTMLBlockScanner.voidTags.contains(name) || selfClosing {
                blocks.append(HTMLBlock(tag: name, outer: text(start..<(openEnd + 1)), inner: "", attributes: attributes, line: startLine))
                advance(to: openEnd + 1)
                return true
            }
            guard let (closeStart, closeEnd) = matchingClose(name, from: openEnd + 1) else {
                problems.append(HTMLScanProblem(line: startLine, message: "<\(name)> opened here is never closed"))
                appendRest(startLine: startLine)
                return false
            }
            blocks.append(HTMLBlock(tag: name, outer: text(start..<closeEnd), inner: text((openEnd + 1)..<closeStart),
                                    attributes: attributes, line: startLine))
            advance(to: closeEnd)
            return true
        }

        mutating func appendRest(startLine: Int) {
            let rest = text(index..<bytes.count)
            blocks.append(HTMLBlock(tag: nil, outer: rest, inner: rest, attributes: "", line: startLine))
            advance(to: bytes.count)
        }

        /// Loose text runs to the next blank line; a Markdown code fence runs to its closing fence.
        mutating func scanLooseText() {
            let start = index
            let startLine = line
            var position = index
            var fence: [UInt8]? = nil
            var first = true
            while position < bytes.count {
                let lineEnd = find("\n", from: position) ?? bytes.count
                let content = bytes[position..<lineEnd]
                let trimmed = content.drop { $0 == UInt8(ascii: " ") }
                if let open = fence {
                    if trimmed.starts(with: open) { fence = nil }
                } else if trimmed.allSatisfy(isSpace) && !first {
                    break
                } else if trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8)) {
                    fence = Array(trimmed.prefix(3))
                } else if !first, trimmed.first == UInt8(ascii: "<"),
                          let name = tagName(at: trimmed.startIndex + 1), XdevHTMLBlockScanner.blockTags.contains(name) {
                    break
                }
                first = false
                position = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
            }
            var end = position
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            let body = text(start..<end)
            blocks.append(HTMLBlock(tag: nil, outer: body, inner: body, attributes: "", line: startLine))
            advance(to: position)
        }

        func isSpace(_ b: UInt8) -> Bool {
            b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
        }

        func startsWith(_ s: String, at position: Int) -> Bool {
            let pattern = Array(s.utf8)
            guard position + pattern.count <= bytes.count else { return false }
            for (k, b) in pattern.enumerated() where lower(bytes[position + k]) != b { return false }
            return true
        }

        func lower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b + 32 : b }

        func find(_ s: String, from position: Int) -> Int? {
            var p = position
            while p < bytes.count {
                if startsWith(s, at: p) { return p }
                p += 1
            }
            return nil
        }

        /// The lower-cased name of a tag whose name starts at `position`.
        func tagName(at position: Int) -> String? {
            var end = position
            while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
            guard end > position, end == bytes.count || !isNameByte(bytes[end]) else { return nil }
            if end < bytes.count, !(isSpace(bytes[end]) || bytes[end] == UInt8(ascii: ">") || bytes[end] == UInt8(ascii: "/")) {
                return nil
            }
            return text(position..<end).lowercased()
        }

        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == UInt8(ascii: "-")
        }

        /// The index of the `>` closing the tag that starts at `start`, skipping quoted attribute values.
        func endOfTag(from start: Int) -> Int? {
            var quote: UInt8? = nil
            var p = start + 1
            while p < bytes.count {
                let b = bytes[p]
                if let q = quote {
                    if b == q { quote = nil }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: ">") {
                    return p
                }
                p += 1
            }
            return nil
        }

        func attributeText(start: Int, openEnd: Int) -> String {
            guard start < openEnd else { return "" }
            var end = openEnd
            if bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            return text(start..<max(start, end)).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// The range of `</name>` matching an element opened before `from`.
        func matchingClose(_ name: String, from: Int) -> (Int, Int)? {
            let open = "<" + name
            let close = "</" + name
            if XdevHTMLBlockScanner.rawTextTags.contains(name) {
                guard let at = find(close, from: from), let end = endOfTag(from: at) else { return nil }
                return (at, end + 1)
            }
            var depth = 1
            var p = from
            while p < bytes.count {
                guard bytes[p] == UInt8(ascii: "<") else {
                    p += 1
                    continue
                }
                if startsWith(close, at: p), tagName(at: p + 2) == name {
                    guard let end = endOfTag(from: p) else { return nil }
                    depth -= 1
                    if depth == 0 { return (p, end + 1) }
                    p = end + 1
                } else if startsWith(open, at: p), tagName(at: p + 1) == name {
                    guard let end = endOfTag(from: p) else { return nil }
                    if bytes[end - 1] != UInt8(ascii: "/") { depth += 1 }
                    p = end + 1
                } else if startsWith("<pre", at: p), tagName(at: p + 1) == "pre", name != "pre" {
                    // Code may show tags as text; skip it whole.
                    guard let at = find("</pre", from: p + 4), let end = endOfTag(from: at) else { return nil }
                    p = end + 1
                } else {
                    p += 1
                }
            }
            return nil
        }
    }
}
