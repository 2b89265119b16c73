/// How well probabilities forecast yes/no outcomes: the Brier score, the
/// expected calibration error and the table behind it. Used by the audit of a
/// learner's exams and by `dli-tutor bench readiness`.
public struct Calibration: Equatable, Sendable {
    /// Forecasts that fell in one probability bin and what happened.
    public struct Bin: Equatable, Sendable {
        /// The bin covers [lower, upper) (the last one includes 1).
        public var lower: Double
        public var upper: Double
        public var forecasts: Int
        public var outcomes: Int
        /// The mean forecast in the bin.
        public var meanForecast: Double

        public var observedRate: Double { forecasts == 0 ? 0 : Double(outcomes) / Double(forecasts) }
    }

    public var count: Int
    /// Mean of (forecast − outcome)², outcome 1 or 0; nil without forecasts.
    public var brier: Double?
    /// Every bin, empty ones included.
    public var bins: [Bin]

    /// Scores `forecasts` (probabilities) against `outcomes`, with `binCount` equal-width bins.
    public init(forecasts: [Double], outcomes: [Bool], binCount: Int = 10) {
        let pairs = Array(zip(forecasts, outcomes))
        count = pairs.count
        brier = pairs.isEmpty ? nil : pairs.reduce(0) { $0 + ($1.0 - ($1.1 ? 1 : 0)) * ($1.0 - ($1.1 ? 1 : 0)) } / Double(pairs.count)
        let binCount = max(1, binCount)
        var bins = (0..<binCount).map {
            Bin(lower: Double($0) / Double(binCount), upper: Double($0 + 1) / Double(binCount), forecasts: 0, outcomes: 0, meanForecast: 0)
        }
        var sums = [Double](repeating: 0, count: bins.count)
        for (p, happened) in pairs {
            let index = min(binCount - 1, max(0, Int((p * Double(binCount)).rounded(.down))))
            bins[index].forecasts += 1
            bins[index].outcomes += happened ? 1 : 0
            sums[index] += p
        }
        for index in bins.indices where bins[index].forecasts > 0 {
            bins[index].meanForecast = sums[index] / Double(bins[index].forecasts)
        }
        self.bins = bins
    }

    /// Expected calibration error: Σ over bins of (share of forecasts) ×
    /// |observed rate − mean forecast|; nil without forecasts.
    public var expectedCalibrationError: Double? {
        guard count > 0 else { return nil }
        return bins.reduce(0) { $0 + Double($1.forecasts) / Double(count) * abs($1.observedRate - $1.meanForecast) }
    }
}
