/// Rules across the bank: unique ids, known lessons and domains (a question
/// that breaks one is left out), and, with `checkStems`, distinct stems (a
/// warning, for `check` and imports, not worth its time at every start).
enum QuestionValidator {
    static func validate(_ decoded: [DecodedQuestion], in course: Course,
                         checkStems: Bool = true) -> (questions: [Question], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var kept: [Question] = []
        kept.reserveCapacity(decoded.count)
        // Indexes into `decoded`, the first question with each id and stem.
        var ids: [String: Int] = [:]
        var stems: [String: Int] = [:]
        ids.reserveCapacity(decoded.count)
        for (index, item) in decoded.enumerated() {
            let question = item.question
            if let firstIndex = ids[question.id] {
                let first = decoded[firstIndex]
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
            if checkStems {
                let stemKey = Self.stemKey(question.stem)
                if let first = stems[stemKey] {
                    diagnostics.append(item.diagnostic("stem", "same stem as question '\(decoded[first].question.id)'", severity: .warning))
                } else {
                    stems[stemKey] = index
                }
            }
            ids[question.id] = index
            kept.append(question)
        }
        return (kept, diagnostics)
    }

    /// The stem lowercased, each run of white space one space: stems equal under
    /// this key are reported. Scalars, not characters: no grapheme breaking at start-up.
    static func stemKey(_ stem: String) -> String {
        stem.lowercased().unicodeScalars.split(whereSeparator: isSpace).map(String.init).joined(separator: " ")
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
