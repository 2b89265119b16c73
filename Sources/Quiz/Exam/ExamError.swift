/// Why an exam action was refused.
public enum ExamError: Error, Equatable, Sendable, CustomStringConvertible {
    case alreadySubmitted
    case timeUp
    case notSubmitted
    /// A 1-based question number outside 1…count.
    case noSuchQuestion(Int, count: Int)
    /// A 0-based shown option index outside the question's options.
    case noSuchOption(Int, count: Int)
    case nothingToRetake
    /// A stored attempt names a question the course no longer has.
    case questionMissing(String)
    /// A stored attempt's option order no longer fits the question.
    case optionsChanged(String)
    /// An answer that does not fit the question's form (a letter for a typed number…).
    case wrongAnswerForm(String)

    public var description: String {
        switch self {
        case .alreadySubmitted: return "the exam has been submitted"
        case .timeUp: return "time is up"
        case .notSubmitted: return "the exam has not been submitted yet"
        case .noSuchQuestion(let number, let count): return "there is no question \(number) (1–\(count))"
        case .noSuchOption(let index, let count):
            return "there is no option \(Answer.letter(index)) (this question has \(Answer.letter(0))–\(Answer.letter(max(0, count - 1))))"
        case .nothingToRetake: return "every question of that exam was answered right: nothing to retake"
        case .questionMissing(let id): return "question \(id) is no longer in the course"
        case .optionsChanged(let id): return "the options of question \(id) changed since the exam started"
        case .wrongAnswerForm(let why): return why
        }
    }
}
