import Course
import Foundation
import Quiz
import Study

/// The stats page as one tall frame: each section draws itself from a row
/// and says where the next one starts.
enum StatsLayout {
    /// Exams shown in the score chart and in the readiness strips.
    static let examsShown = 12

    static func render(_ stats: StudyStats, readiness pass: Readiness? = nil, course: Course, width: Int, now: Date,
                       calendar: Calendar) -> Frame {
        let rows = 60 + 2 * min(stats.exams.count, examsShown) + 2 * (stats.domains.count + stats.lessons.count)
            + (stats.mistakes.isEmpty ? 0 : 2 + 4 * stats.mistakes.count) + readinessRows(pass)
        var frame = Frame(size: Size(width: max(0, width), height: rows))
        let x = 2, w = max(20, width - 4)
        var y = 1
        y = summary(stats, into: &frame, x: x, y: y, width: w) + 1
        if let pass { y = passChance(pass, course: course, into: &frame, x: x, y: y, width: w) + 1 }
        y = examScores(stats, course: course, into: &frame, x: x, y: y, width: w, calendar: calendar) + 1
        if let pass { y = forecastAudit(pass, into: &frame, x: x, y: y, width: w, calendar: calendar, exams: stats.exams) + 1 }
        y = readiness(stats, course: course, into: &frame, x: x, y: y, width: w) + 1
        y = lessons(stats, pass: course.exam.passPercent, into: &frame, x: x, y: y, width: w) + 1
        y = calibration(stats, into: &frame, x: x, y: y, width: w) + 1
        y = mistakes(stats, into: &frame, x: x, y: y, width: w)
        y = heatmap(stats, into: &frame, x: x, y: y, width: w, calendar: calendar) + 1
        y = forecast(stats, into: &frame, x: x, y: y, width: w) + 1
        y = cardStates(stats, into: &frame, x: x, y: y, width: w)
        var page = Frame(size: Size(width: frame.width, height: min(rows, y + 1)))
        page.blit(frame, fromRow: 0, rows: page.height, to: Point(x: 0, y: 0))
        return page
    }

    static func heading(_ text: String, into frame: inout Frame, x: Int, y: Int) -> Int {
        frame.write(text, x: x, y: y, style: Palette.title)
        return y + 1
    }

    // MARK: Summary

    private static func summary(_ stats: StudyStats, into frame: inout Frame, x: Int, y: Int, width: Int) -> Int {
        let reviews = stats.reviewsPerDay.reduce(0) { $0 + $1.count }
        let parts = ["\(stats.cards.total) questions", "\(stats.forecast.first?.count ?? 0) due today",
                     "\(StudyFormat.count(reviews, "review")) in \(stats.reviewsPerDay.count) days"]
        var row = y
        for line in TextFit.wrap(parts.joined(separator: " · "), width: width) {
            frame.write(line, x: x, y: row, style: Palette.bold)
            row += 1
        }
        for line in TextFit.wrap(StudyFormat.recall(now: stats.predictedRetention, inAWeek: stats.predictedRetentionInAWeek), width: width) {
            frame.write(line, x: x, y: row, style: Palette.dim)
            row += 1
        }
        if let weakest = stats.weakestLesson, let percent = weakest.accuracy.percent, percent < 100 {
            for line in TextFit.wrap("Weakest lesson: \(weakest.title) at \(StudyFormat.percent(percent)) · c crams it", width: width) {
                frame.write(line, x: x, y: row, style: Palette.warning)
                row += 1
            }
        }
        return row
    }

    // MARK: Exams

