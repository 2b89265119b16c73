import Course
import Foundation

/// One question of an exam as the learner sees it: options (if any) in a
/// shuffled order, the answer given and how sure, and the flag. The question is
/// kept as it was asked (a `number` question with its truth resolved), so the
/// exam grades and reviews the same way whatever the bank later becomes.
public struct ExamItem: Equatable, Sendable {
    public var question: Question
    /// `optionOrder[i]` is the original index of the option shown i-th (empty for typed answers).
    public var optionOrder: [Int]
    /// The answer, in the question's original terms; nil when unanswered.
    public var answer: Answer?
    public var confidence: Confidence?
    public var answeredAt: Date?
    public var flagged: Bool

    public init(question: Question, optionOrder: [Int], answer: Answer? = nil, confidence: Confidence? = nil,
                answeredAt: Date? = nil, flagged: Bool = false) {
        self.question = question
        self.optionOrder = optionOrder
        self.answer = answer
        self.confidence = confidence
        self.answeredAt = answeredAt
        self.flagged = flagged
    }

    /// The options in the order shown.
    public var options: [String] { optionOrder.map { question.options[$0] } }

    /// The shown index of the keyed option of a pick-one question.
    public var correctOption: Int { optionOrder.firstIndex(of: question.answer) ?? 0 }

    /// The original index of the chosen option (pick-one).
    public var chosen: Int? { answer?.option }

    /// The shown index of the chosen option (pick-one).
    public var chosenOption: Int? { chosen.flatMap { optionOrder.firstIndex(of: $0) } }

    /// The shown indexes of the picked options (select-all), ascending.
    public var chosenOptions: [Int] { (answer?.options ?? []).compactMap { optionOrder.firstIndex(of: $0) }.sorted() }

    /// The shown indexes of the right options (select-all), ascending.
    public var correctOptions: [Int] {
        guard case .choices(let answers, _) = question.response else { return [correctOption] }
        return answers.compactMap { optionOrder.firstIndex(of: $0) }.sorted()
    }

    /// Original indexes for options shown at `shown` positions.
    public func originalIndexes(shown: [Int]) -> [Int] {
        shown.filter { optionOrder.indices.contains($0) }.map { optionOrder[$0] }.sorted()
    }

    public var isAnswered: Bool { answer != nil }

    /// The grade of the answer given; nil when unanswered (or not gradable).
    public var grade: AnswerGrade? {
        answer.flatMap { try? AnswerGrader.grade($0, for: question) }
    }

    public var isCorrect: Bool { grade?.correct ?? false }

    /// Whether `order` is a permutation of the question's option indexes.
    static func isValidOrder(_ order: [Int], optionCount: Int) -> Bool {
        order.count == optionCount && order.sorted() == Array(0..<optionCount)
    }
}
