import Course
import Foundation
import Quiz

/// What the stats screen shows, as plain values read from the learner's store.
struct StudyStats: Equatable, Sendable {
    /// A finished mock exam or retake.
    struct Exam: Equatable, Sendable {
        var attempt: Int
        var retakeOf: Int?
        var finishedAt: Date
        var correct: Int
        var total: Int
        var passPercent: Double
        var timeUsed: TimeInterval
        var autoSubmitted: Bool
        /// Right answers per domain, in course order (empty if the exam cannot be rebuilt).
        var domains: [DomainScore]

        var percent: Double { ExamScoring.percent(correct: correct, of: total) }
        var passed: Bool { ExamScoring.passed(percent: percent, total: total, passPercent: passPercent) }
    }

    struct DomainScore: Equatable, Sendable {
        var domain: String
        var correct: Int
        var total: Int
        var percent: Double { ExamScoring.percent(correct: correct, of: total) }
    }

    /// Answers to one lesson's or one domain's questions, with its title.
    struct Accuracy: Equatable, Sendable {
        var id: String
        var title: String
        var accuracy: ProgressStats.Accuracy
    }

    /// A count for one calendar day.
    struct Day: Equatable, Sendable {
        /// Local midnight.
        var start: Date
        var count: Int
    }

    /// Days of review history the heatmap covers, ending today.
    static let historyDays = 365
    /// Days of the due forecast, starting today.
    static let forecastDays = 30

    /// Finished exams, oldest first.
    var exams: [Exam]
    /// In course order.
    var domains: [Accuracy]
    var lessons: [Accuracy]
    var cards: ProgressStats.CardCounts
    /// Reviews per day, oldest first, ending today.
    var reviewsPerDay: [Day]
    /// Reviews falling due per day from today on; today also counts the overdue ones.
    var forecast: [Day]
    /// Mean retrievability of the answered cards now; nil before any answer.
    var predictedRetention: Double?

    /// A course nobody has practised: every question new, no history.
    static func empty(course: Course, now: Date, calendar: Calendar) -> StudyStats {
        var cards = ProgressStats.CardCounts()
        cards.new = Set(course.questions.map(\.id)).count
        func none(_ id: String, _ title: String, cards: Int) -> Accuracy {
            Accuracy(id: id, title: title, accuracy: ProgressStats.Accuracy(id: id, cards: cards, seen: 0, reviews: 0, correct: 0))
        }
        return StudyStats(
            exams: [],
            domains: course.chapters.map { chapter in none(chapter.id, chapter.title, cards: course.questions.count { $0.domain == chapter.id }) },
            lessons: course.lessons.map { lesson in none(lesson.id, "\(lesson.order). \(lesson.title)", cards: course.questions.count { $0.lesson == lesson.id }) },
            cards: cards,
            reviewsPerDay: days(historyDays, endingAt: now, calendar: calendar).map { Day(start: $0, count: 0) },
            forecast: days(forecastDays, startingAt: now, calendar: calendar).map { Day(start: $0, count: 0) },
            predictedRetention: nil)
    }

    /// The midnights of the `count` days ending with the day of `now`, oldest first.
    static func days(_ count: Int, endingAt now: Date, calendar: Calendar) -> [Date] {
        let today = calendar.startOfDay(for: now)
        return (0..<max(0, count)).reversed().map { calendar.date(byAdding: .day, value: -$0, to: today) ?? today }
    }

    /// The midnights of the `count` days starting with the day of `now`.
    static func days(_ count: Int, startingAt now: Date, calendar: Calendar) -> [Date] {
        let today = calendar.startOfDay(for: now)
        return (0..<max(0, count)).map { calendar.date(byAdding: .day, value: $0, to: today) ?? today }
    }
}
