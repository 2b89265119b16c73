import Course
import Foundation

/// One question of an exam as the learner sees it: options in a shuffled
/// order, the answer given (if any) and the flag.
public struct ExamItem: Equatable, Sendable {
    public var question: Question
    /// `optionOrder[i]` is the original index of the option shown i-th.
    public var optionOrder: [Int]
    /// The original index of the chosen option.
    public var chosen: Int?
    public var answeredAt: Date?
    public var flagged: Bool

    public init(question: Question, optionOrder: [Int], chosen: Int? = nil, answeredAt: Date? = nil, flagged: Bool = false) {
        self.question = question
        self.optionOrder = optionOrder
        self.chosen = chosen
        self.answeredAt = answeredAt
        self.flagged = flagged
    }

    /// The options in the order shown.
    public var options: [String] { optionOrder.map { question.options[$0] } }

    /// The shown index of the keyed option.
    public var correctOption: Int { optionOrder.firstIndex(of: question.answer) ?? 0 }

    /// The shown index of the chosen option.
    public var chosenOption: Int? { chosen.flatMap { optionOrder.firstIndex(of: $0) } }

    public var isAnswered: Bool { chosen != nil }
    public var isCorrect: Bool { chosen == question.answer }

    /// Whether `order` is a permutation of the question's option indexes.
    static func isValidOrder(_ order: [Int], optionCount: Int) -> Bool {
        order.count == optionCount && order.sorted() == Array(0..<optionCount)
    }
}
