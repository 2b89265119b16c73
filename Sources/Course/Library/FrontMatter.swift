/// A Markdown file split into its YAML front matter and body.
public struct FrontMatter: Equatable, Sendable {
    /// The YAML between the `---` fences (empty when the file has none).
    public var yaml: String
    /// The line of the file the YAML starts on.
    public var yamlStartLine: Int
    public var body: String
    /// The line of the file the body starts on.
    public var bodyStartLine: Int

    /// Splits `text`; a file without an opening `---` line is all body. An
    /// opening fence without a closing one is reported as an error. Lines are split
    /// at each `\n` code point, not at `Character`s, where `\r\n` is one character
    /// that equals no `\n`: a CRLF file splits too, its `\r`s kept in the parts.
    public static func split(_ text: String) throws(SourceParseError) -> FrontMatter {
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return FrontMatter(yaml: "", yamlStartLine: 1, body: text, bodyStartLine: 1)
        }
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpaces
            return line == "---" || line == "..."
        }) else {
            throw SourceParseError("front matter starts with '---' but has no closing '---'", at: .start)
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, yamlStartLine: 2, body: body, bodyStartLine: close + 2)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return s
    }
}
