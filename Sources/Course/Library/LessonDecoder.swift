/// A lesson file (front matter + Markdown) → `Lesson`.
enum LessonDecoder {
    static let knownKeys: Set<String> = ["id", "title", "chapter", "order", "minutes", "objectives", "tags", "claims"]

    static func decode(_ text: String, file: String, reader: inout NodeReader) -> DecodedLesson? {
        guard let front = reader.frontMatter(
            text, missing: "no front matter: a lesson starts with '---', its id, title, chapter and order, then '---'")
        else { return nil }
        let (node, parts) = front
        reader.checkKeys(node, known: knownKeys, what: "the front matter")
        let id = reader.string(node, "id")
        let title = reader.string(node, "title")
        let chapter = reader.string(node, "chapter")
        let order = reader.int(node, "order", range: 0...9999)
        let minutes = reader.int(node, "minutes", required: false, range: 0...10000) ?? 0
        let objectives = reader.strings(node, "objectives")
        let tags = reader.strings(node, "tags")
        let claims = decodeClaims(node, reader: &reader)
        guard let id, let title, let chapter, let order else { return nil }
        let lesson = Lesson(id: id, title: title, chapter: chapter, order: order, minutes: minutes,
                            objectives: objectives, tags: tags, claims: claims, body: parts.body,
                            file: file, bodyStartLine: parts.bodyStartLine)
        var positions: [String: SourcePosition] = [:]
        for member in node.members ?? [] { positions[member.key] = member.value.position }
        return DecodedLesson(lesson: lesson, positions: positions)
    }

    private static func decodeClaims(_ node: SourceNode, reader: inout NodeReader) -> [LessonClaim] {
        guard let list = node["claims"] else { return [] }
        guard let items = list.array else {
            reader.report("'claims' must be a list, found \(list.kindName)", at: list.position)
            return []
        }
        var claims: [LessonClaim] = []
        for item in items {
            guard let claim = reader.object(item, what: "a claim") else { continue }
            reader.checkKeys(claim, known: ["text", "calc", "field", "digits", "scale"], what: "a claim")
            guard let text = reader.string(claim, "text"), let calc = reader.string(claim, "calc"),
                  let field = reader.string(claim, "field") else { continue }
            claims.append(LessonClaim(text: text, calc: calc, field: field,
                                      digits: reader.int(claim, "digits", required: false, range: 0...15),
                                      scale: reader.double(claim, "scale", required: false),
                                      line: claim.position.line))
        }
        return claims
    }
}

/// A lesson with the positions of its front-matter values, for later diagnostics.
struct DecodedLesson {
    var lesson: Lesson
    var positions: [String: SourcePosition]

    func diagnostic(_ key: String, _ message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let at = positions[key] ?? .start
        return Diagnostic(file: lesson.file, line: at.line, column: at.column, message: message, severity: severity)
    }
}
