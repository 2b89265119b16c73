import ArgumentParser
import Course
import Foundation
import Quiz

/// `dli-tutor bench readiness`: the readiness forecast's calibration on
/// synthetic learners (see `ReadinessValidation`), against a baseline that
/// knows only past accuracy, and the time a plan's projection takes.
struct BenchReadiness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "Check the pass forecast on synthetic learners: Brier score and calibration error against a past-accuracy baseline.",
        discussion: """
            Each synthetic learner's true memory follows FSRS-6 with every weight scaled by its own \
            U(0.8, 1.2) factor; the forecaster uses the default weights, as the app does. Learners \
            differ in study days, daily load and skipped days, and sit mock exams drawn as the app \
            draws them; the forecast made just before each exam is scored against its result. \
            Target: expected calibration error (10 bins) at most 0.05 and a lower Brier score than \
            the baseline (the binomial chance of passing at the learner's past accuracy).
            """
    )

    @Option(help: "Synthetic learners (at least 500 for the target's figure).")
    var learners: Int = 500

    @Option(help: "Mock exams each learner sits (at least 20 for the target's figure).")
    var exams: Int = 20

    @Option(help: "Seed of the synthetic learners.")
    var seed: UInt64 = 1

    @Flag(help: "Print {learners, ece, brier, baseline_brier, seed} (and the other figures) as one JSON object.")
    var json = false

    func validate() throws {
        if learners < 1 || exams < 1 { throw ValidationError("--learners and --exams must be at least 1") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let validation = ReadinessValidation(examsPerLearner: exams)
        var outcomes: [ReadinessValidation.Outcome] = []
        for index in 0..<learners { outcomes += validation.learner(index, seed: seed) }
        let elapsed = clock.now - start
        let forecaster = Calibration(forecasts: outcomes.map(\.forecast), outcomes: outcomes.map(\.passed))
        let baseline = Calibration(forecasts: outcomes.map(\.baseline), outcomes: outcomes.map(\.passed))
        let ece = forecaster.expectedCalibrationError ?? 0, brier = forecaster.brier ?? 0
        let baselineBrier = baseline.brier ?? 0, baselineECE = baseline.expectedCalibrationError ?? 0
        let met = ece <= 0.05 && brier < baselineBrier
        let passRate = Double(outcomes.count { $0.passed }) / Double(max(1, outcomes.count))
        if json {
            let value: JSONValue = [
                "learners": .integer(learners), "ece": .number(ece), "brier": .number(brier), "baseline_brier": .number(baselineBrier),
                "seed": .string(String(seed)), "forecasts": .integer(outcomes.count), "exams_per_learner": .integer(exams),
                "baseline_ece": .number(baselineECE), "pass_rate": .number(passRate), "target_met": .bool(met),
                "seconds": .number(elapsed.seconds),
            ]
            print(value.serialized())
            return
        }
        print("Readiness forecast on \(learners) synthetic learners, \(exams) exams each: \(outcomes.count) forecasts scored (seed \(seed), \(BenchStore.format(elapsed))); \(String(format: "%.1f", 100 * passRate))% of the exams passed.")
        print(String(format: "  forecaster  Brier %.4f  calibration error %.4f", brier, ece))
        print(String(format: "  baseline    Brier %.4f  calibration error %.4f  (binomial at past accuracy)", baselineBrier, baselineECE))
        print("  forecast bin   exams   mean forecast   passed")
        for bin in forecaster.bins where bin.forecasts > 0 {
            print(String(format: "  %3.0f–%3.0f%%   %7d   %12.1f%%   %5.1f%%", 100 * bin.lower, 100 * bin.upper, bin.forecasts,
                         100 * bin.meanForecast, 100 * bin.observedRate))
        }
        print(met ? "Target met: calibration error ≤ 0.05 and a lower Brier score than the baseline."
                  : "Target missed: calibration error ≤ 0.05 and a lower Brier score than the baseline.")
    }
}
