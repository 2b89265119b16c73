/// Rules across the bank: unique ids, known lessons and domains, distinct stems.
enum QuestionValidator {
    static func validate(_ decoded: [DecodedQuestion], in course: Course) -> (questions: [Question], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var kept: [Question] = []
        var ids: [String: DecodedQuestion] = [:]
        var stems: [String: DecodedQuestion] = [:]
        for item in decoded {
            let question = item.question
            if let first = ids[question.id] {
                let at = first.positions["id"] ?? .start
                diagnostics.append(item.diagnostic("id", "duplicate question id '\(question.id)' (first at \(first.file):\(at.line))"))
                continue
            }
            guard let lesson = course.lesson(id: question.lesson) else {
                diagnostics.append(item.diagnostic("lesson", "unknown lesson '\(question.lesson)'"))
                continue
            }
            guard course.chapter(id: question.domain) != nil else {
                diagnostics.append(item.diagnostic("domain", "unknown domain '\(question.domain)' (domains are chapter ids: \(course.chapters.map(\.id).joined(separator: ", ")))"))
                continue
            }
            if question.domain != lesson.chapter {
                diagnostics.append(item.diagnostic("domain", "domain '\(question.domain)' differs from the chapter of lesson '\(lesson.id)' ('\(lesson.chapter)')"))
                continue
            }
            let stemKey = question.stem.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if let first = stems[stemKey] {
                diagnostics.append(item.diagnostic("stem", "same stem as question '\(first.question.id)'", severity: .warning))
            } else {
                stems[stemKey] = item
            }
            ids[question.id] = item
            kept.append(question)
        }
        return (kept, diagnostics)
    }
}
