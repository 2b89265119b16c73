/// A Markdown file split into its YAML front matter and body.
public struct FrontMatter: Equatable, Sendable {
    /// The YAML between the `---` fences (empty when the file has none).
    public var yaml: String
    /// The line of the file the YAML starts on.
    public var yamlStartLine: Int
    public var body: String
    /// The line of the file the body starts on.
    public var bodyStartLine: Int
    /// False when an unclosed front matter was accepted as the whole file.
    public var isClosed = true

    /// Splits `text`; a file without an opening `---` line is all body. An
    /// opening fence without a closing one is reported as an error, or, with
    /// `acceptingUnclosed`, makes the rest of the file YAML (`isClosed` false).
    /// Lines end at each `\n` byte, not at `Character`s, where `\r\n` is one
    /// character that equals no `\n`: a CRLF file splits too, its `\r`s kept in
    /// the parts. Only the front matter is scanned, not the body.
    public static func split(_ text: String, acceptingUnclosed: Bool = false) throws(SourceParseError) -> FrontMatter {
        let bytes = text.utf8
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = bytes.index(start, offsetBy: 3) }
        let first = line(in: bytes, from: start)
        guard isFence(bytes[first.content], dots: false) else {
            return FrontMatter(yaml: "", yamlStartLine: 1, body: text, bodyStartLine: 1)
        }
        let yamlStart = first.next
        var lineNumber = 2
        var cursor = yamlStart
        while cursor < bytes.endIndex {
            let current = line(in: bytes, from: cursor)
            if isFence(bytes[current.content], dots: true) {
                // The YAML ends before the line break that precedes the closing fence.
                let yamlEnd = cursor == yamlStart ? yamlStart : bytes.index(before: cursor)
                return FrontMatter(yaml: string(bytes[yamlStart..<yamlEnd]), yamlStartLine: 2,
                                   body: string(bytes[current.next...]), bodyStartLine: lineNumber + 1)
            }
            cursor = current.next
            lineNumber += 1
        }
        guard acceptingUnclosed else {
            throw SourceParseError("front matter starts with '---' but has no closing '---'", at: .start)
        }
        return FrontMatter(yaml: string(bytes[yamlStart...]), yamlStartLine: 2, body: "", bodyStartLine: lineNumber, isClosed: false)
    }

    /// The line starting at `start`: its bytes without the `\n`, and where the next line starts.
    private static func line(in bytes: String.UTF8View, from start: String.Index) -> (content: Range<String.Index>, next: String.Index) {
        guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return (start..<bytes.endIndex, bytes.endIndex) }
        return (start..<newline, bytes.index(after: newline))
    }

    /// `---` (or, closing, `...`) followed by nothing but spaces, tabs and `\r`.
    private static func isFence(_ line: Substring.UTF8View, dots: Bool) -> Bool {
        var content = line
        while let last = content.last, last == 0x20 || last == 0x09 || last == 0x0D { content = content.dropLast() }
        return content.elementsEqual("---".utf8) || (dots && content.elementsEqual("...".utf8))
    }

    private static func string(_ bytes: Substring.UTF8View) -> String { String(decoding: bytes, as: UTF8.self) }
}
