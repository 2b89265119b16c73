import ArgumentParser
import Course
import Foundation
import Quiz
import Study

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
        try timeAnswers(course: validation.course)
    }

    /// What a plan costs a learner: saving practice answers 20 s apart on an
    /// in-memory store with a 60-day plan set (a write recomputes the plan's
    /// projection when the stored one misses reviews and is two minutes old)
    /// against the same answers without a plan, and one projection on its own,
    /// measured in the same run.
    func timeAnswers(course: Course) throws {
        let clock = ContinuousClock()
        let now = Date()
        let plan = ExamPlan(examDay: ExamDay(now.addingTimeInterval(60 * 86_400), calendar: .current))
        func session(withPlan: Bool) throws -> (times: [Duration], study: ProgressStudyStore) {
            let study = ProgressStudyStore(store: try ProgressStore(inMemory: "bench-readiness"), scheduler: .standard, clock: { now })
            try study.save(.courseOpened(course, at: now))
            if withPlan { try study.save(.examPlanSet(courseID: course.id, plan, at: now)) }
            var times: [Duration] = []
            // Half the bank answered, 20 s apart.
            for (index, question) in course.questions.enumerated() where index % 2 == 0 {
                let start = clock.now
                try study.save(.answer(courseID: course.id, question: question, option: question.answer,
                                       at: now.addingTimeInterval(Double(index) * 10)))
                times.append(clock.now - start)
            }
            return (times, study)
        }
        func mean(_ times: [Duration]) -> Duration { times.reduce(.zero, +) / times.count }
        let plain = try session(withPlan: false).times
        let (planned, study) = try session(withPlan: true)
        // The projection alone, from the state the session left.
        let prior = ReadinessPrior(course: course, firstAnswers: try study.store.firstAnswers(course: course.id))
        let simulator = PlanSimulator(model: ReadinessModel(course: course, scheduler: .standard, prior: prior), plan: plan,
                                      calendar: .current, secondsPerAnswer: AnswerPace.assumedSeconds)
        let cards = Dictionary(uniqueKeysWithValues: try study.store.answeredCards(course: course.id).map { (course.questions[$0.key].id, $0.value) })
        var projections: [Duration] = []
        for _ in 0..<5 {
            let start = clock.now
            _ = simulator.project(cards: cards, today: .init(), now: now.addingTimeInterval(3600), seed: 1)
            projections.append(clock.now - start)
        }
        print("Plan projection (\(course.questions.count) questions, \(cards.count) answered, 60 days, \(PlanSimulator.runs) runs): "
            + "median \(BenchStore.format(BenchStore.median(projections))).")
        print("Saving \(plain.count) practice answers 20 s apart: without a plan median \(BenchStore.format(BenchStore.median(plain))), "
            + "mean \(BenchStore.format(mean(plain))); with the plan median \(BenchStore.format(BenchStore.median(planned))), "
            + "mean \(BenchStore.format(mean(planned))), slowest \(BenchStore.format(planned.max() ?? .zero)).")
    }
}
