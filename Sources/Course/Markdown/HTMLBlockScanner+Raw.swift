/// CommonMark's HTML blocks, kept as written (`MarkdownOptions.rawHTML`): the seven
/// start conditions and their end conditions (spec 0.31.2, section 4.6).
extension HTMLBlockScanner {
    enum RawBlockKind: Equatable {
        /// `<pre`, `<script`, `<style`, `<textarea`: up to a line with one of their end tags.
        case rawText
        /// `<!--`: up to a line with `-->`.
        case comment
        /// `<?`: up to a line with `?>`.
        case processingInstruction
        /// `<!` and a letter: up to a line with `>`.
        case declaration
        /// `<![CDATA[`: up to a line with `]]>`.
        case cdata
        /// A block-level tag name (kind 6), or any complete tag alone on its line (kind 7): up to a blank line.
        case blockTag, anyTag

        /// What ends the block on a line, nil for a blank line.
        var terminators: [String]? {
            switch self {
            case .rawText: return ["</pre>", "</script>", "</style>", "</textarea>"]
            case .comment: return ["-->"]
            case .processingInstruction: return ["?>"]
            case .declaration: return [">"]
            case .cdata: return ["]]>"]
            case .blockTag, .anyTag: return nil
            }
        }
    }

    static let rawTextStarts = ["pre", "script", "style", "textarea"]

    /// The kind of HTML block the line (indentation removed) starts, if any; kind 7
    /// cannot interrupt a paragraph.
    static func rawBlockKind(_ s: SourceLine, interrupting: Bool) -> RawBlockKind? {
        guard s[0] == UInt8(ascii: "<") else { return nil }
        let bytes = s.bytes
        if startsWith("<!--", bytes) { return .comment }
        if startsWith("<?", bytes) { return .processingInstruction }
        if startsWith("<![CDATA[", bytes) { return .cdata }
        if s[1] == UInt8(ascii: "!"), let b = s[2], ByteClass.isLetter(b) { return .declaration }
        var k = 1
        let closing = s[1] == UInt8(ascii: "/")
        if closing { k += 1 }
        let nameStart = k
        while let b = s[k], ByteClass.isLetter(b) || (k > nameStart && (ByteClass.isDigit(b) || b == UInt8(ascii: "-"))) { k += 1 }
        guard k > nameStart else { return nil }
        let name = HTMLTag.asciiLowercased(bytes.dropFirst(nameStart).prefix(k - nameStart))
        let after = s[k]
        if !closing, rawTextStarts.contains(name), after == nil || after == 0x20 || after == UInt8(ascii: ">") {
            return .rawText
        }
        if blockTags.contains(name), !rawTextStarts.contains(name),
            after == nil || after == 0x20 || after == UInt8(ascii: ">") || (after == UInt8(ascii: "/") && s[k + 1] == UInt8(ascii: ">"))
        {
            return .blockTag
        }
        guard !interrupting, !rawTextStarts.contains(name),
            let (tag, end) = HTMLTag.scan(bytes, at: bytes.startIndex, lastCommentClose: -1, attributes: false),
            tag.kind != .comment, bytes[end...].allSatisfy({ $0 == 0x20 })
        else { return nil }
        return .anyTag
    }

    /// The index after the last line of the raw HTML block that starts at `start`.
    static func rawBlockEnd(_ lines: ArraySlice<SourceLine>, from start: Int, kind: RawBlockKind) -> Int {
        guard let terminators = kind.terminators else {
            var j = start + 1
            while j < lines.endIndex, !lines[j].isBlank, !lines[j].lazy { j += 1 }
            return j
        }
        var j = start
        while j < lines.endIndex {
            if j > start, lines[j].lazy { return j }
            let bytes = lines[j].bytes
            if terminators.contains(where: { find($0, in: bytes, from: bytes.startIndex) != nil }) { return j + 1 }
            j += 1
        }
        return lines.endIndex
    }

    /// Whether `bytes` starts with the ASCII `prefix`, case-insensitively.
    private static func startsWith(_ prefix: String, _ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        for p in prefix.utf8 {
            let fold: UInt8 = ByteClass.isLetter(p) ? 0x20 : 0
            guard i < bytes.endIndex, bytes[i] | fold == p | fold else { return false }
            i += 1
        }
        return true
    }
}
