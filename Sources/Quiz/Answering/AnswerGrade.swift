import Course

/// A graded answer: right or wrong, and what the feedback shows about it.
public struct AnswerGrade: Equatable, Sendable {
    public enum Detail: Equatable, Sendable {
        case choice
        /// Select-all: the right options the learner missed and the wrong ones picked.
        case choices(missed: [Int], extra: [Int])
        /// A typed number: the truth and how far off the answer was.
        case number(truth: Double, difference: Double)
        /// A typed answer: the accepted answer it matched, if any.
        case text(matched: String?)
        /// A recall card: rated by the learner, not graded.
        case recall
    }

    public var correct: Bool
    public var detail: Detail

    public init(correct: Bool, detail: Detail) {
        self.correct = correct
        self.detail = detail
    }
}

/// Grades an answer against a question's key. Pure: a `number` question's truth
/// comes in (`FigureChecker.truth`), so nothing here runs a calculator.
public enum AnswerGrader {
    public enum Mismatch: Error, Equatable, Sendable, CustomStringConvertible {
        /// The answer is not of the question's form (a letter for a typed number…).
        case wrongForm(expected: String)
        /// A `number` question whose truth could not be computed.
        case noTruth(String)

        public var description: String {
            switch self {
            case .wrongForm(let expected): return "this question takes \(expected)"
            case .noTruth(let why): return "the answer cannot be computed: \(why)"
            }
        }
    }

    public static func grade(_ answer: Answer, for question: Question, truth: Double? = nil) throws(Mismatch) -> AnswerGrade {
        switch (question.response, answer) {
        case (.choice, .option(let index)):
            return AnswerGrade(correct: index == question.answer, detail: .choice)
        case (.choices(let answers, _), .options(let picked)):
            let right = Set(answers), chosen = Set(picked)
            return AnswerGrade(correct: right == chosen,
                               detail: .choices(missed: right.subtracting(chosen).sorted(), extra: chosen.subtracting(right).sorted()))
        case (.number(let key), .number(let value, _)):
            guard let truth = truth ?? key.value else { throw .noTruth("no value given") }
            return AnswerGrade(correct: key.tolerance.accepts(value, truth: truth), detail: .number(truth: truth, difference: value - truth))
        case (.text(let key), .text(let typed)):
            let matched = TextAnswer.match(typed, key: key)
            return AnswerGrade(correct: matched != nil, detail: .text(matched: matched))
        case (.recall, .recalled):
            return AnswerGrade(correct: true, detail: .recall)
        case (.choice, _): throw .wrongForm(expected: "one option")
        case (.choices, _): throw .wrongForm(expected: "a set of options")
        case (.number, _): throw .wrongForm(expected: "a number")
        case (.text, _): throw .wrongForm(expected: "a typed answer")
        case (.recall, _): throw .wrongForm(expected: "a recall (reveal, then rate)")
        }
    }

    /// The proposed rating of a graded answer: wrong is Again; right and sure is
    /// Good; right and not sure is Hard (confidence off counts as sure).
    public static func proposedRating(correct: Bool, confidence: Confidence?) -> Rating {
        guard correct else { return .again }
        return confidence == .unsure ? .hard : .good
    }
}
