/// CommonMark's link reference definitions (spec 0.31.2, section 4.7): the
/// `[label]: destination "title"` lines a paragraph may start with. The label, the
/// destination and the title may each move to the next line, and a title may run
/// over several lines.
enum LinkReferenceDefinition {
    /// The definitions at the start of a paragraph's lines (leading spaces already
    /// removed), with the number of lines they take.
    static func leading(_ lines: [SourceLine]) -> (definitions: [(label: String, reference: LinkReference)], lineCount: Int) {
        guard lines.first?.bytes.first(where: { $0 != 0x20 }) == UInt8(ascii: "[") else { return ([], 0) }
        var bytes: [UInt8] = []
        var lineEnds: [Int] = []
        for line in lines {
            bytes.append(contentsOf: line.bytes.drop { $0 == 0x20 })
            bytes.append(0x0A)
            lineEnds.append(bytes.count)
        }
        var definitions: [(label: String, reference: LinkReference)] = []
        var position = 0
        while position < bytes.count, bytes[position] == UInt8(ascii: "["), let (label, reference, end) = definition(bytes, at: position) {
            definitions.append((label, reference))
            position = end
        }
        return (definitions, lineEnds.firstIndex { $0 > position } ?? lines.count)
    }

    /// The definition at `start` (a `[`) and the index after its line, or nil.
    static func definition(_ bytes: [UInt8], at start: Int) -> (String, LinkReference, Int)? {
        var i = start + 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "]") {
            if bytes[i] == UInt8(ascii: "[") || i - start > 1000 { return nil }
            if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count, ByteClass.isASCIIPunctuation(bytes[i + 1]) { i += 1 }
            i += 1
        }
        guard i < bytes.count, i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ":") else { return nil }
        let label = LinkReference.normalize(String(decoding: bytes[(start + 1)..<i], as: UTF8.self))
        guard !label.isEmpty else { return nil }
        i += 2
        guard skipWhitespace(bytes, &i), let (destination, afterDestination) = destination(bytes, at: i) else { return nil }
        i = afterDestination
        let beforeTitle = i
        if skipWhitespace(bytes, &i), i > beforeTitle, let (title, afterTitle) = title(bytes, at: i),
            let end = lineEnd(bytes, from: afterTitle)
        {
            return (label, LinkReference(url: destination, title: title), end)
        }
        guard let end = lineEnd(bytes, from: beforeTitle) else { return nil }
        return (label, LinkReference(url: destination, title: nil), end)
    }

    /// Skips spaces and at most one line break; false when a blank line follows.
    static func skipWhitespace(_ bytes: [UInt8], _ i: inout Int) -> Bool {
        var newline = false
        while i < bytes.count, ByteClass.isSpace(bytes[i]) {
            if bytes[i] == 0x0A {
                if newline { return false }
                newline = true
            }
            i += 1
        }
        return true
    }

    /// `<…>` or a run without spaces and with balanced parentheses, unescaped.
    static func destination(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        guard start < bytes.count else { return nil }
        if bytes[start] == UInt8(ascii: "<") {
            var j = start + 1
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
                if bytes[j] == 0x0A || bytes[j] == UInt8(ascii: "<") { return nil }
                if bytes[j] == UInt8(ascii: "\\"), j + 1 < bytes.count, ByteClass.isASCIIPunctuation(bytes[j + 1]) { j += 1 }
                j += 1
            }
            guard j < bytes.count else { return nil }
            return (MarkdownText.unescaped(bytes[(start + 1)..<j]), j + 1)
        }
        var j = start
        var depth = 0
        while j < bytes.count, bytes[j] > 0x20 {
            if bytes[j] == UInt8(ascii: "(") {
                depth += 1
                if depth > 32 { return nil }
            } else if bytes[j] == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            } else if bytes[j] == UInt8(ascii: "\\"), j + 1 < bytes.count, ByteClass.isASCIIPunctuation(bytes[j + 1]) {
                j += 1
            }
            j += 1
        }
        guard j > start, depth == 0 else { return nil }
        return (MarkdownText.unescaped(bytes[start..<j]), j)
    }

    /// `"…"`, `'…'` or `(…)`, possibly over several lines but not over a blank one.
    static func title(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        guard start < bytes.count else { return nil }
        let open = bytes[start]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var j = start + 1
        while j < bytes.count, bytes[j] != close {
            if open == UInt8(ascii: "("), bytes[j] == open { return nil }
            if bytes[j] == 0x0A {
                var k = j + 1
                while k < bytes.count, bytes[k] == 0x20 { k += 1 }
                if k < bytes.count, bytes[k] == 0x0A { return nil }
            }
            if bytes[j] == UInt8(ascii: "\\"), j + 1 < bytes.count, ByteClass.isASCIIPunctuation(bytes[j + 1]) { j += 1 }
            j += 1
        }
        guard j < bytes.count else { return nil }
        return (MarkdownText.unescaped(bytes[(start + 1)..<j]), j + 1)
    }

    /// The index after the line break when only spaces remain on the line, else nil.
    static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count else { return i }
        return bytes[i] == 0x0A ? i + 1 : nil
    }
}