    /// One bar per exam (the latest ones) with the pass mark drawn across.
    private static func examScores(_ stats: StudyStats, course: Course, into frame: inout Frame, x: Int, y: Int, width: Int,
                                   calendar: Calendar) -> Int {
        var row = heading("Exam scores", into: &frame, x: x, y: y)
        guard !stats.exams.isEmpty else {
            frame.write("No exam yet: take one from Home (e).", x: x + 2, y: row, style: Palette.dim)
            return row + 1
        }
        let shown = stats.exams.suffix(examsShown)
        if shown.count < stats.exams.count {
            frame.write("the last \(shown.count) of \(stats.exams.count)", x: x + 2, y: row, style: Palette.dim)
            row += 1
        }
        let labelWidth = 17, tail = 14
        let barWidth = max(10, min(50, width - labelWidth - tail - 2))
        for exam in shown {
            let kind = exam.summary.retakeOf == nil ? "Exam" : "Retake"
            let label = "\(kind) \(exam.attempt)".padded(to: 10) + StudyFormat.shortDay(exam.finishedAt, calendar: calendar)
            frame.write(label, x: x + 2, y: row, style: Palette.dim)
            ScoreBar.draw(&frame, x: x + 2 + labelWidth, y: row, width: barWidth, percent: exam.percent, passPercent: exam.summary.passPercent)
            let verdict = StudyFormat.percent(exam.percent).leftPadded(to: 5) + (exam.passed ? " pass" : " fail")
            frame.write(verdict, x: x + 3 + labelWidth + barWidth, y: row, style: exam.passed ? Palette.good : Palette.bad)
            row += 1
        }
        let pass = shown.last?.summary.passPercent ?? course.exam.passPercent
        let markX = x + 2 + labelWidth + min(barWidth - 1, Int((pass / 100 * Double(barWidth)).rounded()))
        frame.write("│", x: markX, y: row, style: Palette.passLine)
        let note = "pass mark \(StudyFormat.percent(pass))"
        frame.write(note, x: max(x + 2, markX - DisplayWidth.of(note) - 1), y: row, style: Palette.dim)
        return row + 1
    }

    private static let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Per domain: its score in each recent exam as a strip of blocks, the
    /// latest exam's score, and practice accuracy.
    private static func readiness(_ stats: StudyStats, course: Course, into frame: inout Frame, x: Int, y: Int, width: Int) -> Int {
        var row = heading("Readiness by chapter", into: &frame, x: x, y: y)
        let exams = Array(stats.exams.suffix(examsShown).filter { !$0.domains.isEmpty })
        let stripWidth = exams.isEmpty ? 0 : max(exams.count, 8)
        // The figures: exam strip, last score and practice (a bar and "100%  25/25"); titles take the rest,
        // or a line of their own when fewer than 16 columns are left.
        let figures = (exams.isEmpty ? 0 : stripWidth + 9) + 4 + accuracyWidth(stats.domains)
        let titles = TitleColumn(stats.domains.map(\.title), figures: figures, width: width)
        let start = titles.ownLine ? x + 2 : x + 4 + titles.width
        let columns = (strip: start, last: start + 1 + stripWidth, practice: start + 9 + stripWidth)
        if !exams.isEmpty {
            frame.write("exams →", x: columns.strip, y: row, style: Palette.dim)
            frame.write("last", x: columns.last, y: row, style: Palette.dim)
        }
        frame.write("practice", x: exams.isEmpty ? columns.strip : columns.practice, y: row, style: Palette.dim)
        row += 1
        let pass = course.exam.passPercent
        for domain in stats.domains {
            titles.write(domain.title, into: &frame, x: x + 2, row: &row, maxX: x + width)
            if !exams.isEmpty {
                for (i, exam) in exams.enumerated() {
                    guard let score = exam.domains.first(where: { $0.domain == domain.id }), score.total > 0 else {
                        frame.write("·", x: columns.strip + i, y: row, style: Palette.dim)
                        continue
                    }
                    let level = levels[min(7, Int((score.percent / 100 * 7).rounded()))]
                    frame.write(level, x: columns.strip + i, y: row, style: score.percent >= pass ? Palette.good : Palette.bad)
                }
                if let latest = exams.last?.domains.first(where: { $0.domain == domain.id }), latest.total > 0 {
                    frame.write(StudyFormat.percent(latest.percent).leftPadded(to: 4), x: columns.last, y: row,
                                style: latest.percent >= pass ? Palette.good : Palette.bad)
                } else {
                    frame.write("   —", x: columns.last, y: row, style: Palette.dim)
                }
            }
            let practiceX = exams.isEmpty ? columns.strip : columns.practice
            accuracy(domain.accuracy, into: &frame, x: practiceX, y: row, maxX: x + width, pass: pass)
            row += 1
        }
        return row
    }

