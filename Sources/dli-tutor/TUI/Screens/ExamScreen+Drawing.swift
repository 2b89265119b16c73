import Course
import Foundation
import Quiz
import Study

extension ExamScreen {
    /// Rows above the question: header, clock, domain and flag, a gap.
    static let topRows = 4
    /// Under this much time the clock turns to the warning colour, and under a minute to the critical one.
    static let warningTime: TimeInterval = 5 * 60
    static let criticalTime: TimeInterval = 60

    var visibleRows: Int { max(1, size.height - 1 - Self.topRows) }

    /// Columns of one palette cell: the number, the answered mark, the flag, a gap.
    var paletteCellWidth: Int { String(session.items.count).count + 3 }

    /// Cells per palette row: five beside the question, up to ten in the overlay.
    var paletteColumns: Int {
        let count = max(1, session.items.count)
        if paletteAlwaysShown { return min(5, count) }
        return max(1, min(10, count, (size.width - 8) / paletteCellWidth))
    }

    /// Columns of the side panel on wide terminals.
    var panelWidth: Int { max(paletteColumns * paletteCellWidth + 3, 28) }

    var questionWidth: Int {
        let room = size.width - 4 - (paletteAlwaysShown ? panelWidth + 2 : 0)
        return max(20, min(room, 100))
    }

    func questionLayout(width: Int) -> QuestionView.Layout {
        guard let item = session.current else { return QuestionView.Layout(lines: [], optionRows: []) }
        return QuestionView.asking(input, saved: item.answer, width: width)
    }

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        guard let item = session.current else { return }
        let rows = area.splitTop(1)
        let kind = session.retakeOf.map { "Retake of exam \($0)" } ?? "Mock exam \(attempt)"
        Chrome.header(&frame, in: rows.0, title: "\(kind) · Question \(session.position + 1) of \(session.items.count)",
                      right: "answered \(session.answeredCount)/\(session.items.count) · flagged \(session.flagged.count)")
        let (clockRow, rest) = rows.1.splitTop(1)
        drawClock(into: &frame, row: Rect(x: area.x + 2, y: clockRow.y, width: area.width - 4, height: 1), env: env)
        let (infoRow, body) = rest.splitTop(Self.topRows - 2)
        let chapter = env.course.chapter(id: item.question.domain)?.title ?? item.question.domain
        var x = frame.write(chapter, x: area.x + 2, y: infoRow.y, style: Palette.dim, maxX: area.maxX - 14)
        if item.flagged { x = frame.write("  ⚑ flagged", x: x, y: infoRow.y, style: Palette.paletteFlagged) }
        if let answer = item.answer {
            let shown = item.chosenOption.map { PlainText.letter($0) + ")" }
                ?? (item.answer?.options != nil ? item.chosenOptions.map(PlainText.letter).joined(separator: ", ") : answer.entered)
            frame.write(TextFit.truncate("  answered \(shown)", to: max(0, area.maxX - x - 2)), x: x, y: infoRow.y, style: Palette.paletteAnswered)
        }

        let layout = questionLayout(width: questionWidth)
        let region = Rect(x: area.x + 2, y: body.y, width: questionWidth, height: min(visibleRows, body.height))
        let top = min(scroll, max(0, layout.lines.count - region.height))
        RichText.drawScrolled(layout.lines, into: &frame, in: region, from: top)
        if let row = layout.fieldRow, (top..<(top + region.height)).contains(row) {
            input.field.draw(into: &frame, x: region.x + layout.fieldColumn, y: region.y + row - top,
                             width: layout.fieldWidth,
                             style: mode == .answering ? Palette.fieldFocused : Palette.field, focused: mode == .answering)
        }

        if paletteAlwaysShown {
            let panel = Rect(x: area.maxX - panelWidth - 1, y: body.y, width: panelWidth, height: min(body.height, paletteHeight + 2))
            drawPalette(into: &frame, in: panel)
        } else if mode == .palette {
            let width = min(area.width - 4, max(paletteColumns * paletteCellWidth + 3, 30))
            drawPalette(into: &frame, in: area.centred(width: width, height: min(area.height - 2, paletteHeight + 2)))
        }

