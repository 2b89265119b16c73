import Foundation
import Testing

/// `dli-tutor bench readiness` on a handful of learners: the figures it prints (the full run is a benchmark).
@Suite struct BenchReadinessTests {
    @Test func printsTheScoresOfEveryForecastAsJSON() throws {
        let result = try Binary.run(["bench", "readiness", "--learners", "4", "--exams", "3", "--seed", "9", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try BundledCourse.json(result.stdout)
        #expect(json["learners"] as? Int == 4)
        #expect(json["forecasts"] as? Int == 12)
        #expect(json["seed"] as? String == "9")
        for key in ["ece", "brier", "baseline_brier"] {
            let value = try #require(json[key] as? Double, "\(key)")
            #expect(value >= 0 && value <= 1, "\(key)")
        }
        // The same seed gives the same learners.
        let again = try BundledCourse.json(try Binary.run(["bench", "readiness", "--learners", "4", "--exams", "3", "--seed", "9", "--json"]).stdout)
        #expect(again["brier"] as? Double == json["brier"] as? Double)
        #expect(try Binary.run(["bench", "readiness", "--learners", "0"]).status == 2)
    }
}