    /// "████···· 72% 18/25 · 2 unanswered" or "not practised".
    private static func accuracy(_ accuracy: ProgressStats.Accuracy, into frame: inout Frame, x: Int, y: Int, maxX: Int, pass: Double) {
        guard let percent = accuracy.percent else {
            frame.write("not practised", x: x, y: y, style: Palette.dim, maxX: maxX)
            return
        }
        let text = accuracyText(accuracy, percent: percent)
        let barWidth = max(4, min(16, maxX - x - DisplayWidth.of(text) - 1))
        ScoreBar.draw(&frame, x: x, y: y, width: barWidth, percent: percent, passPercent: pass)
        let end = frame.write(text, x: x + barWidth, y: y, style: percent >= pass ? Palette.good : Palette.bad, maxX: maxX)
        if accuracy.unanswered > 0 {
            frame.write(" · \(accuracy.unanswered) unanswered", x: end, y: y, style: Palette.dim, maxX: maxX)
        }
    }

    private static func accuracyText(_ accuracy: ProgressStats.Accuracy, percent: Double) -> String {
        StudyFormat.percent(percent).leftPadded(to: 5) + "  \(accuracy.correct)/\(accuracy.answered)"
    }

    /// The titles of a table's rows beside `figures` columns of figures: as wide
    /// as the longest, cut to what the figures leave, or (when even that is too
    /// little) each on a line of its own above its figures.
    private struct TitleColumn {
        let ownLine: Bool
        /// 0 when each title has a line of its own.
        let width: Int

        init(_ titles: [String], figures: Int, width: Int) {
            let longest = titles.map { DisplayWidth.of($0) }.max() ?? 0
            ownLine = width - 4 - figures < longest
            self.width = ownLine ? 0 : min(longest, width - 4 - figures)
        }

        /// Writes a row's title at `x`; on a line of its own, `row` moves below it.
        func write(_ title: String, into frame: inout Frame, x: Int, row: inout Int, maxX: Int) {
            if ownLine {
                frame.write(title, x: x, y: row, maxX: maxX)
                row += 1
            } else {
                frame.write(TextFit.truncate(title, to: width), x: x, y: row)
            }
        }
    }

    /// Columns the accuracy figures of `rows` need at least: a bar of 4 and the widest text.
    private static func accuracyWidth(_ rows: [StudyStats.Accuracy]) -> Int {
        4 + max(13, rows.compactMap { row in row.accuracy.percent.map { DisplayWidth.of(accuracyText(row.accuracy, percent: $0)) } }.max() ?? 0)
    }

    // MARK: Lessons

    private static func lessons(_ stats: StudyStats, pass: Double, into frame: inout Frame, x: Int, y: Int, width: Int) -> Int {
        var row = heading("Accuracy by lesson", into: &frame, x: x, y: y)
        guard !stats.lessons.isEmpty else {
            frame.write("This course has no lessons.", x: x + 2, y: row, style: Palette.dim)
            return row + 1
        }
        // Title, "12/22 seen", then the accuracy figures; titles take what is left, or a line of their own.
        let figures = 14 + accuracyWidth(stats.lessons)
        let titles = TitleColumn(stats.lessons.map(\.title), figures: figures, width: width)
        let seenX = titles.ownLine ? x + 4 : x + 2 + titles.width + 2
        for lesson in stats.lessons {
            titles.write(lesson.title, into: &frame, x: x + 2, row: &row, maxX: x + width)
            let seen = "\(lesson.accuracy.seen)/\(lesson.accuracy.cards) seen"
            frame.write(seen.padded(to: 13), x: seenX, y: row, style: Palette.dim)
            accuracy(lesson.accuracy, into: &frame, x: seenX + 14, y: row, maxX: x + width, pass: pass)
            row += 1
        }
        return row
    }

    // MARK: Heatmap

