/// CommonMark's raw inline HTML (spec 0.31.2, section 6.6) for `MarkdownOptions.rawHTML`:
/// where the open tag, closing tag, comment, processing instruction, declaration or
/// CDATA section that starts at a `<` ends.
struct RawInlineHTML {
    let bytes: [UInt8]
    /// Per terminator, the next place it occurs at or after the last query (or the end):
    /// queries move forward, so many unclosed `<?` or `<!--` cost one scan.
    private var nextTerminator: [String: (from: Int, found: Int)] = [:]

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The index after the construct that starts at `bytes[start]` (a `<`), or nil.
    mutating func end(at start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        switch bytes[start + 1] {
        case UInt8(ascii: "!"):
            if matches("<!--", at: start) {
                if matches("<!-->", at: start) { return start + 5 }
                if matches("<!--->", at: start) { return start + 6 }
                return after("-->", from: start + 4)
            }
            if matches("<![CDATA[", at: start) { return after("]]>", from: start + 9) }
            guard start + 2 < bytes.count, ByteClass.isLetter(bytes[start + 2]) else { return nil }
            return after(">", from: start + 3)
        case UInt8(ascii: "?"):
            return after("?>", from: start + 2)
        default:
            guard let (tag, end) = HTMLTag.scan(bytes, at: start, lastCommentClose: -1, attributes: false),
                tag.kind == .start || (tag.kind == .end && !tag.selfClosing)
            else { return nil }
            return end
        }
    }

    private func matches(_ text: String, at start: Int) -> Bool {
        var i = start
        for b in text.utf8 {
            guard i < bytes.count, bytes[i] == b else { return false }
            i += 1
        }
        return true
    }

    /// The index after the first `terminator` at or after `from`, or nil.
    private mutating func after(_ terminator: String, from: Int) -> Int? {
        let length = terminator.utf8.count
        if let cached = nextTerminator[terminator], cached.from <= from, cached.found >= from {
            return cached.found < bytes.count ? cached.found + length : nil
        }
        var i = from
        while i + length <= bytes.count, !matches(terminator, at: i) { i += 1 }
        let found = i + length <= bytes.count ? i : bytes.count
        nextTerminator[terminator] = (from, found)
        return found < bytes.count ? found + length : nil
    }
}
