/// A quiz file (`{"questions": [...]}`) → questions, each bad one reported and skipped.
enum QuestionDecoder {
    static let knownKeys = Set([
        "id", "lesson", "section", "domain", "difficulty", "kind", "stem", "options", "answer", "explanation", "check",
    ]).union(ResponseDecoder.knownKeys).union(TemplateDecoder.knownKeys)

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
        let generates = node["generate"] != nil
        // A template's check computes its key per draw (and may be an `expr`): the template decoder reads it.
        let check = generates ? nil : decodeCheck(node, reader: &reader)
        let form = ResponseDecoder.decode(node, hasCheck: check != nil || generates, optionsGenerated: generates, reader: &reader)
        var template: QuestionTemplate?
        if generates, let form {
            let texts = [("stem", stem ?? ""), ("explanation", explanation ?? "")] + form.options.map { ("options", $0) }
            template = TemplateDecoder.decode(node, response: form.response, options: form.options,
                                              texts: texts.map { (key: $0.0, text: $0.1) }, reader: &reader)
        } else if node["mistakes"] != nil {
            reader.report("'mistakes' belong to a template (a question with 'generate')", at: node["mistakes"]?.position ?? node.position)
        }
        let failed = reader.diagnostics.filter { $0.severity == .error }.count > before
        guard !failed, let id, let lesson, let domain, let difficulty, let stem, let explanation, let form else { return nil }
        let question = Question(id: id, lesson: lesson, section: section, domain: domain, difficulty: difficulty, kind: kind,
                                stem: stem, options: form.options, answer: form.answer, explanation: explanation, check: check,
                                response: form.response, template: template)
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
