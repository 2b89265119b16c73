/// `course.yaml` → `Course` (without lessons and questions).
enum ManifestDecoder {
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isLowerAlnum else { return false }
        return id.unicodeScalars.allSatisfy { $0.isLowerAlnum || $0 == "." || $0 == "_" || $0 == "-" }
    }

    static func decode(_ text: String, reader: inout NodeReader) -> Course? {
        guard let root = reader.yaml(text), let manifest = reader.object(root, what: "the manifest") else { return nil }
        reader.checkKeys(manifest, known: ["id", "title", "language", "description", "chapters", "exam"], what: "the manifest")
        let id = reader.string(manifest, "id")
        let title = reader.string(manifest, "title")
        if let id, !isValidID(id), let at = manifest["id"]?.position {
            reader.report("'id' must use lowercase letters, digits, '.', '_' and '-' only", at: at)
        }
        let chapters = decodeChapters(manifest, reader: &reader)
        let exam = decodeExam(manifest, chapters: chapters, reader: &reader)
        guard let id, let title else { return nil }
        return Course(
            id: id, title: title,
            language: reader.string(manifest, "language", required: false) ?? "en",
            description: reader.string(manifest, "description", required: false) ?? "",
            chapters: chapters, exam: exam)
    }

    private static func decodeChapters(_ manifest: SourceNode, reader: inout NodeReader) -> [Chapter] {
        guard let list = manifest["chapters"] else {
            reader.report("missing 'chapters'", at: manifest.position)
            return []
        }
        guard let items = list.array else {
            reader.report("'chapters' must be a list, found \(list.kindName)", at: list.position)
            return []
        }
        var chapters: [Chapter] = []
        for (index, item) in items.enumerated() {
            guard let node = reader.object(item, what: "a chapter") else { continue }
            reader.checkKeys(node, known: ["id", "number", "title", "weight"], what: "a chapter")
            guard let id = reader.string(node, "id"), let title = reader.string(node, "title") else { continue }
            if chapters.contains(where: { $0.id == id }) {
                reader.report("duplicate chapter id '\(id)'", at: node["id"]?.position ?? node.position)
                continue
            }
            let number = reader.int(node, "number", required: false, range: 1...999) ?? index + 1
            let weight = reader.double(node, "weight", required: false) ?? 0
            chapters.append(Chapter(id: id, number: number, title: title, weight: weight))
        }
        if chapters.isEmpty { reader.report("the course has no chapters", at: list.position) }
        return chapters
    }

    private static func decodeExam(_ manifest: SourceNode, chapters: [Chapter], reader: inout NodeReader) -> ExamBlueprint {
        let fallback = ExamBlueprint(questions: 0, minutes: 0, passPercent: 70, domains: [])
        guard let examNode = manifest["exam"] else {
            reader.report("no 'exam' blueprint: mock exams are unavailable", at: manifest.position, severity: .warning)
            return fallback
        }
        guard let exam = reader.object(examNode, what: "'exam'") else { return fallback }
        reader.checkKeys(exam, known: ["questions", "minutes", "pass_percent", "domains"], what: "'exam'")
        let questions = reader.int(exam, "questions", range: 1...500) ?? 0
        let minutes = reader.int(exam, "minutes", range: 1...1440) ?? 0
        var passPercent = reader.double(exam, "pass_percent") ?? 70
        if !(0...100).contains(passPercent) {
            reader.report("'pass_percent' must be between 0 and 100", at: exam["pass_percent"]?.position ?? exam.position)
            passPercent = 70
        }
        var domains: [ExamBlueprint.Domain] = []
        if let list = exam["domains"] {
            for item in list.array ?? [] {
                guard let node = reader.object(item, what: "an exam domain") else { continue }
                guard let chapter = reader.string(node, "chapter"),
                      let count = reader.int(node, "questions", range: 0...500) else { continue }
                guard chapters.contains(where: { $0.id == chapter }) else {
                    reader.report("exam domain names unknown chapter '\(chapter)'", at: node["chapter"]?.position ?? node.position)
                    continue
                }
                domains.append(ExamBlueprint.Domain(chapter: chapter, questions: count))
            }
            let total = domains.reduce(0) { $0 + $1.questions }
            if !domains.isEmpty && total != questions {
                reader.report("exam domains add up to \(total) questions, but 'questions' is \(questions)", at: list.position)
            }
        }
        return ExamBlueprint(questions: questions, minutes: minutes, passPercent: passPercent, domains: domains)
    }
}

extension Unicode.Scalar {
    var isLowerAlnum: Bool { ("a"..."z").contains(self) || ("0"..."9").contains(self) }
}
