/// A quiz file (`{"questions": [...]}`) → questions, each bad one reported and skipped.
enum QuestionDecoder {
    static let knownKeys: Set<String> = [
        "id", "lesson", "section", "domain", "difficulty", "kind", "stem", "options", "answer", "explanation", "check",
    ]

    static func decodeFile(_ text: String, reader: inout NodeReader) -> [DecodedQuestion] {
        guard let root = reader.json(text) else { return [] }
        let list: SourceNode
        if root.array != nil {
            list = root
        } else if let questions = root["questions"] {
            list = questions
        } else {
            reader.report("expected an object with a 'questions' list", at: root.position)
            return []
        }
        guard let items = list.array else {
            reader.report("'questions' must be a list, found \(list.kindName)", at: list.position)
            return []
        }
        return items.compactMap { decode($0, reader: &reader) }
    }

    static func decode(_ item: SourceNode, reader: inout NodeReader) -> DecodedQuestion? {
        guard let node = reader.object(item, what: "a question") else { return nil }
        reader.checkKeys(node, known: knownKeys, what: "a question")
        let before = reader.diagnostics.filter { $0.severity == .error }.count
        let id = reader.string(node, "id")
        let lesson = reader.string(node, "lesson")
        let section = reader.string(node, "section", required: false)
        let domain = reader.string(node, "domain")
        let difficulty = enumValue(node, "difficulty", Question.Difficulty.self, required: true, reader: &reader)
        let kind = enumValue(node, "kind", Question.Kind.self, required: false, reader: &reader)
        let stem = reader.string(node, "stem")
        let explanation = reader.string(node, "explanation")
        let options = decodeOptions(node, reader: &reader)
        var answer = reader.int(node, "answer")
        if let index = answer, let options, !options.indices.contains(index) {
            reader.report("'answer' is \(index) but the options are numbered 0 to \(options.count - 1)",
                          at: node["answer"]?.position ?? node.position)
            answer = nil
        }
        let check = decodeCheck(node, reader: &reader)
        let failed = reader.diagnostics.filter { $0.severity == .error }.count > before
        guard !failed, let id, let lesson, let domain, let difficulty, let stem, let explanation,
              let options, let answer else { return nil }
        let question = Question(id: id, lesson: lesson, section: section, domain: domain, difficulty: difficulty, kind: kind,
                                stem: stem, options: options, answer: answer, explanation: explanation, check: check)
        var positions: [String: SourcePosition] = ["": node.position]
        for member in node.members ?? [] { positions[member.key] = member.value.position }
        return DecodedQuestion(question: question, file: reader.file, positions: positions)
    }

    private static func enumValue<T: RawRepresentable & CaseIterable>(
        _ node: SourceNode, _ key: String, _: T.Type, required: Bool, reader: inout NodeReader
    ) -> T? where T.RawValue == String {
        guard let text = reader.string(node, key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            reader.report("'\(key)' must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), found '\(text)'",
                          at: node[key]?.position ?? node.position)
            return nil
        }
        return value
    }

    private static func decodeOptions(_ node: SourceNode, reader: inout NodeReader) -> [String]? {
        guard let field = node["options"] else {
            reader.report("missing 'options'", at: node.position)
            return nil
        }
        guard let items = field.array else {
            reader.report("'options' must be a list, found \(field.kindName)", at: field.position)
            return nil
        }
        guard (2...6).contains(items.count) else {
            reader.report("a question needs 2 to 6 options, found \(items.count)", at: field.position)
            return nil
        }
        var options: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = item.string, !text.allSatisfy(\.isWhitespace) else {
                reader.report("option \(index) is empty or not a string", at: item.position)
                return nil
            }
            options.append(text)
        }
        return options
    }

    private static func decodeCheck(_ node: SourceNode, reader: inout NodeReader) -> QuestionCheck? {
        guard let field = node["check"] else { return nil }
        guard let check = reader.object(field, what: "'check'") else { return nil }
        reader.checkKeys(check, known: ["calc", "field", "digits", "scale"], what: "'check'")
        guard let calc = reader.string(check, "calc"), let resultField = reader.string(check, "field") else { return nil }
        do {
            _ = try CalcCall.parse(calc)
        } catch {
            let at = check["calc"]?.position ?? check.position
            reader.report("check calc: \(error.message)", at: at)
            return nil
        }
        return QuestionCheck(calc: calc, field: resultField,
                             digits: reader.int(check, "digits", required: false, range: 0...15),
                             scale: reader.double(check, "scale", required: false))
    }
}

/// A question with where its fields were written.
struct DecodedQuestion {
    var question: Question
    var file: String
    var positions: [String: SourcePosition]

    func diagnostic(_ key: String, _ message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let at = positions[key] ?? positions[""] ?? .start
        return Diagnostic(file: file, line: at.line, column: at.column, message: message, severity: severity)
    }
}
