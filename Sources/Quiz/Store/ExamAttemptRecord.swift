import Foundation

/// An exam attempt as stored: question ids rather than question texts, so
/// the record stands on its own; `ExamSession(record:course:)` resolves them.
public struct ExamAttemptRecord: Equatable, Sendable {
    /// Codable as an exam question of `ProgressArchive`.
    public struct Item: Codable, Equatable, Sendable {
        public var question: String
        public var domain: String
        /// Original option indexes in the order shown.
        public var optionOrder: [Int]
        /// Original index of the chosen option.
        public var chosen: Int?
        public var answeredAt: Date?
        public var flagged: Bool

        public init(question: String, domain: String, optionOrder: [Int], chosen: Int? = nil, answeredAt: Date? = nil, flagged: Bool = false) {
            self.question = question
            self.domain = domain
            self.optionOrder = optionOrder
            self.chosen = chosen
            self.answeredAt = answeredAt
            self.flagged = flagged
        }
    }

    /// nil until stored.
    public var id: Int?
    public var course: String
    public var retakeOf: Int?
    public var seed: UInt64
    public var startedAt: Date
    public var deadline: Date?
    public var passPercent: Double
    /// The question on screen (0-based).
    public var position: Int
    public var submittedAt: Date?
    public var autoSubmitted: Bool
    /// Right answers, recorded at submission.
    public var correct: Int?
    public var items: [Item]
    /// The readiness forecast for these questions when the attempt started.
    public var forecast: ExamForecast?

    public init(id: Int? = nil, course: String, retakeOf: Int? = nil, seed: UInt64, startedAt: Date, deadline: Date?,
                passPercent: Double, position: Int = 0, submittedAt: Date? = nil, autoSubmitted: Bool = false,
                correct: Int? = nil, items: [Item], forecast: ExamForecast? = nil) {
        self.id = id
        self.course = course
        self.retakeOf = retakeOf
        self.seed = seed
        self.startedAt = startedAt
        self.deadline = deadline
        self.passPercent = passPercent
        self.position = position
        self.submittedAt = submittedAt
        self.autoSubmitted = autoSubmitted
        self.correct = correct
        self.items = items
        self.forecast = forecast
    }
}

/// One line of the exam history.
public struct ExamAttemptSummary: Equatable, Sendable {
    public var id: Int
    public var course: String
    public var retakeOf: Int?
    public var startedAt: Date
    public var deadline: Date?
    public var submittedAt: Date?
    public var autoSubmitted: Bool
    public var correct: Int?
    public var total: Int
    public var passPercent: Double
    /// The forecast made when the attempt started (see `ExamAttemptRecord.forecast`).
    public var forecast: ExamForecast?

    /// Submitted with a score; an exam closed because the course changed under it has none.
    public var isScored: Bool { submittedAt != nil && correct != nil }
    public var percent: Double? { correct.map { ExamScoring.percent(correct: $0, of: total) } }
    public var passed: Bool? { percent.map { ExamScoring.passed(percent: $0, total: total, passPercent: passPercent) } }
    /// From the start to the submission, at most the time allowed; nil while in progress.
    public var timeUsed: TimeInterval? {
        submittedAt.map { ExamScoring.timeUsed(startedAt: startedAt, deadline: deadline, submittedAt: $0) }
    }
}
