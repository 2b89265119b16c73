import Foundation
import Quiz

/// The figures the home screen shows, filled by the store from the learner's data.
public struct HomeSummary: Equatable, Sendable {
    public var lessonsTotal: Int
    public var lessonsCompleted: Int
    public var questionsTotal: Int
    /// Questions whose memory is stable enough to count as learned.
    public var questionsMastered: Int
    /// Cards due for review today.
    public var dueReviews: Int
    /// Questions never practised that today's session may introduce.
    public var newCards: Int
    /// The latest exam with a score.
    public var lastExam: ExamAttemptSummary?
    /// Reviews per day, oldest first, ending today.
    public var reviewsPerDay: [Int]
    /// Consecutive days with at least one review, ending today (or yesterday).
    public var streakDays: Int
    /// The lesson to continue: the last one opened that is not complete.
    public var continueLessonID: String?
    /// The mock exam in progress, if any.
    public var openExam: OpenExam?

    /// A mock exam started and not yet submitted.
    public struct OpenExam: Equatable, Sendable {
        /// When it is submitted by itself (nil: untimed).
        public var deadline: Date?
        public var answered: Int
        public var questions: Int
    }
}

extension HomeSummary {
    /// Consecutive days with reviews ending today, or ending yesterday when
    /// today has none yet (the streak is still alive). `days` ends with today.
    public static func streak(_ days: [Int]) -> Int {
        var rest = days[...]
        if rest.last == 0 { rest = rest.dropLast() }
        var count = 0
        while let last = rest.last, last > 0 {
            count += 1
            rest = rest.dropLast()
        }
        return count
    }

    /// The longest run of consecutive days with reviews in `days`.
    public static func longestStreak(_ days: [Int]) -> Int {
        var best = 0, run = 0
        for count in days {
            run = count > 0 ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }
}
