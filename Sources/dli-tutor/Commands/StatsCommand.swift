import ArgumentParser
import Course
import Foundation
import Quiz
import Study

/// `dli-tutor stats`: accuracy by lesson and domain, cards by state, reviews
/// per day, due today, exam history, predicted retention and the readiness forecast.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show your progress: accuracy, cards by state, reviews per day, exams, predicted retention, pass chance.",
        discussion: """
            The pass chance is exact under the memory model: each question you have answered is \
            recalled with its FSRS-6 retrievability (plus the 1-in-k chance of guessing a pick-one \
            question), each one you have not at your smoothed first-answer accuracy in its domain, \
            and a mock exam draws the blueprint's questions per domain without replacement. Each \
            exam stores the forecast made when it started; the Brier score and, from 5 exams, a \
            calibration line compare them with your results.
            """
    )

    @OptionGroup var options: CourseOptions

    @Flag(help: "Print one JSON object.")
    var json = false

    @OptionGroup var color: ColorOption

    /// Days of reviews the command lists (the app's stats screen shows a year).
    static let historyDays = 30

    func run() throws {
        let (context, course) = try options.load()
        let now = Date()
        let study = try context.openStudy(course)
        let stats = try study.stats(course: course, now: now, calendar: .current, historyDays: Self.historyDays)
        let readiness = try study.readiness(course: course, now: now, calendar: .current)
        if json {
            print(Self.json(stats, readiness: readiness, course: course, at: now).serialized())
        } else {
            // Headings stand out on a terminal (or with --color=always); plain text in a pipe.
            let output = TerminalOutput.standardOutput(color: color.color)
            output.write((Self.text(stats, course: course, at: now) + Self.text(readiness, course: course)).enumerated().map { index, line in
                let heading = index == 0 || (!line.hasPrefix(" ") && line.hasSuffix(":"))
                return StyledLine([StyledSpan(line, heading ? .strong : .plain)])
            })
        }
    }

    static func dayString(_ date: Date) -> String {
        StudyFormat.day(date, calendar: .current)
    }

    static func json(_ stats: StudyStats, readiness: Readiness, course: Course, at now: Date) -> JSONValue {
        func accuracy(_ row: StudyStats.Accuracy) -> JSONValue {
            ["id": .string(row.id), "title": .string(row.title), "cards": .integer(row.accuracy.cards),
             "seen": .integer(row.accuracy.seen), "reviews": .integer(row.accuracy.reviews),
             "correct": .integer(row.accuracy.correct), "unanswered": .integer(row.accuracy.unanswered),
             "accuracy": row.accuracy.percent.map { .number($0 / 100) } ?? .null]
        }
        let exams: [JSONValue] = stats.attempts.map { exam in
            ["attempt": .integer(exam.id), "retake_of": exam.retakeOf.map { .integer($0) } ?? .null,
             "started_at": .string(ISO8601Timestamp.format(exam.startedAt)),
             "submitted_at": exam.submittedAt.map { .string(ISO8601Timestamp.format($0)) } ?? .null,
             "correct": exam.correct.map { .integer($0) } ?? .null, "total": .integer(exam.total),
             "score": exam.percent.map { .number($0 / 100) } ?? .null, "passed": exam.passed.map { .bool($0) } ?? .null,
             "time_used_seconds": exam.timeUsed.map { .number($0) } ?? .null, "auto_submitted": .bool(exam.autoSubmitted),
             "forecast": ReadinessJSON.forecast(exam.forecast)]
        }
        return [
            "course": .string(course.id),
            "at": .string(ISO8601Timestamp.format(now)),
            "cards": ["new": .integer(stats.cards.new), "learning": .integer(stats.cards.learning),
                      "review": .integer(stats.cards.review), "relearning": .integer(stats.cards.relearning),
                      "total": .integer(stats.cards.total)],
            "due_today": .integer(stats.dueToday),
            "predicted_retention": stats.predictedRetention.map { .number($0) } ?? .null,
            "predicted_retention_in_a_week": stats.predictedRetentionInAWeek.map { .number($0) } ?? .null,
            "domains": .array(stats.domains.map(accuracy)),
            "lessons": .array(stats.lessons.map(accuracy)),
            "reviews_per_day": .array(stats.reviewsPerDay.map {
                ["date": .string(dayString($0.start)), "reviews": .integer($0.count), "correct": .integer($0.correct)]
            }),
            "exams": .array(exams),
            "calibration": calibration(stats),
            "mistakes": .array(stats.mistakes.map {
                ["question": .string($0.questionID), "mistake": .integer($0.index + 1), "says": .string($0.says), "count": .integer($0.count)]
            }),
            "readiness": ReadinessJSON.readiness(readiness, course: course),
        ]
    }

    /// Accuracy when sure and when not sure, and confident errors per domain (in course order).
    static func calibration(_ stats: StudyStats) -> JSONValue {
        func tally(_ t: ConfidenceCalibration.Tally) -> JSONValue {
            ["answers": .integer(t.answers), "correct": .integer(t.correct), "accuracy": t.accuracy.map { .number($0) } ?? .null]
        }
        let errors: [JSONValue] = stats.domains.compactMap { row in
            stats.calibration.confidentErrors[row.id].map { ["domain": .string(row.id), "title": .string(row.title), "count": .integer($0)] }
        }
        return ["sure": tally(stats.calibration.sure), "unsure": tally(stats.calibration.unsure), "confident_errors": .array(errors)]
    }

    /// The forecast, the plan's, the advice and the audit, after the exam history.
    static func text(_ readiness: Readiness, course: Course) -> [String] {
        let forecast = readiness.forecast
        let interval = forecast.scoreInterval
        var lines = ["", "Readiness: " + ReadinessText.line(readiness)]
        lines.append("  expected score \(StudyFormat.percent(forecast.expectedPercent)); 90% of scores between "
            + "\(StudyFormat.percent(interval.lowerBound)) and \(StudyFormat.percent(interval.upperBound)) (pass mark \(StudyFormat.percent(forecast.passPercent)))")
        for domain in forecast.domains {
            let seen = domain.questions.count { $0.seen }
            lines.append("  \(course.chapter(id: domain.id)?.title ?? domain.id): \(StudyFormat.percent(domain.expectedPercent)) expected, "
                + "\(seen) of \(domain.questions.count) questions seen, an exam draws \(domain.drawn)")
        }
        if let weakest = ReadinessText.weakest(readiness, course: course) { lines.append("  Weakest chapter: \(weakest)") }
        if let next = ReadinessText.nextLesson(readiness, course: course) { lines.append("  Study next: \(next)") }
        let prior = forecast.prior
        lines.append("  Unseen questions count at your first-answer accuracy (\(prior.firstAnswers.correct) of "
            + "\(prior.firstAnswers.answers) right), smoothed: " + prior.domains.map { "\($0.id) \(StudyFormat.percent(100 * $0.probability))" }.joined(separator: ", "))
        if let brier = ReadinessText.brier(readiness.audit) {
            lines.append("Forecast audit: \(brier) (0 is perfect; always saying 50% scores 0.25)")
            for bin in readiness.audit.calibrationLines { lines.append("  " + ReadinessText.calibration(bin)) }
        }
        return lines
    }

    static func text(_ stats: StudyStats, course: Course, at now: Date) -> [String] {
        var lines = ["\(course.title) — progress on \(dayString(now))", ""]
        let cards = stats.cards
        lines.append("Cards: \(cards.total) · new \(cards.new) · learning \(cards.learning) · review \(cards.review) · relearning \(cards.relearning)")
        lines.append("Due today: \(stats.dueToday)")
        lines.append(StudyFormat.recall(now: stats.predictedRetention, inAWeek: stats.predictedRetentionInAWeek))
        func accuracyLine(_ row: StudyStats.Accuracy) -> String {
            let a = row.accuracy
            var score = a.percent.map { "\(a.correct)/\(a.answered) right (\(StudyFormat.percent($0)))" } ?? "not practised"
            if a.unanswered > 0 { score += ", \(a.unanswered) unanswered in exams" }
            return "  \(row.title): \(score), \(a.seen) of \(a.cards) questions seen"
        }
        let c = stats.calibration
        func calibrationLine(_ name: String, _ t: ConfidenceCalibration.Tally) -> String {
            "  \(name): " + (t.accuracy.map { "\(t.correct)/\(t.answers) right (\(StudyFormat.percent(100 * $0)))" } ?? "no answers yet")
        }
        lines += ["", "Confidence (answers marked sure or not sure, re-asks aside):",
                  calibrationLine("sure", c.sure), calibrationLine("not sure", c.unsure)]
        let errors = stats.domains.compactMap { row in c.confidentErrors[row.id].map { "\(row.title) \($0)" } }
        if !errors.isEmpty { lines.append("  confident errors (sure and wrong): " + errors.joined(separator: ", ")) }
        if !stats.mistakes.isEmpty {
            lines += ["", "Most frequent mistakes (wrong answers that matched a named mistake):"]
            lines += stats.mistakes.map { "  \($0.count)× [\($0.questionID)] \($0.says)" }
        }
        lines += ["", "By chapter:"] + stats.domains.map(accuracyLine)
        lines += ["", "By lesson:"] + stats.lessons.map(accuracyLine)
        let active = stats.reviewsPerDay.filter { $0.count > 0 }
        let total = stats.reviewsPerDay.reduce(0) { $0 + $1.count }
        lines += ["", "Reviews in the last \(stats.reviewsPerDay.count) days: \(total)"]
        lines += active.map { "  \(dayString($0.start))  \(String($0.count).leftPadded(to: 4)) (\($0.correct) right)" }
        lines += ["", stats.attempts.isEmpty ? "Exams: none yet" : "Exams:"]
        for exam in stats.attempts {
            let kind = exam.retakeOf.map { "retake of \($0)" } ?? "mock"
            var line = "  \(exam.id). \(StudyFormat.dateTime(exam.startedAt))  \(kind)  "
            if let correct = exam.correct, let percent = exam.percent, let passed = exam.passed {
                line += "\(correct)/\(exam.total) (\(StudyFormat.percent(percent))) \(passed ? "pass" : "fail")"
                line += "  \(StudyFormat.clock(exam.timeUsed ?? 0))\(exam.autoSubmitted ? " (time ran out)" : "")"
                if let forecast = exam.forecast {
                    line += "  forecast \(ReadinessText.chance(forecast.passProbability)) to pass, \(StudyFormat.percent(forecast.expectedPercent)) expected"
                }
            } else {
                line += exam.submittedAt == nil ? "in progress" : "closed without a score (the course changed)"
            }
            lines.append(line)
        }
        return lines
    }
}
