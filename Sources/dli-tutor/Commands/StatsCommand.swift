import ArgumentParser
import Course
import Foundation
import Quiz

/// `dli-tutor stats`: accuracy by lesson and domain, cards by state, reviews
/// per day, due today, exam history and predicted retention.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show your progress: accuracy, cards by state, reviews per day, exams, predicted retention."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The course id (default: the bundled course).")
    var course: String?

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        let context = CourseContext(global)
        let course = try context.course(self.course)
        let store = try context.openStore()
        let now = Date()
        try store.syncBank(of: course, at: now)
        let stats = try store.stats(course: course.id, at: now, scheduler: try FSRSScheduler())
        if json {
            print(Self.json(stats, course: course, at: now).serialized())
        } else {
            Self.text(stats, course: course, at: now).forEach { print($0) }
        }
    }

    /// Lessons in course order (those without questions included), then any the store knows that the course lost.
    static func lessonRows(_ stats: ProgressStats, course: Course) -> [(id: String, title: String, accuracy: ProgressStats.Accuracy)] {
        ordered(stats.lessons, known: course.lessons.map { ($0.id, "\($0.order). \($0.title)") })
    }

    static func domainRows(_ stats: ProgressStats, course: Course) -> [(id: String, title: String, accuracy: ProgressStats.Accuracy)] {
        ordered(stats.domains, known: course.chapters.map { ($0.id, $0.title) })
    }

    private static func ordered(_ rows: [ProgressStats.Accuracy], known: [(String, String)])
        -> [(id: String, title: String, accuracy: ProgressStats.Accuracy)] {
        var byID: [String: ProgressStats.Accuracy] = [:]
        for row in rows { byID[row.id] = row }
        var out = known.map { id, title in
            (id: id, title: title, accuracy: byID[id] ?? ProgressStats.Accuracy(id: id, cards: 0, seen: 0, reviews: 0, correct: 0))
        }
        let ids = Set(known.map(\.0))
        out += rows.filter { !ids.contains($0.id) }.map { (id: $0.id, title: $0.id, accuracy: $0) }
        return out
    }

    static func dayString(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    static func json(_ stats: ProgressStats, course: Course, at now: Date) -> JSONValue {
        func accuracy(_ row: (id: String, title: String, accuracy: ProgressStats.Accuracy)) -> JSONValue {
            ["id": .string(row.id), "title": .string(row.title), "cards": .integer(row.accuracy.cards),
             "seen": .integer(row.accuracy.seen), "reviews": .integer(row.accuracy.reviews),
             "correct": .integer(row.accuracy.correct), "accuracy": row.accuracy.percent.map { .number($0 / 100) } ?? .null]
        }
        let exams: [JSONValue] = stats.exams.map { exam in
            ["attempt": .integer(exam.id), "retake_of": exam.retakeOf.map { .integer($0) } ?? .null,
             "started_at": .string(ISO8601Timestamp.format(exam.startedAt)),
             "submitted_at": exam.submittedAt.map { .string(ISO8601Timestamp.format($0)) } ?? .null,
             "correct": exam.correct.map { .integer($0) } ?? .null, "total": .integer(exam.total),
             "score": exam.percent.map { .number($0 / 100) } ?? .null, "passed": exam.passed.map { .bool($0) } ?? .null,
             "time_used_seconds": exam.timeUsed.map { .number($0) } ?? .null, "auto_submitted": .bool(exam.autoSubmitted)]
        }
        return [
            "course": .string(course.id),
            "at": .string(ISO8601Timestamp.format(now)),
            "cards": ["new": .integer(stats.cards.new), "learning": .integer(stats.cards.learning),
                      "review": .integer(stats.cards.review), "relearning": .integer(stats.cards.relearning),
                      "total": .integer(stats.cards.total)],
            "due_today": .integer(stats.dueToday),
            "predicted_retention": stats.predictedRetention.map { .number($0) } ?? .null,
            "domains": .array(domainRows(stats, course: course).map(accuracy)),
            "lessons": .array(lessonRows(stats, course: course).map(accuracy)),
            "reviews_per_day": .array(stats.reviewsPerDay.map {
                ["date": .string(dayString($0.start)), "reviews": .integer($0.reviews), "correct": .integer($0.correct)]
            }),
            "exams": .array(exams),
        ]
    }

    static func text(_ stats: ProgressStats, course: Course, at now: Date) -> [String] {
        var lines = ["\(course.title) — progress on \(dayString(now))", ""]
        let cards = stats.cards
        lines.append("Cards: \(cards.total) · new \(cards.new) · learning \(cards.learning) · review \(cards.review) · relearning \(cards.relearning)")
        lines.append("Due today: \(stats.dueToday)")
        lines.append("Predicted retention: " + (stats.predictedRetention.map { PlainText.percent(100 * $0) } ?? "— (nothing reviewed yet)"))
        func accuracyLine(_ row: (id: String, title: String, accuracy: ProgressStats.Accuracy)) -> String {
            let a = row.accuracy
            let score = a.percent.map { "\(a.correct)/\(a.reviews) right (\(PlainText.percent($0)))" } ?? "not practised"
            return "  \(row.title): \(score), \(a.seen) of \(a.cards) questions seen"
        }
        lines += ["", "By domain:"] + domainRows(stats, course: course).map(accuracyLine)
        lines += ["", "By lesson:"] + lessonRows(stats, course: course).map(accuracyLine)
        let active = stats.reviewsPerDay.filter { $0.reviews > 0 }
        let total = stats.reviewsPerDay.reduce(0) { $0 + $1.reviews }
        lines += ["", "Reviews in the last \(stats.reviewsPerDay.count) days: \(total)"]
        lines += active.map { "  \(dayString($0.start))  \(String($0.reviews).leftPadded(to: 4)) (\($0.correct) right)" }
        lines += ["", stats.exams.isEmpty ? "Exams: none yet" : "Exams:"]
        for exam in stats.exams {
            let kind = exam.retakeOf.map { "retake of \($0)" } ?? "mock"
            var line = "  \(exam.id). \(PlainText.dateTime(exam.startedAt))  \(kind)  "
            if let correct = exam.correct, let percent = exam.percent, let passed = exam.passed {
                line += "\(correct)/\(exam.total) (\(PlainText.percent(percent))) \(passed ? "pass" : "fail")"
                line += "  \(PlainText.duration(exam.timeUsed ?? 0))\(exam.autoSubmitted ? " (time ran out)" : "")"
            } else {
                line += exam.submittedAt == nil ? "in progress" : "closed without a score (the course changed)"
            }
            lines.append(line)
        }
        return lines
    }
}
