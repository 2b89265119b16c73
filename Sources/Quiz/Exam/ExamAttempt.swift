import Foundation

/// What an exam attempt is apart from its questions and the one on screen:
/// shared by the exam being taken (`ExamSession`) and the attempt as stored
/// (`ExamAttemptRecord`), which read its fields as their own.
public struct ExamAttempt: Equatable, Sendable {
    /// The attempt number once stored.
    public var id: Int?
    public var course: String
    /// The attempt whose wrong answers this exam retakes.
    public var retakeOf: Int?
    /// The seed the questions and option orders were drawn with.
    public var seed: UInt64
    public var startedAt: Date
    /// nil for an untimed exam.
    public var deadline: Date?
    public var passPercent: Double
    public var submittedAt: Date?
    public var autoSubmitted: Bool

    public init(id: Int? = nil, course: String, retakeOf: Int? = nil, seed: UInt64, startedAt: Date, deadline: Date?,
                passPercent: Double, submittedAt: Date? = nil, autoSubmitted: Bool = false) {
        self.id = id
        self.course = course
        self.retakeOf = retakeOf
        self.seed = seed
        self.startedAt = startedAt
        self.deadline = deadline
        self.passPercent = passPercent
        self.submittedAt = submittedAt
        self.autoSubmitted = autoSubmitted
    }
}
