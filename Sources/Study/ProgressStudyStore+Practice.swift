import Course
import Foundation
import Quiz

/// What practice reads: today's plan, the next due date, a question's card.
extension ProgressStudyStore {
    /// With an exam date set, practice follows the plan: cards are due by the
    /// capping rule (`ExamWindow`), and — unless a lesson or domain is chosen —
    /// today's new questions are the plan's, per domain.
    public func practicePlan(course: Course, filter: CardFilter, now: Date, calendar: Calendar, seed: UInt64) throws -> PracticePlan {
        var generator = SeededGenerator(seed: seed)
        let quota = try newQuota(course: course, filter: filter, now: now, calendar: calendar)
        return try store.practicePlan(course: course.id, questionsByID: questionsByID(course), at: now, calendar: calendar,
                                      filter: filter, newPerDay: quota.newPerDay, newPerDomain: quota.perDomain,
                                      window: quota.window, scheduler: scheduler, using: &generator)
    }

    /// Today's new questions (counting those already introduced today, as
    /// `PracticeQueueOptions.newPerDay` does), their share per domain, and the
    /// capping window: the plan's while an exam date is ahead, else the daily limit.
    func newQuota(course: Course, filter: CardFilter, now: Date, calendar: Calendar) throws
        -> (newPerDay: Int, perDomain: [String: Int]?, window: ExamWindow?) {
        guard let stored = try store.examPlan(course: course.id),
              let window = ExamWindow(plan: stored.plan, calendar: calendar, now: now) else { return (newPerDay, nil, nil) }
        guard filter == .all, let today = try projection(of: stored, course: course, inputs: nil, now: now, calendar: calendar)?
            .days.first else { return (newPerDay, nil, window) }
        let introduced = try store.introducedInPractice(course: course.id, since: calendar.startOfDay(for: now))
        return (today.new + introduced.values.reduce(0, +), today.newByDomain, window)
    }

    public func cramPlan(course: Course, filter: CardFilter, now: Date, seed: UInt64) throws -> PracticePlan {
        var generator = SeededGenerator(seed: seed)
        return try store.cramPlan(course: course.id, questionsByID: questionsByID(course), at: now, filter: filter,
                                  scheduler: scheduler, using: &generator)
    }

    public func drillPlan(course: Course, questionIDs: Set<String>, now: Date, seed: UInt64) throws -> PracticePlan {
        var generator = SeededGenerator(seed: seed)
        return try store.drillPlan(course: course.id, questionsByID: questionsByID(course), questionIDs: questionIDs, at: now,
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
