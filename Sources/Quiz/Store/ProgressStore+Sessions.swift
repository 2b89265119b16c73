import Course
import Foundation
import GRDB

/// Practice reviews and exam submissions as the sessions produce them, so that
/// every front end (plain mode, the full-screen app) stores them the same way.
extension ProgressStore {
    /// Stores a confirmed practice review (`PracticeEffect.recordReview`); returns its id.
    /// A question reviewed for the first time starts from its stored (new) card,
    /// read in the same transaction.
    ///
    /// With `extra` (cram or drill practice) the review is logged under its
    /// source and moves the stored card only if that card has no review since
    /// the extra practice's day start; later ones are logged and leave the card
    /// as it is, so cramming or drilling does not distort its schedule.
    @discardableResult
    public func recordPractice(_ record: PracticeReviewRecord, course: String, extra: ExtraPractice? = nil) throws(StoreError) -> Int64 {
        try write { db in
            let stored = try CardRow.fetch(course: course, question: record.questionID, db: db)?.card
            var before = record.oldCard ?? stored ?? .new(at: record.time)
            var after = record.newCard
            if let extra {
                before = stored ?? before
                if !extra.movesCard(lastReviewed: stored?.lastReview) { after = before }
            }
            return try Self.insertReview(CardReview(
                question: record.questionID, reviewedAt: record.time, rating: record.rating, correct: record.correct,
                chosen: record.answer.option, before: before, after: after,
                answer: ReviewAnswer(record.answer, confidence: record.confidence, overridden: record.overridden, reask: record.reask,
                                     variant: record.variant, mistake: record.mistake)),
                course: course, source: extra?.source ?? .practice, attempt: nil, db: db)
        }
    }

    /// Takes back a practice review (`PracticeEffect.undoReview`): the card gets
    /// its state before the review back and the log entry goes.
    public func undoPractice(_ record: PracticeReviewRecord, course: String) throws(StoreError) {
        let id = try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM review WHERE course = ? AND question = ? AND reviewed_at = ?",
                               arguments: [course, record.questionID, StoreTime.milliseconds(record.time)])
        }
        guard let id else {
            throw StoreError(path: path, kind: .failed("no review of \(record.questionID) at that time to undo"))
        }
        try undoReview(id: id)
    }

    /// Stores a submitted exam: the attempt closed with its score and one card
    /// review per question (see `ExamResult.cardReviews`), from the cards as
    /// they are in the same transaction (another process may have practised
    /// meanwhile). Returns the result. `domainOrder` orders the result's domains.
    @discardableResult
    public func submitExam(_ session: ExamSession, scheduler: FSRSScheduler, domainOrder: [String] = []) throws(StoreError) -> ExamResult {
        guard let attempt = session.id, let time = session.submittedAt, let result = session.result(domainOrder: domainOrder) else {
            throw StoreError(path: path, kind: .failed("only a stored, submitted exam can be recorded as submitted"))
        }
        try write { db in
            var cards: [String: FSRSCard] = [:]
            for item in session.items {
                if let stored = try CardRow.fetch(course: session.course, question: item.question.id, db: db) {
                    cards[item.question.id] = stored.card
                }
            }
            let reviews = result.cardReviews(at: time, scheduler: scheduler) { cards[$0.id] }
            try ExamRows.submit(attempt, at: time, automatically: session.autoSubmitted, correct: result.correct,
                                course: session.course, reviews: reviews, db: db)
        }
        return result
    }
}
