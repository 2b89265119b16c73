import Course
import Foundation

/// A mock exam in progress or finished: a pure value. Every action takes the
/// current time, checks the deadline and returns the `ExamChange` to store;
/// the deadline itself is stored (not a countdown), so a restarted process
/// resumes with the right remaining time.
@dynamicMemberLookup
public struct ExamSession: Equatable, Sendable {
    public var attempt: ExamAttempt
    public var items: [ExamItem]
    /// The question on screen (0-based).
    public var position: Int

    public init(id: Int? = nil, course: String, retakeOf: Int? = nil, seed: UInt64, startedAt: Date, deadline: Date?,
                passPercent: Double, items: [ExamItem], position: Int = 0, submittedAt: Date? = nil, autoSubmitted: Bool = false) {
        self.init(attempt: ExamAttempt(id: id, course: course, retakeOf: retakeOf, seed: seed, startedAt: startedAt, deadline: deadline,
                                       passPercent: passPercent, submittedAt: submittedAt, autoSubmitted: autoSubmitted),
                  items: items, position: position)
    }

    public init(attempt: ExamAttempt, items: [ExamItem], position: Int = 0) {
        self.attempt = attempt
        self.items = items
        self.position = position
    }

    /// The attempt's fields (`course`, `deadline`…) read as the session's own.
    public subscript<Value>(dynamicMember field: WritableKeyPath<ExamAttempt, Value>) -> Value {
        get { attempt[keyPath: field] }
        set { attempt[keyPath: field] = newValue }
    }

    // MARK: State

    public var isSubmitted: Bool { attempt.submittedAt != nil }
    public var current: ExamItem? { items.indices.contains(position) ? items[position] : nil }
    public var answeredCount: Int { items.count { $0.isAnswered } }
    /// 0-based positions of the questions without an answer.
    public var unanswered: [Int] { items.indices.filter { !items[$0].isAnswered } }
    /// 0-based positions of the flagged questions.
    public var flagged: [Int] { items.indices.filter { items[$0].flagged } }
    /// The time allowed; nil when untimed.
    public var timeLimit: TimeInterval? { attempt.deadline.map { $0.timeIntervalSince(attempt.startedAt) } }

    /// Seconds left at `now` (never negative); nil when untimed.
    public func remainingTime(at now: Date) -> TimeInterval? {
        attempt.deadline.map { max(0, $0.timeIntervalSince(now)) }
    }

    /// Whether the deadline has passed (an untimed exam never runs out).
    public func isTimeUp(at now: Date) -> Bool {
        attempt.deadline.map { now >= $0 } ?? false
    }

    // MARK: Actions

    /// Chooses the option shown at `option` (0-based) for the pick-one question at `position`, marked sure.
    public mutating func answer(_ position: Int, option: Int, at now: Date) throws(ExamError) -> ExamChange {
        try checkPosition(position)
        let count = items[position].optionOrder.count
        guard (0..<count).contains(option) else { throw .noSuchOption(option, count: count) }
        return try answer(position, .option(items[position].optionOrder[option]), confidence: .sure, at: now)
    }

    /// Answers the question at `position` (the answer in its original terms).
    public mutating func answer(_ position: Int, _ answer: Answer, confidence: Confidence?, at now: Date) throws(ExamError) -> ExamChange {
        try checkOpen(at: now)
        try checkPosition(position)
        let question = items[position].question
        do {
            _ = try AnswerGrader.grade(answer, for: question)
        } catch {
            throw .wrongAnswerForm(error.description)
        }
        items[position].answer = answer
        items[position].confidence = confidence
        items[position].answeredAt = now
        return .answered(position: position, answer: answer, confidence: confidence, at: now)
    }

    /// Takes back the answer to the question at `position`.
    public mutating func clearAnswer(_ position: Int, at now: Date) throws(ExamError) -> ExamChange {
        try checkOpen(at: now)
        try checkPosition(position)
        items[position].answer = nil
        items[position].confidence = nil
        items[position].answeredAt = now
        return .answered(position: position, answer: nil, confidence: nil, at: now)
    }

    /// Flags or unflags the question at `position` for review before submitting.
    public mutating func setFlag(_ position: Int, _ flagged: Bool, at now: Date) throws(ExamError) -> ExamChange {
        try checkOpen(at: now)
        try checkPosition(position)
        items[position].flagged = flagged
        return .flagged(position: position, flagged)
    }

    /// Moves to the question at `position` (allowed after submission too, to review).
    public mutating func go(to position: Int) throws(ExamError) -> ExamChange {
        try checkPosition(position)
        self.position = position
        return .moved(to: position)
    }

    /// Hands the exam in. After the deadline it counts as submitted automatically.
    public mutating func submit(at now: Date) throws(ExamError) -> ExamChange {
        guard !isSubmitted else { throw .alreadySubmitted }
        let automatically = isTimeUp(at: now)
        attempt.submittedAt = now
        attempt.autoSubmitted = automatically
        return .submitted(at: now, automatically: automatically)
    }

    /// Submits with what was answered if the deadline has passed; nil otherwise.
    public mutating func submitIfTimeIsUp(at now: Date) -> ExamChange? {
        guard !isSubmitted, isTimeUp(at: now) else { return nil }
        return try? submit(at: now)
    }

    /// The result; nil until submitted. Domains follow `domainOrder` (e.g. the
    /// course's chapters), then any others in order of appearance.
    public func result(domainOrder: [String] = []) -> ExamResult? {
        ExamResult(self, domainOrder: domainOrder)
    }

    private func checkOpen(at now: Date) throws(ExamError) {
        if isSubmitted { throw .alreadySubmitted }
        if isTimeUp(at: now) { throw .timeUp }
    }

    private func checkPosition(_ position: Int) throws(ExamError) {
        guard items.indices.contains(position) else { throw .noSuchQuestion(position + 1, count: items.count) }
    }
}
