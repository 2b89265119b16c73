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
    /// For a drawn template: the named mistake (its index) a wrong answer matches.
    public var mistake: Int?

    public init(correct: Bool, detail: Detail, mistake: Int? = nil) {
        self.correct = correct
        self.detail = detail
        self.mistake = mistake
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
            let correct = index == question.answer
            // A generated option is the truth or a mistake's value.
            let mistake = correct ? nil : question.variant?.optionMistakes.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            return AnswerGrade(correct: correct, detail: .choice, mistake: mistake)
        case (.choices(let answers, _), .options(let picked)):
            let right = Set(answers), chosen = Set(picked)
            return AnswerGrade(correct: right == chosen,
                               detail: .choices(missed: right.subtracting(chosen).sorted(), extra: chosen.subtracting(right).sorted()))
        case (.number(let key), .number(let value, _)):
            guard let truth = truth ?? key.value else { throw .noTruth("no value given") }
            let correct = key.tolerance.accepts(value, truth: truth)
            return AnswerGrade(correct: correct, detail: .number(truth: truth, difference: value - truth),
                               mistake: correct ? nil : matchedMistake(value, key: key, variant: question.variant))
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

    /// The first mistake of a drawn template whose value `value` equals within the question's tolerance.
    static func matchedMistake(_ value: Double, key: NumberKey, variant: TemplateVariant?) -> Int? {
        variant?.mistakes.indices.first { index in
            variant?.mistakes[index].map { key.tolerance.accepts(value, truth: $0) } ?? false
        }
    }

    /// The proposed rating of a graded answer: wrong is Again; right and sure is
    /// Good; right and not sure is Hard (confidence off counts as sure).
    public static func proposedRating(correct: Bool, confidence: Confidence?) -> Rating {
        guard correct else { return .again }
        return confidence == .unsure ? .hard : .good
    }
}
