import Foundation

/// The readiness forecast at one time: the exact distribution of a mock exam's
/// score under the memory model, with what it says per domain and per question.
public struct ReadinessForecast: Equatable, Sendable {
    /// One question of a domain's pool.
    public struct QuestionForecast: Equatable, Sendable {
        public var id: String
        /// The probability of answering it right at the forecast's time.
        public var probability: Double
        /// Answered before: its probability comes from its memory state, else from the prior.
        public var seen: Bool
    }

    /// One blueprint domain.
    public struct Domain: Equatable, Sendable {
        public var id: String
        /// Questions the exam draws from the pool (the blueprint's count, at most the pool).
        public var drawn: Int
        /// The pool, in bank order.
        public var questions: [QuestionForecast]
        /// The expected score on the domain's questions, 0–100 (the pool's mean probability).
        public var expectedPercent: Double
        /// The number right of the domain's `drawn` questions.
        public var distribution: ScoreDistribution

        public init(id: String, drawn: Int, questions: [QuestionForecast]) {
            self.id = id
            self.drawn = drawn
            self.questions = questions
            let ps = questions.map(\.probability)
            expectedPercent = ps.isEmpty ? 0 : 100 * ps.reduce(0, +) / Double(ps.count)
            distribution = .drawing(drawn, from: ps)
        }
    }

    public var at: Date
    public var passPercent: Double
    public var domains: [Domain]
    public var prior: ReadinessPrior
    /// The number right in an exam drawn by the blueprint: the domains' distributions convolved.
    public var distribution: ScoreDistribution

    public init(at: Date, passPercent: Double, domains: [Domain], prior: ReadinessPrior) {
        self.at = at
        self.passPercent = passPercent
        self.domains = domains
        self.prior = prior
        distribution = domains.reduce(ScoreDistribution.none) { $0.adding($1.distribution) }
    }

    /// Questions in the exam.
    public var questions: Int { distribution.questions }
    public var exam: ExamForecast { distribution.examForecast(passPercent: passPercent) }
    public var passProbability: Double { exam.passProbability }
    public var expectedPercent: Double { exam.expectedPercent }

    /// The score's central 90 % interval in percent: the 5 % and 95 % quantiles of the number right.
    public var scoreInterval: ClosedRange<Double> {
        guard questions > 0 else { return 0...0 }
        let scale = 100 / Double(questions)
        return Double(distribution.quantile(0.05)) * scale...Double(distribution.quantile(0.95)) * scale
    }

    /// The domain with the lowest expected percent (the first on a tie); nil without domains.
    public var weakestDomain: Domain? {
        domains.filter { !$0.questions.isEmpty }.min { $0.expectedPercent < $1.expectedPercent }
    }
}
