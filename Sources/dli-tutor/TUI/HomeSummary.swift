import Foundation

/// The figures the home screen shows, filled by the store from the learner's data.
struct HomeSummary: Equatable, Sendable {
    var lessonsTotal: Int
    var lessonsCompleted: Int
    var questionsTotal: Int
    /// Questions whose memory is stable enough to count as learned.
    var questionsMastered: Int
    /// Cards due for review today.
    var dueReviews: Int
    /// Questions never practised that today's session may introduce.
    var newCards: Int
    var lastExam: ExamScore?
    /// Reviews per day, oldest first, ending today.
    var reviewsPerDay: [Int]
    /// Consecutive days with at least one review, ending today (or yesterday).
    var streakDays: Int
    /// The lesson to continue: the last one opened that is not complete.
    var continueLessonID: String?

    /// The score of a finished mock exam.
    struct ExamScore: Equatable, Sendable {
        var percent: Double
        var passed: Bool
        var finishedAt: Date
    }

    /// Nothing done yet in a course of this size.
    static func empty(lessons: Int, questions: Int, newCards: Int) -> HomeSummary {
        HomeSummary(lessonsTotal: lessons, lessonsCompleted: 0, questionsTotal: questions, questionsMastered: 0,
                    dueReviews: 0, newCards: newCards, lastExam: nil, reviewsPerDay: [], streakDays: 0,
                    continueLessonID: nil)
    }
}

extension HomeSummary {
    /// Consecutive days with reviews ending today, or ending yesterday when
    /// today has none yet (the streak is still alive). `days` ends with today.
    static func streak(_ days: [Int]) -> Int {
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
    static func longestStreak(_ days: [Int]) -> Int {
        var best = 0, run = 0
        for count in days {
            run = count > 0 ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }
}
