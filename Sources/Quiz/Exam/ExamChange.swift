import Foundation

/// What an exam action changed, to be written to the store before the
/// learner moves on. Positions are 0-based.
public enum ExamChange: Equatable, Sendable {
    /// The answer in the question's original terms and how sure; nil clears it.
    case answered(position: Int, answer: Answer?, confidence: Confidence?, at: Date)
    case flagged(position: Int, Bool)
    case moved(to: Int)
    case submitted(at: Date, automatically: Bool)
}