    /// The app speaks English whatever the locale (Gregorian weekdays from Sunday, months from January).
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A year of reviews, GitHub-style: one column per week, one row per weekday,
    /// shades from none to the busiest days; then the streaks.
    private static func heatmap(_ stats: StudyStats, into frame: inout Frame, x: Int, y: Int, width: Int, calendar: Calendar) -> Int {
        var row = heading("Reviews in the last \(stats.reviewsPerDay.count) days", into: &frame, x: x, y: y)
        let days = stats.reviewsPerDay
        guard let first = days.first else { return row }
        let weekdayOf = { (date: Date) in (calendar.component(.weekday, from: date) - calendar.firstWeekday + 7) % 7 }
        let offset = weekdayOf(first.start)
        let weeks = (offset + days.count + 6) / 7
        let labelWidth = 4
        let shownWeeks = min(weeks, max(1, width - labelWidth - 2))
        let firstWeek = weeks - shownWeeks
        let top = days.map(\.count).max() ?? 0
        let gridY = row + 1
        // Weekday labels, and month names above the week they start in.
        for weekday in 0..<7 {
            frame.write(weekdays[(calendar.firstWeekday - 1 + weekday) % 7], x: x, y: gridY + weekday, style: Palette.dim)
        }
        var lastMonthLabelEnd = 0
        for (index, day) in days.enumerated() {
            let cell = offset + index
            let week = cell / 7, weekday = cell % 7
            guard week >= firstWeek else { continue }
            let column = x + labelWidth + week - firstWeek
            let level = day.count == 0 || top == 0 ? 0 : max(1, min(4, Int((Double(day.count) / Double(top) * 4).rounded(.up))))
            frame.write(level == 0 ? "·" : ["░", "▒", "▓", "█"][level - 1], x: column, y: gridY + weekday, style: Palette.heat[level])
            if calendar.component(.day, from: day.start) == 1 || index == 0, column >= lastMonthLabelEnd {
                let month = months[(calendar.component(.month, from: day.start) + 11) % 12]
                if column + 3 <= x + width { lastMonthLabelEnd = frame.write(month, x: column, y: row, style: Palette.dim) + 1 }
            }
        }
        row = gridY + 7
        let perDay = days.map(\.count)
        let total = perDay.reduce(0, +), active = perDay.count { $0 > 0 }
        let streak = HomeSummary.streak(perDay), longest = HomeSummary.longestStreak(perDay)
        let streaks = "Current streak \(StudyFormat.count(streak, "day")) · longest \(StudyFormat.count(longest, "day"))"
        let reviews = "\(StudyFormat.count(total, "review")) on \(StudyFormat.count(active, "day"))"
        var line = streaks + " · " + reviews
        // When the line does not fit, the review count takes a line of its own (no figure is cut).
        if DisplayWidth.of(line) > width - 2 {
            frame.write(streaks, x: x + 2, y: row, style: Palette.bold, maxX: x + width)
            row += 1
            line = reviews
        }
        var column = frame.write(line, x: x + 2, y: row, style: Palette.bold, maxX: x + width)
        column += 3
        if column + 18 <= x + width {
            column = frame.write("less ", x: column, y: row, style: Palette.dim)
            for (level, shade) in ["·", "░", "▒", "▓", "█"].enumerated() { column = frame.write(shade, x: column, y: row, style: Palette.heat[level]) }
            frame.write(" more", x: column, y: row, style: Palette.dim)
        }
        return row + 1
    }

    // MARK: Forecast

    /// Reviews falling due each of the next 30 days as columns, today first.
    private static func forecast(_ stats: StudyStats, into frame: inout Frame, x: Int, y: Int, width: Int) -> Int {
        var row = heading("Due in the next \(stats.forecast.count) days", into: &frame, x: x, y: y)
        let counts = stats.forecast.map(\.count)
        let top = counts.max() ?? 0
        guard top > 0 else {
            frame.write("Nothing due: no question answered yet, or everything is far ahead.", x: x + 2, y: row, style: Palette.dim)
            return row + 1
        }
        let height = 5
        let axis = String(top)
        let plotX = x + 2 + DisplayWidth.of(axis) + 1
        let cellWidth = plotX + counts.count * 2 <= x + width ? 2 : 1
        frame.write(axis, x: x + 2, y: row, style: Palette.dim)
        frame.write("0".leftPadded(to: DisplayWidth.of(axis)), x: x + 2, y: row + height - 1, style: Palette.dim)
        for (index, count) in counts.enumerated() {
            let eighths = Int((Double(count) / Double(top) * Double(height * 8)).rounded())
            let column = plotX + index * cellWidth
            for level in 0..<height {
                let filled = eighths - level * 8
                let cell = filled <= 0 ? (level == 0 ? "·" : " ") : levels[min(7, filled - 1)]
                frame.write(cell, x: column, y: row + height - 1 - level, style: filled <= 0 ? Palette.dim : (index == 0 ? Palette.barHighlight : Palette.barFilled))
            }
        }
        row += height
        frame.write("today", x: plotX, y: row, style: Palette.dim)
        let end = "+\(counts.count - 1) d"
        frame.write(end, x: plotX + (counts.count - 1) * cellWidth + 1 - DisplayWidth.of(end), y: row, style: Palette.dim)
        row += 1
        let week = counts.prefix(7).reduce(0, +), all = counts.reduce(0, +)
        frame.write("Today \(counts.first ?? 0) (overdue included) · next 7 days \(week) · \(counts.count) days \(all)",
                    x: x + 2, y: row, style: Palette.bold, maxX: x + width)
        return row + 1
    }

