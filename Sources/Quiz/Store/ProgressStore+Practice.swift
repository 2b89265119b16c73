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
    /// How often each template was answered before: its next variant is one more.
    public var draws: [String: Int]

    public init(queue: PracticeQueue, questions: [Question], cards: [String: FSRSCard], draws: [String: Int] = [:]) {
        self.queue = queue
        self.questions = questions
        self.cards = cards
        self.draws = draws
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
        let (questions, cards, draws) = Self.bankOrder(candidates, questionsByID: questionsByID)
        // The queue sees the capped due date; the session and the store keep the real one.
        var queueCards = cards
        if let window {
            for card in candidates.due where queueCards[card.question] != nil {
                guard let position = card.position else { continue }
                queueCards[card.question]?.due = window.due(of: card.card, position: position)
            }
        }
        let options = PracticeQueueOptions(
            newPerDay: newPerDay, newIntroducedToday: candidates.newIntroducedToday,
            lessons: filter.lesson.map { [$0] }, domains: filter.domain.map { [$0] }, newPerDomain: newPerDomain)
        let queue = PracticeQueue.build(questions: questions, cards: queueCards, at: now, scheduler: scheduler, options: options,
                                        using: &generator)
        return PracticePlan(queue: queue, questions: questions, cards: cards, draws: draws)
    }

    /// Cram practice for `course` at `now` (`PracticeQueue.cram`): every card
    /// passing `filter`, reviewed or not, whatever its due date and the daily
    /// new limit.
    public func cramPlan<G: RandomNumberGenerator>(
        course: String, questionsByID: [String: Question], at now: Date, filter: CardFilter,
        scheduler: FSRSScheduler, using generator: inout G
    ) throws(StoreError) -> PracticePlan {
        let candidates = try practiceCandidates(course: course, dueBy: .distantFuture, startOfDay: now, filter: filter)
        let (questions, cards, draws) = Self.bankOrder(candidates, questionsByID: questionsByID)
        let options = PracticeQueueOptions(lessons: filter.lesson.map { [$0] }, domains: filter.domain.map { [$0] })
        let queue = PracticeQueue.cram(questions: questions, cards: cards, at: now, scheduler: scheduler, options: options,
                                       using: &generator)
        return PracticePlan(queue: queue, questions: questions, cards: cards, draws: draws)
    }

    /// A drill of some questions of `course` (`practice --drill`): those of
    /// `questionIDs`, now, whatever their due dates, weakest first as in cram
    /// practice; each template's next variant follows its answers so far.
    public func drillPlan<G: RandomNumberGenerator>(
        course: String, questionsByID: [String: Question], questionIDs: Set<String>, at now: Date,
        scheduler: FSRSScheduler, using generator: inout G
    ) throws(StoreError) -> PracticePlan {
        var candidates = try practiceCandidates(course: course, dueBy: .distantFuture, startOfDay: now, filter: .all)
        candidates.due.removeAll { !questionIDs.contains($0.question) }
        candidates.new.removeAll { !questionIDs.contains($0.question) }
        let (questions, cards, draws) = Self.bankOrder(candidates, questionsByID: questionsByID)
        let queue = PracticeQueue.cram(questions: questions, cards: cards, at: now, scheduler: scheduler, using: &generator)
        return PracticePlan(queue: queue, questions: questions, cards: cards, draws: draws)
    }

    /// The candidates' questions in bank order, the cards of those answered
    /// before, and how many times each template was answered (its next draw).
    private static func bankOrder(
        _ candidates: PracticeCandidates, questionsByID: [String: Question]
    ) -> (questions: [Question], cards: [String: FSRSCard], draws: [String: Int]) {
        var questions: [Question] = []
        var cards: [String: FSRSCard] = [:]
        var draws: [String: Int] = [:]
        for card in (candidates.due + candidates.new).sorted(by: { ($0.position ?? .max) < ($1.position ?? .max) }) {
            guard let question = questionsByID[card.question] else { continue }
            questions.append(question)
            if !card.isNew { cards[card.question] = card.card }
            if question.template != nil { draws[card.question] = card.reviewCount }
        }
        return (questions, cards, draws)
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
