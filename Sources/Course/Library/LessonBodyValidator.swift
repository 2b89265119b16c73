/// Checks what a lesson body refers to: internal links (`lesson:id#anchor`,
/// `#anchor`) and questions' `section`s must reach a lesson and a heading, and —
/// in `dli-tutor check` — every `calc` call must parse and evaluate.
public enum LessonBodyValidator {
    /// What a lesson body offers to links, and what it links to.
    struct Outline {
        var anchors: Set<String>
        var links: [(url: String, line: Int)]
        var calcCalls: [CalcBlockCall]
    }

    static func outline(of lesson: Lesson) -> Outline {
        let document = MarkdownParser.parse(lesson.body, firstLine: lesson.bodyStartLine)
        var registry = Anchor.Registry()
        var anchors = Set<String>()
        for heading in document.headings {
            anchors.insert(registry.unique(Anchor.slug(MarkdownInline.plainText(heading.content).trimmingSpaces)))
            if let id = heading.id { anchors.insert(id) }
        }
        return Outline(anchors: anchors, links: document.links, calcCalls: document.calcCalls)
    }

    static func outlines(of lessons: [Lesson]) -> [String: Outline] {
        Dictionary(uniqueKeysWithValues: lessons.map { ($0.id, outline(of: $0)) })
    }

    /// Broken internal links of every lesson, located by the line of their block.
    public static func linkDiagnostics(_ lessons: [Lesson]) -> [Diagnostic] {
        linkDiagnostics(lessons, outlines: outlines(of: lessons))
    }

    static func linkDiagnostics(_ lessons: [Lesson], outlines: [String: Outline]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for lesson in lessons {
            guard let outline = outlines[lesson.id] else { continue }
            for link in outline.links {
                if let problem = problem(with: link.url, from: lesson.id, outlines: outlines) {
                    diagnostics.append(Diagnostic(file: lesson.file, line: link.line, message: problem))
                }
            }
        }
        return diagnostics
    }

    /// Questions whose `section` is not a heading anchor of their lesson, located at the value.
    static func sectionDiagnostics(_ questions: [DecodedQuestion], outlines: [String: Outline]) -> [Diagnostic] {
        questions.compactMap { item in
            let question = item.question
            guard let section = question.section, let outline = outlines[question.lesson],
                  !outline.anchors.contains(section) else { return nil }
            return item.diagnostic("section", "question '\(question.id)': lesson '\(question.lesson)' has no section '#\(section)'")
        }
    }

    static func problem(with url: String, from lessonID: String, outlines: [String: Outline]) -> String? {
        let target: String
        let anchor: String?
        if url.hasPrefix("lesson:") {
            let rest = url.dropFirst("lesson:".count)
            let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            target = String(parts[0])
            anchor = parts.count > 1 ? String(parts[1]) : nil
        } else if url.hasPrefix("#") {
            target = lessonID
            anchor = String(url.dropFirst())
        } else {
            return nil
        }
        guard let outline = outlines[target] else { return "broken link '\(url)': no lesson '\(target)'" }
        if let anchor, !anchor.isEmpty, !outline.anchors.contains(anchor) {
            return "broken link '\(url)': lesson '\(target)' has no heading '#\(anchor)'"
        }
        return nil
    }

    /// Calc calls that do not parse or do not evaluate.
    public static func calcDiagnostics(_ lesson: Lesson, evaluate: FigureChecker.Evaluate) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for call in outline(of: lesson).calcCalls {
            switch call.parsed {
            case .failure(let error):
                diagnostics.append(Diagnostic(file: lesson.file, line: call.line, column: error.column,
                                              message: "calc: \(error.message)"))
            case .success(let parsed):
                do {
                    _ = try evaluate(parsed)
                } catch {
                    diagnostics.append(Diagnostic(file: lesson.file, line: call.line, message: "calc '\(call.text)': \(error)"))
                }
            }
        }
        return diagnostics
    }
}
