/// The YAML front matter of an xdev Markdown file, parsed with positions.
struct XdevFrontMatter {
    var node: SourceNode
    var body: String
    var bodyStartLine: Int

    /// Reports a missing, unterminated or invalid front matter and returns nil;
    /// with `acceptingUnclosed`, an unterminated one is the whole file (a warning).
    static func parse(_ text: String, what: String, acceptingUnclosed: Bool = false, reader: inout NodeReader) -> XdevFrontMatter? {
        guard let front = reader.frontMatter(
            text, missing: "no front matter: \(what) starts with a YAML block between '---' lines", acceptingUnclosed: acceptingUnclosed)
        else { return nil }
        let (node, parts) = front
        return XdevFrontMatter(node: node, body: parts.body, bodyStartLine: parts.bodyStartLine)
    }

    /// A string field, nil when absent, null or blank (xdev files leave many fields empty).
    static func text(_ node: SourceNode, _ key: String, reader: inout NodeReader) -> String? {
        guard let field = node[key] else { return nil }
        if case .null = field.value { return nil }
        guard let text = reader.string(node, key, required: false, nonEmpty: false), !text.trimmed.isEmpty else { return nil }
        return text
    }

    /// A whole number written as a number or a numeric string; anything else is reported.
    static func int(_ node: SourceNode, _ key: String, reader: inout NodeReader) -> Int? {
        guard let field = node[key] else { return nil }
        switch field.value {
        case .null:
            return nil
        case .number(let x) where x == x.rounded() && abs(x) < 1e9:
            return Int(x)
        case .string(let s) where Int(s.trimmed) != nil:
            return Int(s.trimmed)
        default:
            reader.report("'\(key)' must be a whole number, found \(field.kindName)", at: field.position, severity: .warning)
            return nil
        }
    }
}
