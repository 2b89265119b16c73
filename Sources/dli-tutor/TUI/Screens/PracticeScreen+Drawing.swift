import Course
import Foundation
import Quiz
import Study

extension PracticeScreen {
    /// Rows above the question: header, where the question comes from, a gap.
    static let topRows = 3

    /// Rows of the question area for the current size and phase.
    var visibleRows: Int {
        let bottom: Int
        if case .graded = session.phase { bottom = 2 } else { bottom = 0 }
        return max(1, size.height - 1 - Self.topRows - bottom)
    }

    /// Columns of the question text (kept readable on very wide terminals).
    var contentWidth: Int { max(20, min(size.width - 4, 100)) }

    /// The question waiting for an answer, or answered: marks, verdict, what was right, why.
    func content(width: Int) -> QuestionView.Layout {
        guard let question = session.currentQuestion else { return QuestionView.Layout(lines: [], optionRows: []) }
        if case .graded(let grade) = session.phase {
            return QuestionView.answered(question, answer: grade.answer, correct: grade.correct, overridden: grade.overridden, width: width)
        }
        guard let input else { return QuestionView.Layout(lines: [], optionRows: []) }
        return QuestionView.asking(input, width: width)
    }

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, rest) = area.splitTop(1)
        let left = remaining
        let title: String, counts: String
        switch mode {
        case .scheduled:
            title = "Practice · " + PracticeFilterPicker.label(of: filter, in: env.course)
            counts = "\(left.due) due · \(left.new) new · \(left.learning) learning left"
        case .cram:
            title = "Cram · " + PracticeFilterPicker.label(of: filter, in: env.course)
            counts = "\(left.due + left.new + left.learning) left"
        case .drill(let name):
            title = "Drill · " + name
            counts = "\(right)/\(answered) right"
        }
        Chrome.header(&frame, in: headerRow, title: title, right: counts)
        let (infoRow, body) = rest.splitTop(Self.topRows - 1)
        let x = area.x + 2, width = contentWidth

        guard let question = session.currentQuestion else {
            drawFinished(into: &frame, in: Rect(x: x, y: body.y, width: min(width, body.width - 2), height: body.height), env: env)
            if let picker { picker.draw(into: &frame) }
            return
        }
        drawInfo(question, into: &frame, row: Rect(x: x, y: infoRow.y, width: area.width - 4, height: 1), env: env)

        let layout = content(width: width)
        let visible = visibleRows
        let top = min(scroll, max(0, layout.lines.count - visible))
        let region = Rect(x: x, y: body.y, width: width, height: visible)
        RichText.drawScrolled(layout.lines, into: &frame, in: region, from: top)
        if let row = layout.fieldRow, let input, (top..<(top + visible)).contains(row) {
            input.field.draw(into: &frame, x: region.x + layout.fieldColumn, y: region.y + row - top,
                             width: layout.fieldWidth, style: Palette.fieldFocused, focused: true)
        }
        if case .graded(let grade) = session.phase {
            drawRatings(grade, into: &frame, row: Rect(x: x, y: area.maxY - 1, width: area.width - 4, height: 1), env: env)
        }
        if let picker { picker.draw(into: &frame) }
    }

    /// "New · Basics › 1. Attention and arenas" and the session's tally.
    private func drawInfo(_ question: Question, into frame: inout Frame, row: Rect, env: AppEnvironment) {
        let kind = session.presentingReask || { if case .graded(let grade) = session.phase { return grade.isReask } else { return false } }()
            ? "Again (you were sure)" : session.cards[question.id]?.lastReview == nil ? "New" : "Review"
        let chapter = env.course.chapter(id: question.domain)?.title ?? question.domain
        let lesson = env.course.lesson(id: question.lesson).map { "\($0.order). \($0.title)" } ?? question.lesson
        let tally = answered == 0 ? "" : "\(answered) answered · \(right) right"
        let tallyWidth = DisplayWidth.of(tally)
        var x = frame.write(kind, x: row.x, y: row.y, style: kind == "New" ? Palette.accent : Palette.warning)
        x = frame.write(" · ", x: x, y: row.y, style: Palette.dim)
        frame.write(TextFit.truncate("\(chapter) › \(lesson)", to: max(0, row.maxX - x - tallyWidth - 2)), x: x, y: row.y, style: Palette.dim)
        frame.write(tally, x: row.maxX - tallyWidth, y: row.y, style: Palette.dim)
    }

    /// The ratings the answer may take with the interval each would give, the proposed one highlighted.
    private func drawRatings(_ grade: PracticeSession.Grade, into frame: inout Frame, row: Rect, env: AppEnvironment) {
        let card = session.cards[grade.questionID] ?? FSRSCard.new(at: now)
        // Cram and drill move a card once a day: a later answer shows no intervals, and says why.
        let stays = ExtraPractice(mode.source, at: now, calendar: calendar).map { !$0.movesCard(lastReviewed: card.lastReview) } ?? false
        var x = frame.write("Rate ", x: row.x, y: row.y, style: Palette.bold)
        for rating in session.allowedRatings {
            let due = session.scheduler.review(card, rating: rating, at: now).card.due
            let interval = stays ? "" : " " + StudyFormat.interval(due.timeIntervalSince(now))
            let label = " \(rating.rawValue) \(rating.name.capitalized)\(interval) "
            let style = rating == grade.rating ? Palette.proposedRating : Palette.footerKey
            x = frame.write(label, x: x, y: row.y, style: style, maxX: row.maxX) + 1
        }
        let enter = " Enter: \(grade.rating.name.capitalized)"
        let notes = stays ? [" · answered today: the schedule stays", " · schedule stays", ""] : [""]
        frame.write(enter + TextFit.first(notes, width: max(0, row.maxX - x - DisplayWidth.of(enter))), x: x, y: row.y,
                    style: Palette.dim, maxX: row.maxX)
    }

    /// The end of the queue: what was done, when the next review is due, what to do next.
    private func drawFinished(into frame: inout Frame, in rect: Rect, env: AppEnvironment) {
        var lines: [RichLine] = []
        if env.course.questions.isEmpty {
            lines.append(RichLine("This course has no questions to practise.", style: Palette.bold))
        } else if candidates == 0 {
            lines.append(RichLine("No questions match this filter.", style: Palette.bold))
        } else {
            if answered > 0 {
                let percent = StudyFormat.percent(100 * Double(right) / Double(answered))
                lines.append(RichLine("Session done: \(answered) answered, \(right) right (\(percent)). Every rating is saved.", style: Palette.good))
                lines.append(.blank)
            }
            if let nextDue, nextDue > now {
                lines.append(RichLine("Nothing due — next review \(StudyFormat.until(nextDue, from: now)).", style: Palette.bold))
            } else {
                lines.append(RichLine("Nothing due right now.", style: Palette.bold))
            }
            if newWaiting > 0 {
                lines += RichText.wrap("\(StudyFormat.count(newWaiting, "new question")) wait for the coming days (today's share of new ones is done).",
                                       width: rect.width, style: Palette.dim)
            }
        }
        lines.append(.blank)
        var hints: [String] = []
        if session.canUndo { hints.append("u takes back the last rating") }
        hints.append("/ practises or crams one lesson or chapter")
        hints.append("q goes back")
        lines += RichText.wrap(hints.joined(separator: " · "), width: rect.width, style: Palette.dim)
        RichText.draw(lines, into: &frame, in: rect.inset(dx: 0, dy: 1))
    }
}
