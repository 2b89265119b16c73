/// The two figures of a forecast that the audit checks against results: the
/// probability of passing and the expected score in percent.
public struct ExamForecast: Equatable, Sendable, Codable {
    public var passProbability: Double
    public var expectedPercent: Double
}

extension ScoreDistribution {
    /// The fewest right answers out of this distribution's questions that pass
    /// at `passPercent` (by `ExamScoring`, the exam's own rule); nil when none does.
    public func passMark(passPercent: Double) -> Int? {
        (0...questions).first {
            ExamScoring.passed(percent: ExamScoring.percent(correct: $0, of: questions), total: questions, passPercent: passPercent)
        }
    }

    /// P(pass) and the expected percent of an exam with this score distribution.
    public func examForecast(passPercent: Double) -> ExamForecast {
        ExamForecast(passProbability: passMark(passPercent: passPercent).map { probability(atLeast: $0) } ?? 0,
                     expectedPercent: questions == 0 ? 0 : 100 * mean / Double(questions))
    }
}
