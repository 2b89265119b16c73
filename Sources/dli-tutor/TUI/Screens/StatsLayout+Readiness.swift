import Course
import Foundation
import Quiz
import Study

/// The stats page's forecast sections: the pass chance now (and with the
/// plan), per domain, the weakest domain and the lesson to study next; and
/// the audit of the forecasts stored with past exams.
extension StatsLayout {
    /// Rows the two sections may take.
    static func readinessRows(_ readiness: Readiness?) -> Int {
        guard let readiness else { return 0 }
        return 16 + readiness.forecast.domains.count + min(readiness.audit.entries.count, examsShown) + 10
    }

    static func passChance(_ readiness: Readiness, course: Course, into frame: inout Frame, x: Int, y: Int, width: Int) -> Int {
        var row = heading("Pass forecast", into: &frame, x: x, y: y)
        let forecast = readiness.forecast
        frame.write(TextFit.truncate(ReadinessText.line(readiness), to: width - 2), x: x + 2, y: row, style: Palette.bold)
        row += 1
        let interval = forecast.scoreInterval
        // Without a plan the line above already gives the expected score.
        let expected = readiness.projection == nil ? "" : "expected score \(StudyFormat.percent(forecast.expectedPercent)) · "
        frame.write(expected + "90% of scores \(StudyFormat.percent(interval.lowerBound))–"
            + "\(StudyFormat.percent(interval.upperBound)) · pass mark \(StudyFormat.percent(forecast.passPercent))",
                    x: x + 2, y: row, style: Palette.dim, maxX: x + width)
        row += 1
        let titleWidth = min(30, forecast.domains.map { DisplayWidth.of(course.chapter(id: $0.id)?.title ?? $0.id) }.max() ?? 0)
        let barX = x + 4 + titleWidth, barWidth = max(8, min(30, width - titleWidth - 30))
        for domain in forecast.domains {
            frame.write(TextFit.truncate(course.chapter(id: domain.id)?.title ?? domain.id, to: titleWidth), x: x + 2, y: row)
            ScoreBar.draw(&frame, x: barX, y: row, width: barWidth, percent: domain.expectedPercent, passPercent: forecast.passPercent)
            let seen = domain.questions.count { $0.seen }
            let text = StudyFormat.percent(domain.expectedPercent).leftPadded(to: 5) + "  \(seen)/\(domain.questions.count) seen"
            frame.write(text, x: barX + barWidth, y: row, style: domain.expectedPercent >= forecast.passPercent ? Palette.good : Palette.bad,
                        maxX: x + width)
            row += 1
        }
        if let weakest = ReadinessText.weakest(readiness, course: course) {
            let end = frame.write("Weakest chapter ", x: x + 2, y: row, style: Palette.bold)
            frame.write(weakest, x: end, y: row, maxX: x + width)
            row += 1
        }
        if let next = ReadinessText.nextLesson(readiness, course: course) {
            let end = frame.write("Study next      ", x: x + 2, y: row, style: Palette.bold)
            frame.write(TextFit.truncate(next, to: max(1, x + width - end)), x: end, y: row)
            row += 1
        }
        return row
    }

    /// Each exam's forecast (made when it started) against its result, the Brier score and the calibration lines.
    static func forecastAudit(_ readiness: Readiness, into frame: inout Frame, x: Int, y: Int, width: Int, calendar: Calendar,
                      exams: [StudyStats.Exam]) -> Int {
        var row = heading("Forecast against result", into: &frame, x: x, y: y)
        let audit = readiness.audit
        guard !audit.entries.isEmpty else {
            for line in TextFit.wrap("No exam with a forecast yet: each mock exam stores one when it starts.", width: width - 2) {
                frame.write(line, x: x + 2, y: row, style: Palette.dim)
                row += 1
            }
            return row
        }
        let finished = Dictionary(exams.map { ($0.attempt, $0.finishedAt) }, uniquingKeysWith: { first, _ in first })
        frame.write("exam   date   pass chance   expected   result", x: x + 2, y: row, style: Palette.dim)
        row += 1
        for entry in audit.entries.suffix(examsShown) {
            let date = finished[entry.attempt].map { StudyFormat.shortDay($0, calendar: calendar) } ?? "     "
            let text = String(entry.attempt).leftPadded(to: 4) + "   " + date + "   "
                + ReadinessText.chance(entry.forecast.passProbability).leftPadded(to: 11) + "   "
                + ReadinessText.chance(entry.forecast.expectedPercent / 100).leftPadded(to: 8) + "   "
            let end = frame.write(text, x: x + 2, y: row)
            frame.write(StudyFormat.percent(entry.percent).leftPadded(to: 4) + (entry.passed ? " pass" : " fail"), x: end, y: row,
                        style: entry.passed ? Palette.good : Palette.bad)
            row += 1
        }
        if let brier = ReadinessText.brier(audit) {
            frame.write(brier + " · 0 is perfect, always saying 50% scores 0.25", x: x + 2, y: row, style: Palette.bold, maxX: x + width)
            row += 1
        }
        for bin in audit.calibrationLines {
            frame.write(ReadinessText.calibration(bin), x: x + 2, y: row, maxX: x + width)
            row += 1
        }
        return row
    }
}
