/// Reads typed fields out of a `SourceNode` object, recording a located
/// diagnostic for every missing or mistyped field instead of failing.
struct NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func report(_ message: String, at position: SourcePosition, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(file: file, line: position.line, column: position.column, message: message, severity: severity))
    }

    /// JSON text as located nodes; nil with the syntax error reported.
    mutating func json(_ text: String) -> SourceNode? {
        do {
            return try JSONSourceParser.parse(text)
        } catch {
            report(error.message, at: error.position)
            return nil
        }
    }

    /// YAML text as located nodes (lines shifted by `lineOffset`); nil with the syntax error reported.
    mutating func yaml(_ text: String, lineOffset: Int = 0) -> SourceNode? {
        do {
            return try YAMLSourceParser.parse(text, lineOffset: lineOffset)
        } catch {
            report(error.message, at: error.position)
            return nil
        }
    }

    /// The front matter of a Markdown file as an object, with the file split at
    /// it; nil with the problem reported (`missing` when there is none).
    /// With `acceptingUnclosed`, a front matter that never closes is the whole
    /// file, with a warning (xdev series indexes that are all YAML).
    mutating func frontMatter(_ text: String, missing: String, acceptingUnclosed: Bool = false) -> (node: SourceNode, parts: FrontMatter)? {
        let parts: FrontMatter
        do {
            parts = try FrontMatter.split(text, acceptingUnclosed: acceptingUnclosed)
        } catch {
            report(error.message, at: error.position)
            return nil
        }
        if !parts.isClosed {
            report("front matter starts with '---' but has no closing '---': the whole file is read as YAML", at: .start, severity: .warning)
        }
        guard !parts.yaml.isEmpty else {
            report(missing, at: .start)
            return nil
        }
        guard let root = yaml(parts.yaml, lineOffset: parts.yamlStartLine - 1),
              let node = object(root, what: "the front matter") else { return nil }
        return (node, parts)
    }

    mutating func object(_ node: SourceNode, what: String) -> SourceNode? {
        guard node.members != nil else {
            report("\(what) must be an object, found \(node.kindName)", at: node.position)
            return nil
        }
        return node
    }

    /// Reports keys not in `known` (a likely typo) and keys written twice.
    mutating func checkKeys(_ node: SourceNode, known: Set<String>, what: String) {
        var seen = Set<String>()
        for member in node.members ?? [] {
            if !seen.insert(member.key).inserted {
                report("duplicate key '\(member.key)' in \(what)", at: member.keyPosition)
            } else if !known.contains(member.key) {
                report("unknown key '\(member.key)' in \(what) (known: \(known.sorted().joined(separator: ", ")))",
                       at: member.keyPosition, severity: .warning)
            }
        }
    }

    mutating func string(_ node: SourceNode, _ key: String, required: Bool = true, nonEmpty: Bool = true) -> String? {
        guard let field = node[key] else {
            if required { report("missing '\(key)'", at: node.position) }
            return nil
        }
        switch field.value {
        case .string(let s):
            if nonEmpty && s.allSatisfy(\.isWhitespace) {
                report("'\(key)' is empty", at: field.position)
                return nil
            }
            return s
        case .number(let x):
            // YAML reads `id: 2024` as a number; accept it as text.
            return Self.text(ofNumber: x)
        case .bool(let b) where !required:
            return String(b)
        default:
            report("'\(key)' must be a string, found \(field.kindName)", at: field.position)
            return nil
        }
    }

    mutating func int(_ node: SourceNode, _ key: String, required: Bool = true, range: ClosedRange<Int>? = nil) -> Int? {
        guard let field = node[key] else {
            if required { report("missing '\(key)'", at: node.position) }
            return nil
        }
        guard case .number(let x) = field.value, x == x.rounded(), abs(x) < 1e15 else {
            report("'\(key)' must be a whole number, found \(field.kindName)", at: field.position)
            return nil
        }
        let n = Int(x)
        if let range, !range.contains(n) {
            report("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(n)", at: field.position)
            return nil
        }
        return n
    }

    mutating func double(_ node: SourceNode, _ key: String, required: Bool = true) -> Double? {
        guard let field = node[key] else {
            if required { report("missing '\(key)'", at: node.position) }
            return nil
        }
        guard case .number(let x) = field.value else {
            report("'\(key)' must be a number, found \(field.kindName)", at: field.position)
            return nil
        }
        return x
    }

    /// A list of strings; a single string is accepted as a list of one.
    mutating func strings(_ node: SourceNode, _ key: String, required: Bool = false) -> [String] {
        guard let field = node[key] else {
            if required { report("missing '\(key)'", at: node.position) }
            return []
        }
        if case .string(let s) = field.value { return [s] }
        guard let items = field.array else {
            report("'\(key)' must be a list, found \(field.kindName)", at: field.position)
            return []
        }
        var out: [String] = []
        for item in items {
            switch item.value {
            case .string(let s): out.append(s)
            case .number(let x): out.append(Self.text(ofNumber: x))
            default: report("items of '\(key)' must be strings, found \(item.kindName)", at: item.position)
            }
        }
        return out
    }

    /// A number as the text it was likely written as: `2024`, not `2024.0`.
    static func text(ofNumber x: Double) -> String {
        Int(exactly: x).map(String.init) ?? String(x)
    }
}