        switch mode {
        case .confirmSubmit: drawSubmitDialog(into: &frame)
        case .confirmLeave:
            var lines = ["Your \(StudyFormat.count(session.answeredCount, "answer")) are saved."]
            if session.deadline != nil { lines.append("The clock keeps running while you are away; open the exam again to resume.") }
            Dialog.draw(into: &frame, title: "Leave exam \(attempt)?", lines: lines + ["", "y/Enter leave · any other key stays"])
        case .answering, .palette: break
        }
    }

    /// "41:23 left" and a bar of the time remaining; warning colours near the end.
    private func drawClock(into frame: inout Frame, row: Rect, env: AppEnvironment) {
        guard let remaining = session.remainingTime(at: now), let limit = session.timeLimit else {
            frame.write("Untimed", x: row.x, y: row.y, style: Palette.dim)
            return
        }
        let style = remaining < Self.criticalTime ? Palette.clockCritical : remaining < Self.warningTime ? Palette.clockWarning : Palette.clock
        let text = " \(StudyFormat.clock(remaining)) left "
        var x = frame.write("Time", x: row.x, y: row.y, style: Palette.dim) + 1
        x = frame.write(text, x: x, y: row.y, style: style) + 1
        let total = " of \(StudyFormat.clock(limit))"
        let barWidth = min(60, row.maxX - x - DisplayWidth.of(total) - 1)
        if barWidth >= 5 {
            ProgressBar.draw(&frame, x: x, y: row.y, width: barWidth, fraction: limit > 0 ? remaining / limit : 0,
                             style: remaining < Self.warningTime ? Palette.timeBarWarning : Palette.timeBar)
            x += barWidth
        }
        frame.write(total, x: x, y: row.y, style: Palette.dim, maxX: row.maxX)
    }

    /// Rows of the palette box's inside: the grid, a gap, two legend lines.
    var paletteHeight: Int {
        (session.items.count + paletteColumns - 1) / paletteColumns + 3
    }

    /// The question numbers with their state; the cursor when the palette has the focus.
    private func drawPalette(into frame: inout Frame, in rect: Rect) {
        let focused = mode == .palette
        let inside = Box.draw(&frame, in: rect, title: focused ? "Go to question \(typedNumber)".trimmingCharacters(in: .whitespaces) : "Questions",
                              style: focused ? Palette.focus : Palette.border)
        guard inside.width > 0, inside.height > 0 else { return }
        let digits = String(session.items.count).count
        for (index, item) in session.items.enumerated() {
            let row = index / paletteColumns, column = index % paletteColumns
            let y = inside.y + row
            guard y < inside.maxY else { break }
            let x = inside.x + 1 + column * paletteCellWidth
            let style: CellStyle
            if focused && index == paletteCursor {
                style = Palette.paletteCursor
            } else if index == session.position {
                style = Palette.paletteCurrent
            } else if item.flagged {
                style = Palette.paletteFlagged
            } else if item.isAnswered {
                style = Palette.paletteAnswered
            } else {
                style = Palette.paletteUnanswered
            }
            let text = String(index + 1).leftPadded(to: digits) + (item.isAnswered ? "✓" : "·") + (item.flagged ? "⚑" : " ")
            frame.write(text, x: x, y: y, style: style, maxX: inside.maxX)
        }
        let legendY = inside.y + (session.items.count + paletteColumns - 1) / paletteColumns + 1
        frame.write("✓ answered  · not yet", x: inside.x + 1, y: legendY, style: Palette.dim, maxX: inside.maxX)
        var x = frame.write("⚑ flagged  ", x: inside.x + 1, y: legendY + 1, style: Palette.dim, maxX: inside.maxX)
        x = frame.write(" n ", x: x, y: legendY + 1, style: Palette.paletteCurrent, maxX: inside.maxX)
        frame.write(" on screen", x: x, y: legendY + 1, style: Palette.dim, maxX: inside.maxX)
    }

    /// Asks before submitting, listing what is unanswered and flagged.
    private func drawSubmitDialog(into frame: inout Frame) {
        let unanswered = session.unanswered, flagged = session.flagged
        var lines = [unanswered.isEmpty ? "All \(session.items.count) questions are answered."
            : "Unanswered (\(unanswered.count)): \(StudyFormat.numbers(unanswered))"]
        lines.append(flagged.isEmpty ? "No question is flagged." : "Flagged (\(flagged.count)): \(StudyFormat.numbers(flagged))")
        lines += ["", "y/Enter submit · any other key goes back"]
        Dialog.draw(into: &frame, title: "Submit exam \(attempt)?", lines: lines)
    }
}
