import Foundation

/// Finds the static key tables declared in the app's sources and which of them
/// `KeyReference` does not reach, so a screen added with its own table cannot be
/// left out of `dli-tutor keys` and the man page.
enum KeyTableScan {
    struct Table: Equatable, CustomStringConvertible {
        var type: String
        var member: String
        var file: String
        /// The declaration's text: its line, or through its closing line when it spans several.
        var declaration: String
        var description: String { "\(type).\(member) (\(file))" }
    }

    /// `static let bindings: [KeyBinding<…>]`, `static func bindings(…) -> [KeyBinding<…>]`,
    /// `static let keyHelp: [KeyHelp]` and the like. Files are named for their type
    /// (`ExamScreen+Drawing.swift` extends `ExamScreen`).
    static func tables(in sources: [(name: String, text: String)]) -> [Table] {
        let table = try! Regex(#"static (?:let|var|func) (\w+)\b[^=\n{]*(?::|->) \[(?:KeyBinding<|KeyHelp\])"#)
        var found: [Table] = []
        for (file, text) in sources {
            let type = String(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent.split(separator: "+")[0])
            let lines = text.components(separatedBy: "\n")
            for match in text.matches(of: table) {
                let number = text[..<match.range.lowerBound].count { $0 == "\n" }
                found.append(Table(type: type, member: String(match.output[1].substring ?? ""), file: file,
                                   declaration: declaration(lines, from: number)))
            }
        }
        return found
    }

    /// The tables `reference` neither names (`Type.member`) nor reaches through a
    /// table it reaches whose declaration uses them (`member` in its own type,
    /// `Type.member` in another).
    static func unlisted(_ tables: [Table], reference: String) -> [Table] {
        var reached = tables.filter { t in [".", "(", ")", ","].contains { reference.contains("\(t.type).\(t.member)" + $0) } }
        var changed = true
        while changed {
            changed = false
            for t in tables where !reached.contains(t) {
                let uses = reached.contains { r in
                    r.declaration.contains("\(t.type).\(t.member)")
                        || (r.type == t.type && r.member != t.member && r.declaration.contains(try! Regex("(?:^|[^\\w.])\(t.member)(?!\\w)")))
                }
                if uses { reached.append(t); changed = true }
            }
        }
        return tables.filter { !reached.contains($0) }
    }

    private static func declaration(_ lines: [String], from start: Int) -> String {
        let first = lines[start]
        let opened = first.count { "[({".contains($0) }, closed = first.count { "])}".contains($0) }
        guard opened > closed else { return first }
        let indent = first.prefix { $0 == " " }.count
        var end = start + 1
        while end < lines.count - 1, lines[end].prefix(while: { $0 == " " }).count > indent || lines[end].isEmpty { end += 1 }
        return lines[start...end].joined(separator: "\n")
    }
}
