/// An action the practice session cannot take in its current phase.
public enum PracticeSessionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Answering while no question is waiting for an answer.
    case noQuestionPresented
    /// Choosing a rating or confirming while no answer has been graded.
    case nothingGraded
    /// The chosen option is not one of the question's (option, option count).
    case optionOutOfRange(Int, count: Int)
    /// A right answer can be Hard, Good or Easy; a wrong one only Again.
    case ratingNotAllowed(Rating, correct: Bool)
    /// Undo with no confirmed review to take back.
    case nothingToUndo
    /// The answer does not fit the question (its form, a truth that cannot be computed).
    case notGradable(String)

    public var description: String {
        switch self {
        case .noQuestionPresented: return "no question is waiting for an answer"
        case .nothingGraded: return "no answer has been graded yet"
        case let .optionOutOfRange(option, count):
            return "option \(option) does not exist (the question has \(count) options, numbered from 0)"
        case let .ratingNotAllowed(rating, correct):
            return correct
                ? "a right answer is rated hard, good or easy, not \(rating.name)"
                : "a wrong answer is always rated again, not \(rating.name)"
        case .nothingToUndo: return "there is no review to undo"
        case .notGradable(let why): return why
        }
    }
}
