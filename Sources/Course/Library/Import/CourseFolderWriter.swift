import Foundation

/// Writes a `Course` in our folder format (Content/README.md) as an in-memory
/// map of relative path → file text: `course.yaml`, `lessons/NN-<id>.md`
/// (front matter + the body unchanged) and `quiz/NN-<lesson id>.json` (the
/// questions of each lesson, in course order). The same course always gives
/// the same bytes.
public enum CourseFolderWriter {
    /// The course's files; `note` becomes a comment at the top of `course.yaml`.
    public static func files(for course: Course, note: String? = nil) -> [String: String] {
        var files: [String: String] = [CourseLoader.manifestName: manifest(course, note: note)]
        let width = max(2, String(course.lessons.count).count)
        for lesson in course.lessons {
            let prefix = String(repeating: "0", count: max(0, width - String(lesson.order).count)) + String(lesson.order)
            files["lessons/\(prefix)-\(lesson.id).md"] = lessonFile(lesson)
            let questions = course.questions.filter { $0.lesson == lesson.id }
            if !questions.isEmpty { files["quiz/\(prefix)-\(lesson.id).json"] = quizFile(questions) }
        }
        return files
    }

    static func manifest(_ course: Course, note: String?) -> String {
        var lines: [String] = []
        if let note { lines += note.split(separator: "\n").map { "# " + $0 } }
        lines += [
            "id: \(YAMLScalar.quoted(course.id))",
            "title: \(YAMLScalar.quoted(course.title))",
            "language: \(YAMLScalar.quoted(course.language))",
        ]
        if !course.description.isEmpty { lines.append("description: \(YAMLScalar.quoted(course.description))") }
        lines.append("chapters:")
        for chapter in course.chapters {
            lines += [
                "  - id: \(YAMLScalar.quoted(chapter.id))",
                "    number: \(chapter.number)",
                "    title: \(YAMLScalar.quoted(chapter.title))",
                "    weight: \(YAMLScalar.number(chapter.weight))",
            ]
        }
        if course.exam.questions > 0 {
            lines += [
                "exam:",
                "  questions: \(course.exam.questions)",
                "  minutes: \(course.exam.minutes)",
                "  pass_percent: \(YAMLScalar.number(course.exam.passPercent))",
                "  domains:",
            ]
            for domain in course.exam.domains {
                lines += ["    - chapter: \(YAMLScalar.quoted(domain.chapter))", "      questions: \(domain.questions)"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func lessonFile(_ lesson: Lesson) -> String {
        var lines = [
            "---",
            "id: \(YAMLScalar.quoted(lesson.id))",
            "title: \(YAMLScalar.quoted(lesson.title))",
            "chapter: \(YAMLScalar.quoted(lesson.chapter))",
            "order: \(lesson.order)",
            "minutes: \(lesson.minutes)",
        ]
        if !lesson.objectives.isEmpty { lines.append("objectives: [" + lesson.objectives.map(YAMLScalar.quoted).joined(separator: ", ") + "]") }
        if !lesson.tags.isEmpty { lines.append("tags: [" + lesson.tags.map(YAMLScalar.quoted).joined(separator: ", ") + "]") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + lesson.body
    }

    static func quizFile(_ questions: [Question]) -> String {
        let items = questions.map { "  " + json($0).serialized() }
        return "{\"questions\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    static func json(_ question: Question) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(question.id)), ("lesson", .string(question.lesson)),
        ]
        if let section = question.section { members.append(("section", .string(section))) }
        members += [("domain", .string(question.domain)), ("difficulty", .string(question.difficulty.rawValue))]
        if let kind = question.kind { members.append(("kind", .string(kind.rawValue))) }
        members += [
            ("stem", .string(question.stem)), ("options", .array(question.options.map(JSONValue.string))),
            ("answer", .integer(question.answer)), ("explanation", .string(question.explanation)),
        ]
        if let check = question.check {
            var fields: [(String, JSONValue)] = [("calc", .string(check.calc)), ("field", .string(check.field))]
            if let digits = check.digits { fields.append(("digits", .integer(digits))) }
            if let scale = check.scale { fields.append(("scale", .number(scale))) }
            members.append(("check", .object(fields)))
        }
        return .object(members)
    }
}
