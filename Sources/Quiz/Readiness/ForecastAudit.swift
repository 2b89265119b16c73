/// The forecast checked against what happened: each scored exam that has a
/// stored forecast (made when it started), the Brier score of P(pass) and,
/// from `calibrationFrom` exams on, the calibration table.
public struct ForecastAudit: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var attempt: Int
        public var forecast: ExamForecast
        public var percent: Double
        public var passed: Bool
    }

    /// Exams before the calibration lines are shown.
    public static let calibrationFrom = 5

    /// Oldest first.
    public var entries: [Entry]
    public var calibration: Calibration

    /// The audit of `exams`, oldest first: the scored ones with a forecast count.
    public init(exams: [ExamAttemptSummary]) {
        entries = exams.compactMap { exam in
            guard let forecast = exam.forecast, let percent = exam.percent, let passed = exam.passed else { return nil }
            return Entry(attempt: exam.id, forecast: forecast, percent: percent, passed: passed)
        }
        calibration = Calibration(forecasts: entries.map(\.forecast.passProbability), outcomes: entries.map(\.passed))
    }

    /// The Brier score of P(pass) over the audited exams; nil before the first.
    public var brier: Double? { calibration.brier }

    /// The non-empty bins once there are enough exams, else none.
    public var calibrationLines: [Calibration.Bin] {
        entries.count >= Self.calibrationFrom ? calibration.bins.filter { $0.forecasts > 0 } : []
    }
}
