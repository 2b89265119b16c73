import Foundation
import Testing
@testable import Quiz

@Suite struct CalibrationTests {
    @Test func brierAndCalibrationErrorByHand() throws {
        let calibration = Calibration(forecasts: [0.9, 0.85, 0.2, 0.25, 1.0], outcomes: [true, false, false, true, true])
        // Brier: (0.01 + 0.7225 + 0.04 + 0.5625 + 0) / 5
        #expect(abs(try #require(calibration.brier) - 1.335 / 5) < 1e-15)
        // Bins: [0.2, 0.3) holds 0.2 and 0.25 (1 of 2 happened), [0.8, 0.9) holds 0.85 (0 of 1), [0.9, 1] holds 0.9 and 1.0 (2 of 2).
        let used = calibration.bins.filter { $0.forecasts > 0 }
        #expect(used.map(\.forecasts) == [2, 1, 2])
        #expect(used.map(\.outcomes) == [1, 0, 2])
        // ECE = 2/5·|0.5 − 0.225| + 1/5·|0 − 0.85| + 2/5·|1 − 0.95|
        let ece = 0.4 * 0.275 + 0.2 * 0.85 + 0.4 * 0.05
        #expect(abs(try #require(calibration.expectedCalibrationError) - ece) < 1e-12)
        #expect(calibration.bins.count == 10)
        #expect(Calibration(forecasts: [], outcomes: []).brier == nil)
    }

    static func exam(_ id: Int, pass: Double, correct: Int) -> ExamAttemptSummary {
        ExamAttemptSummary(id: id, course: "c", retakeOf: nil, startedAt: Fixtures.t0, deadline: nil, submittedAt: Fixtures.t0,
                           autoSubmitted: false, correct: correct, total: 10, passPercent: 70,
                           forecast: ExamForecast(passProbability: pass, expectedPercent: 70))
    }

    @Test func theAuditScoresExamsWithAForecastAndShowsCalibrationFromFive() throws {
        var exams = [Self.exam(1, pass: 0.75, correct: 8), Self.exam(2, pass: 0.72, correct: 5)]
        var unforecast = Self.exam(3, pass: 0, correct: 9)
        unforecast.forecast = nil
        exams.append(unforecast)
        var audit = ForecastAudit(exams: exams)
        #expect(audit.entries.map(\.attempt) == [1, 2])
        #expect(abs(try #require(audit.brier) - (0.0625 + 0.5184) / 2) < 1e-15)
        #expect(audit.calibrationLines.isEmpty)
        exams += [Self.exam(4, pass: 0.78, correct: 7), Self.exam(5, pass: 0.71, correct: 7), Self.exam(6, pass: 0.3, correct: 2)]
        audit = ForecastAudit(exams: exams)
        #expect(audit.entries.count == 5)
        let lines = audit.calibrationLines
        #expect(lines.count == 2)
        // "when the forecast said 70–80 %, you passed 3 of 4"
        #expect(lines.last?.lower == 0.7 && lines.last?.forecasts == 4 && lines.last?.outcomes == 3)
        #expect(ForecastAudit(exams: []).brier == nil)
    }

    @Test func paceIsTheMedianGapBetweenPracticeAnswers() {
        let t = Fixtures.t0
        #expect(AnswerPace(times: []).seconds == AnswerPace.assumedSeconds)
        // Four gaps are not enough.
        #expect(AnswerPace(times: (0..<5).map { t.addingTimeInterval(Double($0) * 12) }).gaps == 0)
        // Gaps 10, 30, 12, 14, 16, a break of an hour and a scripted 0.5 s (both left out): median 14.
        let offsets: [Double] = [0, 10, 40, 52, 66, 82, 3682, 3682.5]
        let pace = AnswerPace(times: offsets.reversed().map { t.addingTimeInterval($0) })
        #expect(pace.seconds == 14)
        #expect(pace.gaps == 5)
    }
}
