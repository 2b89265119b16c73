import Course
import Foundation

/// A practice session as a pure state machine: present a question → the learner
/// picks an option → it is graded (wrong is Again; right proposes Good, which the
/// learner may change to Hard or Easy) → confirming schedules the card and yields
/// a `recordReview` effect → the next question. The latest confirmed review can
/// be undone (an `undoReview` effect), which asks that question again.
///
/// Cards still (re)learning after a review come back in the same session: as soon
/// as they are due, and once the queue is empty, up to `learnAhead` early.
public struct PracticeSession: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        /// The question is shown and waits for an answer.
        case presenting(questionID: String)
        /// The answer is graded and waits for confirmation.
        case graded(Grade)
        /// Nothing left to ask.
        case finished
    }

    /// A graded, not yet confirmed answer.
    public struct Grade: Equatable, Sendable {
        public var questionID: String
        public var answer: Int
        public var correct: Bool
        /// Again for a wrong answer; Good (or the learner's Hard/Easy) for a right one.
        public var rating: Rating
    }

    /// A card waiting for its next (re)learning step in this session.
    public struct LearningItem: Equatable, Sendable {
        public var questionID: String
        public var due: Date
    }

    /// Everything an undo puts back.
    private struct Snapshot: Equatable, Sendable {
        var queue: [String]
        var learning: [LearningItem]
        var cards: [String: FSRSCard]
        var reviews: [PracticeReviewRecord]
        var record: PracticeReviewRecord
    }

    public private(set) var phase: Phase
    /// Card states by question id, updated as reviews are confirmed.
    public private(set) var cards: [String: FSRSCard]
    /// Questions still to ask after the current one, in order.
    public private(set) var queue: [String]
    /// Cards of this session still (re)learning, in the order they were reviewed.
    public private(set) var learning: [LearningItem]
    /// The reviews confirmed in this session, oldest first.
    public private(set) var reviews: [PracticeReviewRecord]
    public let questions: [String: Question]
    public let scheduler: FSRSScheduler
    /// How early a learning card may come back once the queue is empty (Anki's default: 20 min).
    public let learnAhead: TimeInterval
    private var undoSnapshot: Snapshot?

    /// A session asking `questionIDs` in order (ids without a question are skipped).
    public init(
        questionIDs: [String], questions: [Question], cards: [String: FSRSCard], scheduler: FSRSScheduler,
        learnAhead: TimeInterval = 20 * 60
    ) {
        var byID: [String: Question] = [:]
        for question in questions where byID[question.id] == nil { byID[question.id] = question }
        self.questions = byID
        self.cards = cards
        self.scheduler = scheduler
        self.learnAhead = learnAhead
        queue = questionIDs.filter { byID[$0] != nil }
        learning = []
        reviews = []
        phase = .finished
        if !queue.isEmpty { phase = .presenting(questionID: queue.removeFirst()) }
    }

    /// A session over a built queue.
    public init(queue: PracticeQueue, questions: [Question], cards: [String: FSRSCard], scheduler: FSRSScheduler,
                learnAhead: TimeInterval = 20 * 60) {
        self.init(questionIDs: queue.questionIDs, questions: questions, cards: cards, scheduler: scheduler, learnAhead: learnAhead)
    }

    /// The question shown now (presented or graded), if any.
    public var currentQuestion: Question? {
        switch phase {
        case .presenting(let id): return questions[id]
        case .graded(let grade): return questions[grade.questionID]
        case .finished: return nil
        }
    }

    /// Whether `undo()` has a review to take back.
    public var canUndo: Bool { undoSnapshot != nil }

    /// Grades the chosen option (0-based).
    @discardableResult
    public mutating func answer(option: Int) throws(PracticeSessionError) -> Grade {
        guard case .presenting(let id) = phase, let question = questions[id] else { throw .noQuestionPresented }
        guard question.options.indices.contains(option) else {
            throw .optionOutOfRange(option, count: question.options.count)
        }
        let correct = option == question.answer
        let grade = Grade(questionID: id, answer: option, correct: correct, rating: correct ? .good : .again)
        phase = .graded(grade)
        return grade
    }

    /// Changes the proposed rating of a right answer to Hard, Good or Easy.
    public mutating func choose(_ rating: Rating) throws(PracticeSessionError) {
        guard case .graded(var grade) = phase else { throw .nothingGraded }
        let allowed = grade.correct ? rating != .again : rating == .again
        guard allowed else { throw .ratingNotAllowed(rating, correct: grade.correct) }
        grade.rating = rating
        phase = .graded(grade)
    }

    /// Confirms the graded answer at `time`: schedules the card, moves on, and
    /// returns the review for the store to record.
    public mutating func confirm(at time: Date) throws(PracticeSessionError) -> PracticeEffect {
        guard case .graded(let grade) = phase else { throw .nothingGraded }
        let oldCard = cards[grade.questionID]
        let newCard = scheduler.review(oldCard ?? FSRSCard.new(at: time), rating: grade.rating, at: time).card
        let record = PracticeReviewRecord(
            questionID: grade.questionID, oldCard: oldCard, newCard: newCard, rating: grade.rating,
            time: time, answer: grade.answer, correct: grade.correct)
        undoSnapshot = Snapshot(queue: queue, learning: learning, cards: cards, reviews: reviews, record: record)

        cards[grade.questionID] = newCard
        reviews.append(record)
        if newCard.state != .review {
            learning.append(LearningItem(questionID: grade.questionID, due: newCard.due))
        }
        phase = nextPhase(at: time)
        return .recordReview(record)
    }

    /// Takes back the latest confirmed review (one level): restores the card and
    /// the queue, discards any graded but unconfirmed answer, and asks that question again.
    public mutating func undo() throws(PracticeSessionError) -> PracticeEffect {
        guard let snapshot = undoSnapshot else { throw .nothingToUndo }
        // The snapshot's queue and learning list still hold whatever was shown since.
        queue = snapshot.queue
        learning = snapshot.learning
        cards = snapshot.cards
        reviews = snapshot.reviews
        undoSnapshot = nil
        phase = .presenting(questionID: snapshot.record.questionID)
        return .undoReview(snapshot.record)
    }

    /// Learning cards already due, then the queue, then learning cards due within `learnAhead`.
    private mutating func nextPhase(at time: Date) -> Phase {
        if let index = earliestLearning(dueBy: time) {
            return .presenting(questionID: learning.remove(at: index).questionID)
        }
        if !queue.isEmpty { return .presenting(questionID: queue.removeFirst()) }
        if let index = earliestLearning(dueBy: time.addingTimeInterval(learnAhead)) {
            return .presenting(questionID: learning.remove(at: index).questionID)
        }
        learning = []
        return .finished
    }

    private func earliestLearning(dueBy limit: Date) -> Int? {
        learning.indices.filter { learning[$0].due <= limit }.min { learning[$0].due < learning[$1].due }
    }
}
