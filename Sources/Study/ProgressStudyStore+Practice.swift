import Course
import Foundation
import Quiz

/// What practice reads: today's plan, the next due date, a question's card.
extension ProgressStudyStore {
    public func practicePlan(course: Course, filter: CardFilter, now: Date, calendar: Calendar, seed: UInt64) throws -> PracticePlan {
        var generator = SeededGenerator(seed: seed)
        return try store.practicePlan(course: course.id, questionsByID: questionsByID(course), at: now, calendar: calendar,
                                      filter: filter, newPerDay: newPerDay, scheduler: scheduler, using: &generator)
    }

    public func cramPlan(course: Course, filter: CardFilter, now: Date, seed: UInt64) throws -> PracticePlan {
        var generator = SeededGenerator(seed: seed)
        return try store.cramPlan(course: course.id, questionsByID: questionsByID(course), at: now, filter: filter,
                                  scheduler: scheduler, using: &generator)
    }

    public func nextDue(courseID: String) throws -> Date? {
        try store.nextDue(course: courseID)
    }

    public func card(courseID: String, questionID: String) throws -> FSRSCard? {
        try store.card(course: courseID, question: questionID).flatMap { $0.isNew ? nil : $0.card }
    }
}

extension PracticeReviewRecord {
    /// The review of one question answered outside a practice session (in the
    /// reader), graded and scheduled by the practice engine as a session of one
    /// question. `card` is the question's card if it was answered before.
    static func answering(_ question: Question, option: Int, at time: Date, card: FSRSCard?,
                          scheduler: FSRSScheduler) throws -> PracticeReviewRecord {
        var session = PracticeSession(questionIDs: [question.id], questions: [question],
                                      cards: card.map { [question.id: $0] } ?? [:], scheduler: scheduler)
        try session.answer(option: option)
        guard case .recordReview(let record) = try session.confirm(at: time) else {
            throw PracticeSessionError.nothingGraded
        }
        return record
    }
}
