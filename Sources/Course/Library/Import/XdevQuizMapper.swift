import Foundation

/// Ties an xdev quiz to a converted course: each quiz domain to a chapter,
/// the domain weights to chapter weights, and each question to a lesson.
///
/// - A domain belongs to the chapter most of its listed lessons are in, else
///   to the chapter whose title matches its name (`NameMatcher`).
/// - A question belongs to the lesson it names (`lesson`/`lesson_slug`), else
///   to its domain's only lesson; when the domain lists several lessons, the
///   quiz does not say which one, and the question goes to the domain's first
///   lesson (reported as a warning). A question whose domain matches no
///   chapter goes to the course's first lesson (also reported).
/// - Question ids are `quiz-<id>` from the quiz's own `id` (else its position).
enum XdevQuizMapper {
    struct Mapping {
        var chapters: [Chapter]
        var questions: [Question]
        var diagnostics: [Diagnostic]
    }

    static func map(_ quiz: XdevQuiz, chapters: [Chapter], lessons: [Lesson], files: [XdevLessonFile], courseID: String) -> Mapping {
        var diagnostics: [Diagnostic] = []
        var byAlias: [String: Lesson] = [:]
        for (lesson, file) in zip(lessons, files) {
            for alias in [lesson.id] + file.aliases where byAlias[alias] == nil { byAlias[alias] = lesson }
        }
        func lesson(named name: String) -> Lesson? {
            byAlias[name] ?? byAlias[XdevNames.droppingOrdinal(name)] ?? byAlias[XdevNames.slug(name)]
        }
        let titles = chapters.map(\.title)

        // Quiz domain → chapter index.
        var domainChapter: [Int?] = []
        for domain in quiz.domains {
            let listed = domain.lessons.compactMap(lesson(named:)).compactMap { l in chapters.firstIndex { $0.id == l.chapter } }
            if let chapter = XdevOutline.mostCommon(listed) {
                domainChapter.append(chapter)
                continue
            }
            switch NameMatcher.match(domain.name, among: titles) {
            case .exact(let i)?:
                domainChapter.append(i)
            case .fuzzy(let i)?:
                domainChapter.append(i)
                diagnostics.append(Diagnostic(file: quiz.file, line: quiz.line,
                                              message: "\(courseID): quiz domain '\(domain.name)' read as chapter '\(titles[i])' (closest title)",
                                              severity: .warning))
            case nil:
                domainChapter.append(nil)
                diagnostics.append(Diagnostic(file: quiz.file, line: quiz.line,
                                              message: "\(courseID): quiz domain '\(domain.name)' matches no chapter; its weight is not used",
                                              severity: .warning))
            }
        }

        var weighted = chapters.map { chapter -> Chapter in
            var copy = chapter
            copy.weight = 0
            return copy
        }
        let weights = zip(quiz.domains, domainChapter).compactMap { domain, chapter in chapter.map { ($0, domain.weight ?? 0) } }
        if weights.contains(where: { $0.1 > 0 }) {
            for (chapter, weight) in weights { weighted[chapter].weight += weight }
        } else {
            for index in weighted.indices { weighted[index].weight = ExamBlueprintPlanner.equalWeight(chapters: weighted.count) }
        }

        // Questions.
        var questions: [Question] = []
        var ids: Set<String> = []
        // Questions placed on a default lesson, grouped for one warning each.
        var unplaced: [String: (numbers: [String], line: Int, reason: (one: String, many: String))] = [:]
        var unplacedOrder: [String] = []
        var readings: [String: String] = [:]
        func note(_ key: String, _ number: String, _ item: XdevQuiz.Item, _ reason: (one: String, many: String)) {
            if unplaced[key] == nil {
                unplaced[key] = ([], item.line, reason)
                unplacedOrder.append(key)
            }
            unplaced[key]!.numbers.append(number)
        }
        for item in quiz.items {
            var suffix = XdevNames.slug(item.sourceID ?? "")
            if suffix.isEmpty { suffix = String(item.position) }
            let id = "quiz-\(suffix)"
            guard ids.insert(id).inserted else {
                diagnostics.append(Diagnostic(file: quiz.file, line: item.line, column: item.column,
                                              message: "quiz question \(item.position): id '\(id)' is used twice; question skipped"))
                continue
            }
            var target: Lesson? = nil
            if let named = item.lesson {
                target = lesson(named: named)
                if target == nil {
                    diagnostics.append(Diagnostic(file: quiz.file, line: item.line, column: item.column,
                                                  message: "quiz question \(item.position) names lesson '\(named)', which this series does not have",
                                                  severity: .warning))
                }
            }
            if target == nil, let name = item.domain {
                var chapter: Int? = nil
                var candidates: [Lesson] = []
                if !quiz.domains.isEmpty, let match = NameMatcher.match(name, among: quiz.domains.map(\.name)) {
                    if case .fuzzy(let i) = match { readings[name] = quiz.domains[i].name }
                    chapter = domainChapter[match.index]
                    if let c = chapter {
                        candidates = quiz.domains[match.index].lessons.compactMap(lesson(named:)).filter { $0.chapter == chapters[c].id }
                    }
                } else if let match = NameMatcher.match(name, among: titles) {
                    if case .fuzzy(let i) = match { readings[name] = titles[i] }
                    chapter = match.index
                }
                if let c = chapter {
                    if candidates.isEmpty { candidates = lessons.filter { $0.chapter == chapters[c].id } }
                    if candidates.count == 1 {
                        target = candidates[0]
                    } else if let first = candidates.first {
                        target = first
                        let place = "go to '\(first.id)', the domain's first lesson"
                        note("domain:\(name)", suffix, item, ("of domain '\(name)' names no lesson; it " + place.replacingOccurrences(of: "go to", with: "goes to"),
                                                              "of domain '\(name)' name no lesson; they " + place))
                    }
                }
            }
            if target == nil, let first = lessons.first {
                target = first
                note("none", suffix, item, ("has no domain that matches a chapter; it goes to '\(first.id)', the course's first lesson",
                                            "have no domain that matches a chapter; they go to '\(first.id)', the course's first lesson"))
            }
            guard let lesson = target else { continue }
            let explanation = item.explanation.trimmed.isEmpty ? "Answer: \(item.options[item.answer])" : item.explanation
            questions.append(Question(id: id, lesson: lesson.id, domain: lesson.chapter, difficulty: item.difficulty ?? .medium,
                                      stem: item.stem, options: item.options, answer: item.answer, explanation: explanation))
        }
        for (name, reading) in readings.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(Diagnostic(file: quiz.file, line: quiz.line,
                                          message: "\(courseID): quiz questions of domain '\(name)' read as '\(reading)' (closest name)",
                                          severity: .warning))
        }
        for key in unplacedOrder {
            let entry = unplaced[key]!
            let one = entry.numbers.count == 1
            let message = "\(courseID): quiz question\(one ? "" : "s") \(entry.numbers.joined(separator: ", ")) \(one ? entry.reason.one : entry.reason.many)"
            diagnostics.append(Diagnostic(file: quiz.file, line: entry.line, message: message, severity: .warning))
        }
        return Mapping(chapters: weighted, questions: questions, diagnostics: diagnostics)
    }
}
