import Course
import Foundation
import Quiz
import Study

extension PlanScreen {
    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, body) = area.splitTop(1)
        Chrome.header(&frame, in: headerRow, title: "Exam plan · \(env.course.title)", right: "as of \(StudyFormat.day(asOf, calendar: env.calendar))")
        let x = body.x + 2, width = max(10, min(body.width - 4, 100))
        var y = body.y + 1
        func line(_ text: String, style: CellStyle = Palette.plain) {
            guard y < body.maxY else { return }
            for part in TextFit.wrap(text, width: width) where y < body.maxY {
                frame.write(part, x: x, y: y, style: style)
                y += 1
            }
        }
        let today = readiness.forecast
        if let setting = editing {
            let labelWidth = DisplayWidth.of(setting.label)
            let end = frame.write(setting.label, x: x, y: y, style: Palette.bold)
            field.draw(into: &frame, x: end, y: y, width: max(8, min(24, width - labelWidth)), style: Palette.fieldFocused, focused: true)
            y += 1
            if let problem { line(problem, style: Palette.error) } else { y += 1 }
        }
        guard let plan = readiness.plan else {
            line("No exam date set.", style: Palette.bold)
            line("Today: pass chance \(ReadinessText.chance(today.passProbability)), expected score \(StudyFormat.percent(today.expectedPercent)).")
            y += 1
            line("Press e to set your exam date. Practice then follows a plan: the exam's questions you have not met "
                + "are spread over the days before the last three, which review every question once more.", style: Palette.dim)
            return
        }
        let limit = plan.minutesPerDay.map { "\($0) min a day" } ?? "no daily limit"
        let rest = plan.restDays.isEmpty ? "" : " · rest " + plan.restDays.sorted().map(\.name).joined(separator: ",")
        guard let projection = readiness.projection else {
            line("Exam \(plan.examDay) · \(limit)\(rest)", style: Palette.bold)
            line("The exam date has passed. Set a new one (e) or remove it (c).", style: Palette.warning)
            line("Today: pass chance \(ReadinessText.chance(today.passProbability)), expected score \(StudyFormat.percent(today.expectedPercent)).")
            return
        }
        // One row each down to the table (`layout`): words give way, never a figure.
        let days = " · in \(StudyFormat.count(projection.days.count, "day"))"
        frame.write(TextFit.first(["Exam \(plan.examDay)\(days) · \(limit)\(rest)", "Exam \(plan.examDay) · \(limit)\(rest)",
                                       "Exam \(plan.examDay) · \(limit)"], width: width), x: x, y: y, style: Palette.bold)
        y += 1
        guard y < body.maxY else { return }
        let now = ReadinessText.chance(today.passProbability), planned = projection.forecast.passProbability
        let tail = TextFit.first([" on the exam day with the plan", " with the plan", ""],
                                     width: width - DisplayWidth.of("Pass chance \(now) today → \(ReadinessText.chance(planned))"))
        var column = frame.write("Pass chance ", x: x, y: y)
        column = frame.write(now, x: column, y: y, style: Palette.bold)
        column = frame.write(" today → ", x: column, y: y)
        column = frame.write(ReadinessText.chance(planned), x: column, y: y, style: planned >= 0.5 ? Palette.good : Palette.bad)
        frame.write(tail, x: column, y: y)
        y += 1
        let expected = "expected score \(ReadinessText.chance(today.expectedPercent / 100)) → \(ReadinessText.chance(projection.forecast.expectedPercent / 100))"
        let total = " · \(ReadinessText.minutes(projection.totalMinutes)) in all"
        let unseen = projection.unseenAtExam > 0 ? " · \(projection.unseenAtExam) questions left unseen" : ""
        // One row, so the table below keeps its place: the least useful words go first.
        frame.write(TextFit.first([expected + total + unseen, expected + unseen, expected], width: width), x: x, y: y, style: Palette.dim)
        let layout = Self.layout(height: area.maxY + 1, editing: editing != nil)
        if layout.chart {
            frame.write("Minutes a day", x: x, y: layout.tableY - WorkloadChart.rows - 2, style: Palette.title)
            WorkloadChart.draw(projection, limit: plan.minutesPerDay, into: &frame, x: x, y: layout.tableY - WorkloadChart.rows - 1, width: width)
        }
        drawTable(projection, course: env.course, into: &frame, x: x, y: layout.tableY, width: width, maxY: body.maxY)
    }

    /// The days as rows from `scroll` on, with a header.
    private func drawTable(_ projection: PlanProjection, course: Course, into frame: inout Frame, x: Int, y: Int, width: Int, maxY: Int) {
        guard y + 1 < maxY else { return }
        let header = frame.write("date        reviews  new  min", x: x, y: y, style: Palette.title)
        let rows = maxY - y - 1
        if scroll + rows < projection.days.count {
            let more = "↓ \(projection.days.count - scroll - rows) more days (j, PgDn)"
            frame.write(TextFit.truncate(more, to: max(0, x + width - header - 3)), x: header + 3, y: y, style: Palette.dim)
        }
        let shown = projection.days.dropFirst(scroll).prefix(rows)
        for (offset, day) in shown.enumerated() {
            let row = y + 1 + offset
            let text = day.date.description + String(format: "%9.0f", day.reviews) + String(day.new).leftPadded(to: 5)
                + ReadinessText.dayMinutes(day.minutes).leftPadded(to: 5)
            let isToday = scroll + offset == 0
            var column = frame.write(text, x: x, y: row, style: isToday ? Palette.bold : Palette.plain)
            var notes: [String] = []
            if isToday { notes.append("today") }
            if day.rest { notes.append("rest day") }
            if day.finalReview { notes.append("final review") }
            column += 2
            let room = max(0, x + width - column)
            // The new questions by domain: titles, else ids, else the bare counts, else nothing.
            let shares = course.exam.domains.compactMap { domain in day.newByDomain[domain.chapter].map { (domain.chapter, $0) } }
            let wordings = [shares.map { "\(course.chapter(id: $0.0)?.title ?? $0.0) \($0.1)" }.joined(separator: ", "),
                            shares.map { "\($0.0) \($0.1)" }.joined(separator: ", "),
                            shares.isEmpty ? "" : "by chapter " + shares.map { String($0.1) }.joined(separator: "+")]
            let share = wordings.first { DisplayWidth.of((notes + [$0]).joined(separator: " · ")) <= room } ?? ""
            if !share.isEmpty { notes.append(share) }
            frame.write(TextFit.truncate(notes.joined(separator: " · "), to: room), x: column, y: row, style: Palette.dim)
        }
    }
}
