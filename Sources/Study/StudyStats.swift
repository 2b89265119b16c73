import Course
import Foundation
import Quiz

/// What the stats screen and `dli-tutor stats` show, as plain values read from
/// the learner's store.
public struct StudyStats: Equatable, Sendable {
    /// A scored mock exam or retake, with its score per domain.
    public struct Exam: Equatable, Sendable {
        public var summary: ExamAttemptSummary
        /// Right answers per domain, in course order (empty if the exam cannot be rebuilt).
        public var domains: [ExamResult.DomainScore]

        public var attempt: Int { summary.id }
        public var finishedAt: Date { summary.submittedAt ?? summary.startedAt }
        public var percent: Double { summary.percent ?? 0 }
        public var passed: Bool { summary.passed ?? false }
    }

    /// Answers to one lesson's or one domain's questions, with its title.
    public struct Accuracy: Equatable, Sendable {
        public var id: String
        public var title: String
        public var accuracy: ProgressStats.Accuracy

        public init(id: String, title: String, accuracy: ProgressStats.Accuracy) {
            self.id = id
            self.title = title
            self.accuracy = accuracy
        }
    }

    /// A count for one calendar day.
    public struct Day: Equatable, Sendable {
        /// Local midnight.
        public var start: Date
        public var count: Int
        /// Right answers among `count` (reviews per day); 0 for forecasts.
        public var correct: Int

        public init(start: Date, count: Int, correct: Int = 0) {
            self.start = start
            self.count = count
            self.correct = correct
        }
    }

    /// Days of review history the heatmap covers, ending today.
    public static let historyDays = 365
    /// Days of the due forecast, starting today.
    public static let forecastDays = 30

    /// Scored exams, oldest first.
    public var exams: [Exam]
    /// Every attempt, oldest first: scored, in progress, or closed without a score.
    public var attempts: [ExamAttemptSummary]
    /// In course order, then any the store knows that the course lost.
    public var domains: [Accuracy]
    public var lessons: [Accuracy]
    public var cards: ProgressStats.CardCounts
    /// Reviews per day, oldest first, ending today.
    public var reviewsPerDay: [Day]
    /// Answered cards due before the end of today.
    public var dueToday: Int
    /// Reviews falling due per day from today on; today also counts the overdue ones.
    public var forecast: [Day]
    /// The average probability of recalling each answered question now (FSRS);
    /// nil before any answer.
    public var predictedRetention: Double?
    /// The same a week from now, without reviews meanwhile.
    public var predictedRetentionInAWeek: Double?
    /// Right answers when sure and when not sure; confident errors by domain (re-asks aside).
    public var calibration: ConfidenceCalibration
    /// The named mistakes of templates the learner made most often, most frequent first.
    public var mistakes: [Mistake]

    /// A named mistake of a template and how often a wrong answer matched it.
    public struct Mistake: Equatable, Sendable {
        public var questionID: String
        /// Its index in the template's `mistakes`.
        public var index: Int
        public var says: String
        public var count: Int
    }

    /// How many of the most frequent mistakes stats lists.
    public static let mistakesShown = 5

    public init(exams: [Exam], attempts: [ExamAttemptSummary], domains: [Accuracy], lessons: [Accuracy],
                cards: ProgressStats.CardCounts, reviewsPerDay: [Day], dueToday: Int, forecast: [Day],
                predictedRetention: Double?, predictedRetentionInAWeek: Double? = nil, calibration: ConfidenceCalibration = ConfidenceCalibration(),
                mistakes: [Mistake] = []) {
        self.exams = exams
        self.attempts = attempts
        self.domains = domains
        self.lessons = lessons
        self.cards = cards
        self.reviewsPerDay = reviewsPerDay
        self.dueToday = dueToday
        self.forecast = forecast
        self.predictedRetention = predictedRetention
        self.predictedRetentionInAWeek = predictedRetentionInAWeek
        self.calibration = calibration
        self.mistakes = mistakes
    }

    /// The lesson to cram: the lowest accuracy among those answered, the one
    /// with fewer answers on a tie; nil before any answer.
    public var weakestLesson: Accuracy? {
        lessons.filter { $0.accuracy.percent != nil }.min { a, b in
            let (pa, pb) = (a.accuracy.percent ?? 0, b.accuracy.percent ?? 0)
            return pa != pb ? pa < pb : a.accuracy.answered < b.accuracy.answered
        }
    }

    /// The midnights of the `count` days ending with the day of `now`, oldest first.
    public static func days(_ count: Int, endingAt now: Date, calendar: Calendar) -> [Date] {
        let today = calendar.startOfDay(for: now)
        return (0..<max(0, count)).reversed().map { calendar.date(byAdding: .day, value: -$0, to: today) ?? today }
    }

    /// The midnights of the `count` days starting with the day of `now`.
    public static func days(_ count: Int, startingAt now: Date, calendar: Calendar) -> [Date] {
        let today = calendar.startOfDay(for: now)
        return (0..<max(0, count)).map { calendar.date(byAdding: .day, value: $0, to: today) ?? today }
    }
}

extension StudyStats {
    /// Lessons in course order (those without questions included), then any the store knows that the course lost.
    static func lessonRows(_ stats: ProgressStats, course: Course) -> [Accuracy] {
        ordered(stats.lessons, known: course.lessons.map { ($0.id, "\($0.order). \($0.title)") })
    }

    /// Domains (chapters) in course order, then any the store knows that the course lost.
    static func domainRows(_ stats: ProgressStats, course: Course) -> [Accuracy] {
        ordered(stats.domains, known: course.chapters.map { ($0.id, $0.title) })
    }

    private static func ordered(_ rows: [ProgressStats.Accuracy], known: [(String, String)]) -> [Accuracy] {
        var byID: [String: ProgressStats.Accuracy] = [:]
        for row in rows { byID[row.id] = row }
        var out = known.map { id, title in
            Accuracy(id: id, title: title, accuracy: byID[id] ?? ProgressStats.Accuracy(id: id, cards: 0, seen: 0, reviews: 0, correct: 0))
        }
        let ids = Set(known.map(\.0))
        out += rows.filter { !ids.contains($0.id) }.map { Accuracy(id: $0.id, title: $0.id, accuracy: $0) }
        return out
    }
}