    // MARK: Cards

    /// One stacked bar of the cards by state, each state with its own shade.
    private static func cardStates(_ stats: StudyStats, into frame: inout Frame, x: Int, y: Int, width: Int) -> Int {
        var row = heading("Questions by state", into: &frame, x: x, y: y)
        let c = stats.cards
        let parts = [("new", c.new, "░"), ("learning", c.learning, "▒"), ("review", c.review, "█"), ("relearning", c.relearning, "▓")]
        let total = max(1, c.total)
        let barWidth = max(10, min(60, width - 2))
        var column = x + 2
        var used = 0
        for (index, part) in parts.enumerated() {
            // Round the running total so the parts always fill the bar exactly.
            let end = Int((Double(used + part.1) / Double(total) * Double(barWidth)).rounded())
            let start = Int((Double(used) / Double(total) * Double(barWidth)).rounded())
            used += part.1
            if end > start { column = frame.write(String(repeating: part.2, count: end - start), x: column, y: row, style: Palette.cardStates[index], clip: .hard) }
        }
        row += 1
        column = x + 2
        for (index, part) in parts.enumerated() {
            let label = " \(part.0) \(part.1)"
            // A legend item that would be cut goes to the next line.
            if column > x + 2, column + 1 + DisplayWidth.of(label) > x + width {
                row += 1
                column = x + 2
            }
            column = frame.write(part.2, x: column, y: row, style: Palette.cardStates[index])
            column = frame.write(label, x: column, y: row) + 3
        }
        return row + 1
    }

    /// How often answers marked sure and not sure were right, and where sure answers were wrong.
    private static func calibration(_ stats: StudyStats, into frame: inout Frame, x: Int, y: Int, width: Int) -> Int {
        var row = heading("Confidence", into: &frame, x: x, y: y)
        let c = stats.calibration
        guard c.sure.answers + c.unsure.answers > 0 else {
            frame.write("No answers marked sure or not sure yet (Tab before answering marks one not sure).",
                        x: x + 2, y: row, style: Palette.dim, maxX: x + width)
            return row + 1
        }
        for (name, tally) in [("sure", c.sure), ("not sure", c.unsure)] {
            var column = frame.write(name.padded(to: 10), x: x + 2, y: row, style: Palette.dim)
            if let accuracy = tally.accuracy {
                ProgressBar.draw(&frame, x: column, y: row, width: 20, fraction: accuracy)
                column += 21
                frame.write("\(StudyFormat.percent(100 * accuracy)) right (\(tally.correct)/\(tally.answers))", x: column, y: row, maxX: x + width)
            } else {
                frame.write("no answers", x: column, y: row, style: Palette.dim)
            }
            row += 1
        }
        let errors = stats.domains.compactMap { domain in c.confidentErrors[domain.id].map { "\(domain.title) \($0)" } }
        if !errors.isEmpty {
            for line in TextFit.wrap("Sure and wrong: " + errors.joined(separator: " · "), width: width - 2) {
                frame.write(line, x: x + 2, y: row, style: Palette.warning)
                row += 1
            }
        }
        return row
    }

    /// The named template mistakes made most often (nothing when there are none yet).
    private static func mistakes(_ stats: StudyStats, into frame: inout Frame, x: Int, y: Int, width: Int) -> Int {
        guard !stats.mistakes.isEmpty else { return y }
        var row = heading("Mistakes you make most", into: &frame, x: x, y: y)
        for mistake in stats.mistakes {
            let count = "\(mistake.count)× "
            let lines = TextFit.wrap(mistake.says + " [\(mistake.questionID)]", width: max(10, width - 2 - DisplayWidth.of(count)))
            for (index, line) in lines.enumerated() {
                if index == 0 { frame.write(count, x: x + 2, y: row, style: Palette.warning) }
                frame.write(line, x: x + 2 + DisplayWidth.of(count), y: row, maxX: x + width)
                row += 1
            }
        }
        return row + 1
    }
}
