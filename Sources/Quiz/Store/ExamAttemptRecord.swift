import Course
import Foundation

/// An exam attempt as stored: each question's id, its snapshot as it was asked
/// (attempts stored before answer forms have none: `ExamSession(record:course:)`
/// then resolves the id against the course) and the answer's columns.
@dynamicMemberLookup
public struct ExamAttemptRecord: Equatable, Sendable {
    /// Codable as an exam question of `ProgressArchive`.
    public struct Item: Codable, Equatable, Sendable {
        public var question: String
        public var domain: String
        /// Original option indexes in the order shown (empty for typed answers).
        public var optionOrder: [Int]
        /// Original index of the chosen option (pick-one).
        public var chosen: Int?
        /// Original indexes picked (select-all), ascending.
        public var selection: [Int]?
        /// A typed answer as entered (number or text).
        public var response: String?
        public var confidence: Confidence?
        public var answeredAt: Date?
        public var flagged = false
        /// The question as it was asked (stem, options, key, truth).
        public var snapshot: Question?

        /// The stored answer read back in the terms of `question`'s form.
        public func answer(for question: Question) -> Answer? {
            switch question.response {
            case .choice: return chosen.map(Answer.option)
            case .choices: return selection.map(Answer.options)
            case .number(let key):
                guard let response, case .success(let value) = NumberInput.parse(response, percentUnit: key.isPercent) else { return nil }
                return .number(value, typed: response)
            case .text: return response.map(Answer.text)
            case .recall: return nil
            }
        }

        /// Stores `answer`'s columns (nil clears them).
        public mutating func set(_ answer: Answer?, confidence: Confidence?) {
            chosen = answer?.option
            selection = answer?.options
            switch answer {
            case .number(_, let typed)?: response = typed
            case .text(let text)?: response = text
            default: response = nil
            }
            self.confidence = answer == nil ? nil : confidence
        }
    }

    /// Its `id` is nil until stored.
    public var attempt: ExamAttempt
    /// The question on screen (0-based).
    public var position = 0
    /// Right answers, recorded at submission.
    public var correct: Int?
    public var items: [Item]
    /// The readiness forecast for these questions when the attempt started.
    public var forecast: ExamForecast?

    /// The attempt's fields (`id`, `course`…) read as the record's own.
    public subscript<Value>(dynamicMember field: WritableKeyPath<ExamAttempt, Value>) -> Value {
        get { attempt[keyPath: field] }
        set { attempt[keyPath: field] = newValue }
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
