/// Rules across lessons: known chapters, unique ids, a stable order.
enum LessonValidator {
    static func validate(_ decoded: [DecodedLesson], chapters: [Chapter]) -> (lessons: [Lesson], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var kept: [Lesson] = []
        for item in decoded {
            let lesson = item.lesson
            if !chapters.contains(where: { $0.id == lesson.chapter }) {
                diagnostics.append(item.diagnostic("chapter", "unknown chapter '\(lesson.chapter)' (known: \(chapters.map(\.id).joined(separator: ", ")))"))
                continue
            }
            if let first = kept.first(where: { $0.id == lesson.id }) {
                diagnostics.append(item.diagnostic("id", "duplicate lesson id '\(lesson.id)' (also in \(first.file))"))
                continue
            }
            if let same = kept.first(where: { $0.order == lesson.order }) {
                diagnostics.append(item.diagnostic("order", "lesson order \(lesson.order) is also used by '\(same.id)'", severity: .warning))
            }
            kept.append(lesson)
        }
        kept.sort { ($0.order, $0.id) < ($1.order, $1.id) }
        return (kept, diagnostics)
    }
}
