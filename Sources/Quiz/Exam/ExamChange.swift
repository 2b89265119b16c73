import Foundation

/// What an exam action changed, to be written to the store before the
/// learner moves on. Positions are 0-based.
public enum ExamChange: Equatable, Sendable {
    /// `chosen` is the original option index; nil clears the answer.
    case answered(position: Int, chosen: Int?, at: Date)
    case flagged(position: Int, Bool)
    case moved(to: Int)
    case submitted(at: Date, automatically: Bool)
}
