import Course
import Foundation
import Quiz

/// How every face words the forecast: the home line, the stats screen, `stats` and `plan`.
public enum ReadinessText {
    /// A probability as a whole percentage that never claims certainty it does
    /// not have: `64%`, `<1%`, `>99%`.
    public static func chance(_ probability: Double) -> String {
        if probability > 0.99 && probability < 1 { return ">99%" }
        if probability < 0.01 && probability > 0 { return "<1%" }
        return StudyFormat.percent(100 * probability)
    }

    /// "pass chance 64% today · 78% on 2027-01-15 with the plan" (or "· expected 74%" without a plan).
    public static func line(_ readiness: Readiness) -> String {
        var text = "pass chance \(chance(readiness.forecast.passProbability)) today"
        if let projection = readiness.projection {
            text += " · \(chance(projection.forecast.passProbability)) on \(projection.examDay) with the plan"
        } else {
            text += " · expected \(StudyFormat.percent(readiness.forecast.expectedPercent))"
        }
        return text
    }

    /// "Diffusion models (61% expected)".
    public static func weakest(_ readiness: Readiness, course: Course) -> String? {
        guard let domain = readiness.forecast.weakestDomain else { return nil }
        return "\(course.chapter(id: domain.id)?.title ?? domain.id) (\(StudyFormat.percent(domain.expectedPercent)) expected)"
    }

    /// "4. Denoising diffusion (+6 points in 38 min)".
    public static func nextLesson(_ readiness: Readiness, course: Course) -> String? {
        guard let advice = readiness.nextLesson else { return nil }
        let title = course.lesson(id: advice.lessonID).map { "\($0.order). \($0.title)" } ?? advice.lessonID
        return "\(title) (\(gain(advice)) in \(minutes(advice.minutes)))"
    }

    /// What studying the lesson adds: "+6 points" of P(pass), or, when that is
    /// negligible, "+3.2 points expected" (of the expected score).
    public static func gain(_ advice: LessonAdvice) -> String {
        advice.rankedByScore ? "+\(points(advice.scoreGain / 100)) expected" : "+\(points(advice.gain))"
    }

    /// A change of probability in percentage points: "6 points", "0.4 points".
    public static func points(_ gain: Double) -> String {
        let value = 100 * gain
        let text = value >= 1 ? String(format: "%.0f", value) : String(format: "%.1f", value)
        return text == "1" ? "1 point" : "\(text) points"
    }

    /// "38 min", "1 h 5 min".
    public static func minutes(_ value: Double) -> String {
        let whole = max(1, Int(value.rounded()))
        return whole < 60 ? "\(whole) min" : "\(whole / 60) h" + (whole % 60 == 0 ? "" : " \(whole % 60) min")
    }

    /// A day's expected minutes for a table: one decimal under ten (`0.3`, `4.5`), whole above (`17`).
    public static func dayMinutes(_ value: Double) -> String {
        value < 9.95 ? String(format: "%.1f", value) : String(format: "%.0f", value)
    }

    /// "when the forecast said 70–80%, you passed 3 of 4".
    public static func calibration(_ bin: Calibration.Bin) -> String {
        "when the forecast said \(Int((100 * bin.lower).rounded()))–\(Int((100 * bin.upper).rounded()))%, you passed \(bin.outcomes) of \(bin.forecasts)"
    }

    /// "Brier 0.14 over 6 exams" (lower is better; 0.25 is a coin's score).
    public static func brier(_ audit: ForecastAudit) -> String? {
        audit.brier.map { String(format: "Brier score %.2f", $0) + " over " + StudyFormat.count(audit.entries.count, "exam") }
    }
}
