import Course
import Foundation
import GRDB

/// What a practice session starts from: the ordered queue, the questions it
/// asks and the cards they already have.
public struct PracticePlan: Equatable, Sendable {
    public var queue: PracticeQueue
    /// The questions of the queue's candidates, in bank order.
    public var questions: [Question]
    /// Cards of the due questions (never-reviewed questions have none).
    public var cards: [String: FSRSCard]

    public init(queue: PracticeQueue, questions: [Question], cards: [String: FSRSCard]) {
        self.queue = queue
        self.questions = questions
        self.cards = cards
    }
}

extension ProgressStore {
    /// Today's practice for `course` at `now`: the due and never-reviewed cards
    /// come from indexed queries (see `practiceCandidates`), and
    /// `PracticeQueue.build` orders them. `questionsByID` is the course's bank
    /// by id (built once per course). The bank must have been synced.
    /// With an exam plan: `window` makes cards due by the capping rule, and
    /// `newPerDomain` caps the new questions of each domain (the plan's share of the day).
    public func practicePlan<G: RandomNumberGenerator>(
        course: String, questionsByID: [String: Question], at now: Date, calendar: Calendar = .current,
        filter: CardFilter = .all, newPerDay: Int = 20, newPerDomain: [String: Int]? = nil, window: ExamWindow? = nil,
        scheduler: FSRSScheduler, using generator: inout G
    ) throws(StoreError) -> PracticePlan {
        let candidates = try practiceCandidates(course: course, dueBy: now, startOfDay: calendar.startOfDay(for: now), filter: filter,
                                                window: window)
        var questions: [Question] = []
        var cards: [String: FSRSCard] = [:]
        var queueCards: [String: FSRSCard] = [:]
        let stored = (candidates.due + candidates.new).sorted { ($0.position ?? .max) < ($1.position ?? .max) }
        for card in stored {
            guard let question = questionsByID[card.question] else { continue }
            questions.append(question)
            if !card.isNew {
                cards[card.question] = card.card
                // The queue sees the capped due date; the session and the store keep the real one.
                var queued = card.card
                if let window, let position = card.position { queued.due = window.due(of: card.card, position: position) }
                queueCards[card.question] = queued
            }
        }
        let options = PracticeQueueOptions(
            newPerDay: newPerDay, newIntroducedToday: candidates.newIntroducedToday,
            lessons: filter.lesson.map { [$0] }, domains: filter.domain.map { [$0] }, newPerDomain: newPerDomain)
        let queue = PracticeQueue.build(questions: questions, cards: queueCards, at: now, scheduler: scheduler, options: options,
                                        using: &generator)
        return PracticePlan(queue: queue, questions: questions, cards: cards)
    }

    /// When each answered card of `course` due before `limit` falls due, earliest
    /// first (a scan of the due index alone, for forecasts over many cards).
    public func dueDates(course: String, before limit: Date) throws(StoreError) -> [Date] {
        try read { db in
            try Int64.fetchAll(db, sql: """
                SELECT due FROM card WHERE course = ? AND review_count > 0 AND position IS NOT NULL AND due < ? ORDER BY due
                """, arguments: [course, StoreTime.milliseconds(limit)]).map(StoreTime.date)
        }
    }

    /// When the next answered card of `course` falls due; nil if none.
    public func nextDue(course: String) throws(StoreError) -> Date? {
        try read { db in
            try Int64.fetchOne(db, sql: """
                SELECT MIN(due) FROM card WHERE course = ? AND review_count > 0 AND position IS NOT NULL
                """, arguments: [course]).map(StoreTime.date)
        }
    }
}
