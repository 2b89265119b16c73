import Course
import Foundation

/// A practice session as a pure state machine: present a question → the learner
/// answers in the question's form (an option, a set of options, a number, a typed
/// answer) and says how sure they are → it is graded (wrong is Again; right and
/// sure proposes Good, right and not sure Hard; the learner may change a right
/// answer's rating to Hard, Good or Easy) → confirming schedules the card and
/// yields a `recordReview` effect → the next question. A recall card is revealed
/// and rated by the learner. A typed answer graded wrong may be overridden as
/// right (a typo, a missing accepted answer). The latest confirmed review can be
/// undone (an `undoReview` effect), which asks that question again.
///
/// A wrong answer marked sure is a confident error: the question is asked again
/// in the same session at least `reaskGap` cards later (or last), a review like
/// any other, flagged as a re-ask. Cards still (re)learning after a review come
/// back in the same session: as soon as they are due, and once the queue is
/// empty, up to `learnAhead` early.
///
/// A template is asked as a fresh variant at every presentation: variant
/// `n + 1` after `n` earlier draws (`draws`). The variant is kept with the
/// review, and an undone review asks the same variant again. In a drill every
/// confirmed question goes back to the end of the queue: the session lasts
/// until the learner stops.
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
        public var answer: Answer
        public var correct: Bool
        /// Again for a wrong answer; Good (Hard when not sure), or the learner's choice, for a right one.
        public var rating: Rating
        /// How sure the learner said they were; nil when confidence marking is off or for a recall card.
        public var confidence: Confidence?
        /// What the feedback shows: the truth, the missed and extra picks…
        public var detail: AnswerGrade.Detail
        /// A typed answer the learner marked right after it was graded wrong.
        public var overridden = false
        /// This answer is the re-ask of a confident error.
        public var isReask = false
        /// For a template: the named mistake a wrong answer matches (its index).
        public var mistake: Int?

        /// A wrong answer the learner was sure of (a re-ask is never one again).
        public var isConfidentError: Bool { !correct && confidence == .sure && !isReask }
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
        var reasks: Set<String>
        var record: PracticeReviewRecord
        var grade: Grade
        var asked: Question
        var draws: [String: Int]
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
    /// Cards between a confident error and its re-ask.
    public static let reaskGap = 5
    /// Questions waiting in the queue as re-asks of confident errors.
    public private(set) var reasks: Set<String> = []
    /// Whether the question shown now is a re-ask.
    public private(set) var presentingReask = false
    /// Variants drawn so far per template id (earlier reviews included).
    public private(set) var draws: [String: Int]
    /// The question as asked now: a template's drawn variant.
    private var asked: Question?
    /// Confirmed questions go back to the end of the queue (`practice --drill`).
    public let drill: Bool
    /// Templates that could not be drawn (never after `dli-tutor check` passes), with why.
    public private(set) var drawFailures: [String: String] = [:]
    private var undoSnapshot: Snapshot?

    /// A session asking `questionIDs` in order (ids without a question are skipped).
    public init(
        questionIDs: [String], questions: [Question], cards: [String: FSRSCard], scheduler: FSRSScheduler,
        learnAhead: TimeInterval = 20 * 60, draws: [String: Int] = [:], drill: Bool = false
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
        self.draws = draws
        self.drill = drill
        phase = .finished
        phase = nextPhase(at: .distantPast)
    }

    /// A session over a stored plan (its templates go on from their earlier draws).
    public init(plan: PracticePlan, scheduler: FSRSScheduler, learnAhead: TimeInterval = 20 * 60, drill: Bool = false) {
        self.init(queue: plan.queue, questions: plan.questions, cards: plan.cards, scheduler: scheduler, learnAhead: learnAhead,
                  draws: plan.draws, drill: drill)
    }

    /// A session over a built queue.
    public init(queue: PracticeQueue, questions: [Question], cards: [String: FSRSCard], scheduler: FSRSScheduler,
                learnAhead: TimeInterval = 20 * 60, draws: [String: Int] = [:], drill: Bool = false) {
        self.init(questionIDs: queue.questionIDs, questions: questions, cards: cards, scheduler: scheduler, learnAhead: learnAhead,
                  draws: draws, drill: drill)
    }

    /// The question shown now (presented or graded) as asked — a template's drawn variant — if any.
    public var currentQuestion: Question? {
        switch phase {
        case .presenting, .graded: return asked
        case .finished: return nil
        }
    }

    /// Whether `undo()` has a review to take back.
    public var canUndo: Bool { undoSnapshot != nil }

    /// Grades the chosen option (0-based) of a pick-one question, without a
    /// confidence (a question answered in the reader, a test).
    @discardableResult
    public mutating func answer(option: Int) throws(PracticeSessionError) -> Grade {
        try answer(.option(option), confidence: nil)
    }

    /// Grades an answer in the question's form. `confidence` nil means confidence
    /// marking is off (graded as sure, but never a confident error). A `number`
    /// question's truth is its value or what its `check` computes.
    @discardableResult
    public mutating func answer(_ answer: Answer, confidence: Confidence?) throws(PracticeSessionError) -> Grade {
        guard case .presenting(let id) = phase, let question = asked else { throw .noQuestionPresented }
        if case .option(let option) = answer, !question.options.indices.contains(option) {
            throw .optionOutOfRange(option, count: question.options.count)
        }
        if case .options(let picked) = answer, let bad = picked.first(where: { !question.options.indices.contains($0) }) {
            throw .optionOutOfRange(bad, count: question.options.count)
        }
        if case .recall = question.response { throw .notGradable("a recall card is revealed, then rated") }
        var truth: Double?
        if case .number = question.response {
            switch FigureChecker.truth(of: question) {
            case .success(let value): truth = value
            case .failure(let error): throw .notGradable(error.message)
            }
        }
        let result: AnswerGrade
        do {
            result = try AnswerGrader.grade(answer, for: question, truth: truth)
        } catch {
            throw .notGradable(error.description)
        }
        let grade = Grade(questionID: id, answer: answer, correct: result.correct,
                          rating: AnswerGrader.proposedRating(correct: result.correct, confidence: confidence),
                          confidence: confidence, detail: result.detail, isReask: presentingReask, mistake: result.mistake)
        phase = .graded(grade)
        return grade
    }

    /// Reveals the back of a recall card; the learner then rates how well they
    /// recalled it (Good is proposed).
    @discardableResult
    public mutating func reveal() throws(PracticeSessionError) -> Grade {
        guard case .presenting(let id) = phase, let question = asked else { throw .noQuestionPresented }
        guard case .recall = question.response else { throw .notGradable("only a recall card is revealed") }
        let grade = Grade(questionID: id, answer: .recalled, correct: true, rating: .good, confidence: nil, detail: .recall,
                          isReask: presentingReask)
        phase = .graded(grade)
        return grade
    }

    /// Marks a typed answer graded wrong as right (a typo, an answer the key
    /// lacks): logged as overridden, rated as a right answer with its confidence.
    public mutating func overrideAsRight() throws(PracticeSessionError) {
        guard case .graded(var grade) = phase, let question = asked else { throw .nothingGraded }
        guard question.response.isTyped else { throw .notGradable("only a typed answer can be marked right") }
        guard !grade.correct else { throw .notGradable("the answer is already right") }
        grade.correct = true
        grade.overridden = true
        grade.mistake = nil
        grade.rating = AnswerGrader.proposedRating(correct: true, confidence: grade.confidence)
        phase = .graded(grade)
    }

    /// Changes the proposed rating of a right answer to Hard, Good or Easy.
    public mutating func choose(_ rating: Rating) throws(PracticeSessionError) {
        guard case .graded(var grade) = phase else { throw .nothingGraded }
        if case .recall = grade.detail {
            // A recall card is graded by its rating: Again means it was not recalled.
            grade.correct = rating != .again
        } else {
            let allowed = grade.correct ? rating != .again : rating == .again
            guard allowed else { throw .ratingNotAllowed(rating, correct: grade.correct) }
        }
        grade.rating = rating
        phase = .graded(grade)
    }

    /// The ratings the graded answer may take: all four for a recall card, Hard,
    /// Good or Easy for a right answer, Again only for a wrong one.
    public var allowedRatings: [Rating] {
        guard case .graded(let grade) = phase else { return [] }
        if case .recall = grade.detail { return Rating.allCases }
        return grade.correct ? [.hard, .good, .easy] : [.again]
    }

    /// Confirms the graded answer at `time`: schedules the card, moves on, and
    /// returns the review for the store to record.
    public mutating func confirm(at time: Date) throws(PracticeSessionError) -> PracticeEffect {
        guard case .graded(let grade) = phase, let question = asked else { throw .nothingGraded }
        let oldCard = cards[grade.questionID]
        let newCard = scheduler.review(oldCard ?? FSRSCard.new(at: time), rating: grade.rating, at: time).card
        let record = PracticeReviewRecord(
            questionID: grade.questionID, oldCard: oldCard, newCard: newCard, rating: grade.rating,
            time: time, answer: grade.answer, correct: grade.correct, confidence: grade.confidence,
            overridden: grade.overridden, reask: grade.isReask, variant: question.variant, mistake: grade.mistake)
        undoSnapshot = Snapshot(queue: queue, learning: learning, cards: cards, reviews: reviews, reasks: reasks,
                                record: record, grade: grade, asked: question, draws: draws)

        cards[grade.questionID] = newCard
        reviews.append(record)
        reasks.remove(grade.questionID)
        if grade.isConfidentError {
            // Asked again a few cards on (the re-ask is its relearning step in this session).
            queue.insert(grade.questionID, at: min(Self.reaskGap - 1, queue.count))
            reasks.insert(grade.questionID)
        } else if drill {
            queue.append(grade.questionID)
        } else if newCard.state != .review {
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
        reasks = snapshot.reasks
        draws = snapshot.draws
        undoSnapshot = nil
        presentingReask = snapshot.grade.isReask
        asked = snapshot.asked
        phase = .presenting(questionID: snapshot.record.questionID)
        return .undoReview(snapshot.record)
    }

    /// Learning cards already due, then the queue, then learning cards due within
    /// `learnAhead`; a template that cannot be drawn is passed over.
    private mutating func nextPhase(at time: Date) -> Phase {
        while true {
            presentingReask = false
            let id: String
            if let index = earliestLearning(dueBy: time) {
                id = learning.remove(at: index).questionID
            } else if !queue.isEmpty {
                id = queue.removeFirst()
                presentingReask = reasks.contains(id)
            } else if let index = earliestLearning(dueBy: time.addingTimeInterval(learnAhead)) {
                id = learning.remove(at: index).questionID
            } else {
                learning = []
                asked = nil
                return .finished
            }
            if present(id) { return .presenting(questionID: id) }
        }
    }

    /// Makes `id` the question asked, drawing a template's next variant; false when it cannot be drawn.
    private mutating func present(_ id: String) -> Bool {
        guard let question = questions[id] else { return false }
        guard question.isTemplate else {
            asked = question
            return true
        }
        let number = (draws[id] ?? 0) + 1
        do {
            asked = try TemplateDrawing.draw(question, number: number)
            draws[id] = number
            return true
        } catch {
            drawFailures[id] = error.description
            queue.removeAll { $0 == id }
            learning.removeAll { $0.questionID == id }
            return false
        }
    }

    private func earliestLearning(dueBy limit: Date) -> Int? {
        learning.indices.filter { learning[$0].due <= limit }.min { learning[$0].due < learning[$1].due }
    }
}
