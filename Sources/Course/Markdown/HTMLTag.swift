/// One HTML tag as written: `<a href="x">`, `</p>`, `<br/>`, or a comment.
struct HTMLTag: Equatable {
    enum Kind: Equatable { case start, end, comment }

    var kind: Kind
    /// Lower-cased element name (empty for comments and declarations).
    var name: String
    var attributes: [String: String]
    /// Written as `<name … />`.
    var selfClosing: Bool

    /// Tags longer than this are taken as text, which bounds the work a stray `<` costs.
    static let maximumLength = 2000

    /// The index of the last `-->` in `bytes` (or -1): a comment opened after it cannot close,
    /// which keeps scanning many unclosed comments linear.
    static func lastCommentClose(in bytes: [UInt8]) -> Int {
        var j = bytes.count - 3
        while j >= 0 {
            if bytes[j] == UInt8(ascii: "-"), bytes[j + 1] == UInt8(ascii: "-"), bytes[j + 2] == UInt8(ascii: ">") { return j }
            j -= 1
        }
        return -1
    }

    /// Scans the tag starting at `bytes[start]` (a `<`); returns it and the index after
    /// its `>`, or nil when the text there is not a tag (or longer than `maximumLength`).
    static func scan<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at start: Int, end limit: Int? = nil, lastCommentClose: Int, attributes wanted: Bool = true,
        maximumLength: Int = HTMLTag.maximumLength
    ) -> (HTMLTag, Int)? where Bytes.Index == Int {
        let end = min(limit ?? bytes.endIndex, start + maximumLength)
        var i = start + 1
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "?") {
            // Comment, declaration or processing instruction: shown as nothing.
            if i + 2 < end, bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: "-") {
                var j = i + 3
                guard lastCommentClose >= j else { return nil }
                while j <= lastCommentClose {
                    if bytes[j] == UInt8(ascii: "-"), bytes[j + 1] == UInt8(ascii: "-"), bytes[j + 2] == UInt8(ascii: ">") {
                        return (HTMLTag(kind: .comment, name: "", attributes: [:], selfClosing: true), j + 3)
                    }
                    j += 1
                }
                return nil
            }
            guard i + 1 < end, ByteClass.isLetter(bytes[i + 1]) || bytes[i] == UInt8(ascii: "?") else { return nil }
            var j = i + 1
            while j < end, bytes[j] != UInt8(ascii: ">") { j += 1 }
            guard j < end else { return nil }
            return (HTMLTag(kind: .comment, name: "", attributes: [:], selfClosing: true), j + 1)
        }
        var kind = Kind.start
        if bytes[i] == UInt8(ascii: "/") {
            kind = .end
            i += 1
        }
        guard i < end, ByteClass.isLetter(bytes[i]) else { return nil }
        let nameStart = i
        while i < end, ByteClass.isLetter(bytes[i]) || ByteClass.isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "-") { i += 1 }
        let name = asciiLowercased(bytes[nameStart..<i])
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < end {
            let hadSpace = i < end && ByteClass.isSpace(bytes[i])
            while i < end, ByteClass.isSpace(bytes[i]) { i += 1 }
            guard i < end else { return nil }
            let b = bytes[i]
            if b == UInt8(ascii: ">") {
                return (HTMLTag(kind: kind, name: name, attributes: attributes, selfClosing: selfClosing), i + 1)
            }
            if b == UInt8(ascii: "/"), i + 1 < end, bytes[i + 1] == UInt8(ascii: ">") {
                selfClosing = true
                i += 1
                continue
            }
            guard hadSpace, kind == .start, isAttributeNameStart(b) else { return nil }
            let keyStart = i
            while i < end, isAttributeName(bytes[i]) { i += 1 }
            let key = wanted ? asciiLowercased(bytes[keyStart..<i]) : ""
            var j = i
            while j < end, ByteClass.isSpace(bytes[j]) { j += 1 }
            guard j < end, bytes[j] == UInt8(ascii: "=") else {
                if wanted { attributes[key] = attributes[key] ?? "" }
                continue
            }
            j += 1
            while j < end, ByteClass.isSpace(bytes[j]) { j += 1 }
            guard j < end else { return nil }
            let quote = bytes[j]
            let value: String
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                var k = j + 1
                while k < end, bytes[k] != quote { k += 1 }
                guard k < end else { return nil }
                value = wanted ? String(decoding: bytes[(j + 1)..<k], as: UTF8.self) : ""
                i = k + 1
            } else {
                var k = j
                while k < end, !ByteClass.isSpace(bytes[k]), !isUnquotedStop(bytes[k]) { k += 1 }
                guard k > j else { return nil }
                value = wanted ? String(decoding: bytes[j..<k], as: UTF8.self) : ""
                i = k
            }
            if wanted, attributes[key] == nil { attributes[key] = HTMLEntities.decode(value) }
        }
        return nil
    }

    /// Tag and attribute names are ASCII; lower-case them without Unicode tables.
    static func asciiLowercased<C: Collection<UInt8>>(_ bytes: C) -> String {
        guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func isAttributeNameStart(_ b: UInt8) -> Bool {
        ByteClass.isLetter(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: ":")
    }

    private static func isAttributeName(_ b: UInt8) -> Bool {
        isAttributeNameStart(b) || ByteClass.isDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
    }

    private static func isUnquotedStop(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "=") || b == UInt8(ascii: "<")
            || b == UInt8(ascii: ">") || b == UInt8(ascii: "`")
    }
}
