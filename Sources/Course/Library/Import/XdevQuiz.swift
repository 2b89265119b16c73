/// An xdev quiz (`data/quizzes/<id>.json`, or one entry of the index
/// `data/quizzes.json`): exam metadata, domains with weights and lesson
/// slugs, and questions with `options`, a 0-based `correct`, `domain` and
/// `explanation`.
struct XdevQuiz: Equatable {
    struct Domain: Equatable {
        var name: String
        var weight: Double?
        /// Slugs (or file names) of the lessons the domain covers, in order.
        var lessons: [String]
    }

    struct Item: Equatable {
        /// The question's `id` as written (a number or a string), if any.
        var sourceID: String?
        /// 1-based position in the quiz.
        var position: Int
        var domain: String?
        /// A lesson slug, when the question names one (`lesson` or `lesson_slug`).
        var lesson: String?
        var difficulty: Question.Difficulty?
        var stem: String
        var options: [String]
        var answer: Int
        var explanation: String
        var line: Int
        var column: Int
    }

    var slug: String?
    var seriesSlug: String?
    var title: String?
    var minutes: Int?
    var passingScore: Double?
    var questionsCount: Int?
    var domains: [Domain]
    var items: [Item]
    var file: String
    var line: Int

    /// A quiz file holding one quiz object.
    static func parseFile(_ text: String, file: String) -> (quiz: XdevQuiz?, diagnostics: [Diagnostic]) {
        var reader = NodeReader(file: file)
        let root: SourceNode
        do {
            root = try JSONSourceParser.parse(text)
        } catch {
            reader.report(error.message, at: error.position)
            return (nil, reader.diagnostics)
        }
        guard let object = reader.object(root, what: "a quiz file") else { return (nil, reader.diagnostics) }
        let quiz = decode(object, reader: &reader)
        return (quiz, reader.diagnostics)
    }

    /// The multi-course index: a list of quiz objects (or `{"quizzes": [...]}`).
    /// Only the entries `wanted` accepts are decoded, so a problem in another
    /// course's entry is not this import's problem.
    static func parseIndex(_ text: String, file: String, wanted: (SourceNode) -> Bool) -> (quizzes: [XdevQuiz], diagnostics: [Diagnostic]) {
        var reader = NodeReader(file: file)
        let root: SourceNode
        do {
            root = try JSONSourceParser.parse(text)
        } catch {
            reader.report(error.message, at: error.position)
            return ([], reader.diagnostics)
        }
        guard let entries = root.array ?? root["quizzes"]?.array else {
            reader.report("expected a list of quizzes", at: root.position)
            return ([], reader.diagnostics)
        }
        var quizzes: [XdevQuiz] = []
        for entry in entries where entry.members != nil && wanted(entry) {
            quizzes.append(decode(entry, reader: &reader))
        }
        return (quizzes, reader.diagnostics)
    }

    private static func decode(_ node: SourceNode, reader: inout NodeReader) -> XdevQuiz {
        var domains: [Domain] = []
        if let list = node["domains"] {
            for item in list.array ?? [] {
                guard let domain = reader.object(item, what: "a quiz domain"), let name = reader.string(domain, "name") else { continue }
                let lessons = (domain["lessons"]?.array ?? []).compactMap { lesson -> String? in
                    lesson.string ?? lesson["slug"]?.string
                }
                domains.append(Domain(name: name, weight: number(domain["weight"]), lessons: lessons))
            }
            if list.array == nil { reader.report("'domains' must be a list, found \(list.kindName)", at: list.position) }
        }
        var items: [Item] = []
        if let list = node["questions"] {
            if let array = list.array {
                for (index, element) in array.enumerated() {
                    if let item = decodeItem(element, position: index + 1, reader: &reader) { items.append(item) }
                }
            } else {
                reader.report("'questions' must be a list, found \(list.kindName)", at: list.position)
            }
        }
        return XdevQuiz(
            slug: node["slug"]?.string ?? node["id"]?.string,
            seriesSlug: node["series_slug"]?.string,
            title: node["title"]?.string,
            minutes: number(node["duration_minutes"]).flatMap(wholeNumber),
            passingScore: number(node["passing_score"]),
            questionsCount: number(node["questions_count"]).flatMap(wholeNumber),
            domains: domains, items: items, file: reader.file, line: node.position.line)
    }

    /// One question; a broken one is reported at its position and skipped.
    private static func decodeItem(_ element: SourceNode, position: Int, reader: inout NodeReader) -> Item? {
        guard let node = reader.object(element, what: "a quiz question") else { return nil }
        let label = "quiz question \(position)"
        func fail(_ message: String, _ at: SourcePosition) -> Item? {
            reader.report("\(label): \(message); question skipped", at: at)
            return nil
        }
        guard let stem = (node["question"] ?? node["stem"])?.string, !stem.trimmed.isEmpty else {
            return fail("missing the 'question' text", node.position)
        }
        guard let optionList = node["options"]?.array else { return fail("missing the 'options' list", node.position) }
        guard (2...6).contains(optionList.count) else {
            return fail("has \(optionList.count) options; a question needs 2 to 6", node["options"]!.position)
        }
        var options: [String] = []
        for (index, option) in optionList.enumerated() {
            guard let text = option.string, !text.trimmed.isEmpty else {
                return fail("option \(index) is empty or not a string", option.position)
            }
            options.append(text)
        }
        guard let correctNode = node["correct"] ?? node["answer"] else { return fail("missing 'correct'", node.position) }
        guard let correct = number(correctNode).flatMap(wholeNumber) else {
            return fail("'correct' must be a 0-based option number, found \(correctNode.kindName)", correctNode.position)
        }
        guard options.indices.contains(correct) else {
            return fail("'correct' is \(correct) but the options are numbered 0 to \(options.count - 1)", correctNode.position)
        }
        var sourceID: String? = nil
        if let id = node["id"] {
            switch id.value {
            case .number(let x) where x == x.rounded() && abs(x) < 1e15: sourceID = String(Int(x))
            case .string(let s) where !s.trimmed.isEmpty: sourceID = s.trimmed
            default: break
            }
        }
        let difficulty = node["difficulty"]?.string.flatMap { Question.Difficulty(rawValue: $0.lowercased()) }
        return Item(sourceID: sourceID, position: position, domain: node["domain"]?.string?.trimmed,
                    lesson: (node["lesson"] ?? node["lesson_slug"])?.string, difficulty: difficulty,
                    stem: stem, options: options, answer: correct,
                    explanation: node["explanation"]?.string ?? "",
                    line: node.position.line, column: node.position.column)
    }

    private static func number(_ node: SourceNode?) -> Double? {
        guard let node else { return nil }
        switch node.value {
        case .number(let x): return x
        case .string(let s): return Double(s.trimmed)
        default: return nil
        }
    }

    private static func wholeNumber(_ x: Double) -> Int? {
        x == x.rounded() && abs(x) < 1e9 ? Int(x) : nil
    }
}
