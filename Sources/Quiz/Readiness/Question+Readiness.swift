import Course
import Foundation

extension Question {
    /// Whether a mock exam may draw the question, and so whether the readiness
    /// forecast counts it (`ExamAssembler.examQuestion`'s rule): recall cards
    /// never, a typed number only when it has a truth (a value, or a check that
    /// computes it: `dli-tutor check` runs every check, so it is not run here,
    /// on every start), a template always (it is asked as a fresh variant).
    public var isExamEligible: Bool {
        if isTemplate { return true }
        switch response {
        case .recall: return false
        case .number(let key): return key.value != nil || check != nil
        case .choice, .choices, .text: return true
        }
    }

    /// The probability of answering the question right when its answer is
    /// recalled with probability `recall`: a forgotten answer is still guessed
    /// with the chance g of a blind pick, so p = R + (1 − R)·g. Pick one of k
    /// options: g = 1/k; select exactly N of k: g = 1/C(k, N); select all that
    /// apply: g = 1/(2^k − 1), one of the non-empty selections; an answer that
    /// must be produced (a number, a text, a template's typed answer) cannot be
    /// guessed, g = 0.
    public func answerProbability(recall: Double) -> Double {
        recall + (1 - recall) * guessChance
    }

    /// The chance of a blind pick being right (0 for a produced answer).
    var guessChance: Double {
        let k = options.count
        guard k > 0 else { return 0 }
        switch response {
        case .choice: return 1 / Double(k)
        case .choices(_, let picks?): return 1 / Self.combinations(k, picks)
        case .choices: return 1 / (pow(2, Double(k)) - 1)
        case .number, .text, .recall: return 0
        }
    }

    private static func combinations(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return .infinity }
        return (0..<k).reduce(1.0) { $0 * Double(n - $1) / Double($1 + 1) }
    }
}
