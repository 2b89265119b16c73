/// Finds where an HTML block starts and ends in Markdown source. A block starts with
/// a block-level tag (CommonMark HTML block kinds 1, 2 and 6) and runs to a blank line,
/// except that blank lines inside an open container (`<details>`, `<pre>`, `<table>`…)
/// do not end it when the container's end tag comes later.
enum HTMLBlockScanner {
    /// Tags that start an HTML block (CommonMark kinds 1 and 6).
    static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "title", "tr", "track", "ul", "pre", "script", "style", "textarea",
    ]

    /// Elements whose content is raw text up to their end tag.
    static let rawTextTags: Set<String> = ["pre", "script", "style", "textarea"]

    /// Block tags whose end tag is optional or absent; they do not hold a block open.
    static let uncountedTags: Set<String> = [
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup",
        "caption", "hr", "col", "base", "basefont", "link", "param", "track", "frame", "menuitem",
    ]

    /// What the block scanner needs to know about a tag name, looked up once.
    struct TagClass: OptionSet {
        let rawValue: UInt8
        static let block = TagClass(rawValue: 1)
        static let counted = TagClass(rawValue: 2)
        static let rawText = TagClass(rawValue: 4)
    }

    static let tagClasses: [String: TagClass] = {
        var out: [String: TagClass] = [:]
        for name in blockTags {
            var c: TagClass = .block
            if !uncountedTags.contains(name) { c.insert(.counted) }
            if rawTextTags.contains(name) { c.insert(.rawText) }
            out[name] = c
        }
        return out
    }()

    /// Whether the line (indentation removed, starting with `<`) opens an HTML block.
    static func startsBlock(_ s: SourceLine, interrupting: Bool = false) -> Bool {
        guard s[0] == UInt8(ascii: "<") else { return false }
        if s[1] == UInt8(ascii: "!"), s[2] == UInt8(ascii: "-"), s[3] == UInt8(ascii: "-") { return true }
        var k = 1
        if s[k] == UInt8(ascii: "/") { k += 1 }
        let nameStart = k
        while let b = s[k], ByteClass.isLetter(b) || (k > nameStart && ByteClass.isDigit(b)) { k += 1 }
        guard k > nameStart, k - nameStart <= 12 else { return false }
        if let after = s[k], !(after == 0x20 || after == UInt8(ascii: ">") || after == UInt8(ascii: "/")) { return false }
        let name = HTMLTag.asciiLowercased(s.bytes.dropFirst(nameStart).prefix(k - nameStart))
        return blockTags.contains(name)
    }

    /// Answers "does an end tag for this element come after line N?" by scanning ahead
    /// lazily; each element name's scan only moves forward, so a parse stays linear.
    final class EndTagIndex {
        private let lines: [SourceLine]
        /// Per name: where the last query started, where the forward scan has reached,
        /// and the line of the end tag found there.
        private var scanned: [String: (from: Int, next: Int, found: Int?)] = [:]

        init(_ lines: [SourceLine]) { self.lines = lines }

        /// Whether `</name` (or `-->` for the name `--`) occurs on a line numbered above `number`.
        func hasEndTag(_ name: String, after number: Int) -> Bool {
            guard let firstNumber = lines.first?.number else { return false }
            let from = max(0, number - firstNumber + 1)
            var state = scanned[name] ?? (from: from, next: from, found: nil)
            if from < state.from {
                // Asked about an earlier line (a new pass): start over from there.
                state = (from: from, next: from, found: nil)
            }
            state.from = from
            if let found = state.found, found >= from { return true }
            var i = max(state.next, from)
            let needle = name == "--" ? "-->" : "</" + name
            state.found = nil
            while i < lines.count {
                if HTMLBlockScanner.find(needle, in: lines[i].bytes, from: lines[i].bytes.startIndex) != nil {
                    state.found = i
                    break
                }
                i += 1
            }
            state.next = i
            scanned[name] = state
            return state.found != nil
        }
    }

    /// The index after the last line of the HTML block that starts at `start`.
    static func blockEnd(_ lines: ArraySlice<SourceLine>, from start: Int, endTags: EndTagIndex) -> Int {
        var depth = 0
        var raw: String?
        var outer: String?
        var j = start
        while j < lines.endIndex {
            if j > start, lines[j].lazy { return j }
            let bytes = lines[j].bytes
            var p = bytes.startIndex
            while p < bytes.endIndex {
                if let element = raw {
                    if let found = find(element == "--" ? "-->" : "</" + element, in: bytes, from: p) {
                        if element != "--" { depth -= 1 }
                        raw = nil
                        p = found + (element == "--" ? 3 : 2)
                    } else {
                        p = bytes.endIndex
                    }
                    continue
                }
                guard let lt = bytes[p...].firstIndex(of: UInt8(ascii: "<")) else { break }
                p = lt
                if p + 3 < bytes.endIndex, bytes[p + 1] == UInt8(ascii: "!"), bytes[p + 2] == UInt8(ascii: "-"), bytes[p + 3] == UInt8(ascii: "-") {
                    raw = "--"
                    p += 4
                    continue
                }
                guard let (tag, end) = HTMLTag.scan(bytes, at: p, lastCommentClose: -1, attributes: false) else {
                    p += 1
                    continue
                }
                let tagClass = tagClasses[tag.name] ?? []
                let counted = tagClass.contains(.counted)
                if tag.kind == .start, !tag.selfClosing, counted {
                    depth += 1
                    if outer == nil { outer = tag.name }
                    if tagClass.contains(.rawText) { raw = tag.name }
                } else if tag.kind == .end, counted {
                    depth -= 1
                }
                p = end
            }
            let next = j + 1
            let nextBlank = next >= lines.endIndex || lines[next].isBlank
            if depth <= 0 && raw == nil {
                if nextBlank { return next }
            } else if nextBlank {
                // Keep going over the blank line only if the open element closes later.
                let closer = raw ?? outer ?? ""
                if !endTags.hasEndTag(closer, after: lines[j].number) { return next }
            }
            j = next
        }
        return lines.endIndex
    }

    /// The index of `needle` (ASCII, matched case-insensitively) in `bytes` at or after `from`.
    static func find<Bytes: RandomAccessCollection<UInt8>>(_ needle: String, in bytes: Bytes, from: Int) -> Int?
    where Bytes.Index == Int {
        let n = Array(needle.utf8)
        guard n.count <= bytes.count else { return nil }
        var i = from
        while i + n.count <= bytes.endIndex {
            var match = true
            for k in 0..<n.count {
                // Letters match in either case, other bytes exactly.
                let fold: UInt8 = ByteClass.isLetter(n[k]) ? 0x20 : 0
                if bytes[i + k] | fold != n[k] | fold {
                    match = false
                    break
                }
            }
            if match { return i }
            i += 1
        }
        return nil
    }
}
