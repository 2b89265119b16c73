import Course
import Foundation
import Quiz
import Study

/// Before a mock exam: its size, time and pass mark, the questions per domain
/// from the blueprint, and the rules. Enter draws the exam, stores it (the clock
/// starts), and opens its first question.
struct ExamIntroScreen: Screen {
    enum Action: Sendable { case start, lineDown, lineUp, pageDown, pageUp }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.enter, .char("s")], "Enter/s", "start the exam (the clock starts)", .start, footer: "start"),
        KeyBinding([.char("j"), .down], "j/↓", "scroll down", .lineDown),
        KeyBinding([.char("k"), .up], "k/↑", "scroll up", .lineUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "page down", .pageDown),
        KeyBinding([.pageUp], "PgUp", "page up", .pageUp),
    ]

    /// Per blueprint domain: its title, the questions asked and the questions the bank has.
    struct DomainRow: Equatable {
        var title: String
        var asked: Int
        var available: Int
    }

    let rows: [DomainRow]
    /// Shown above the blueprint, e.g. why an earlier exam was closed.
    let notice: String?
    /// When each question last appeared in an exam (the draw prefers the others).
    private let exposure: [String: Date]
    /// The first line shown, and the text's lines and rows at the current size.
    private(set) var scroll = 0
    private var lineCount = 0
    private var visibleRows = 20

    init(env: AppEnvironment, notice: String? = nil) throws {
        self.notice = notice
        exposure = try env.store.examExposure(courseID: env.course.id)
        let course = env.course
        var seen = Set<String>()
        let questions = course.questions.filter { seen.insert($0.id).inserted }
        rows = course.exam.domains.map { domain in
            DomainRow(title: course.chapter(id: domain.chapter)?.title ?? domain.chapter, asked: domain.questions,
                      available: questions.count { $0.domain == domain.chapter })
        }
    }

    var title: String { "Mock exam" }
    var keyHelp: [KeyHelp] { Self.bindings.keyHelp() }

    /// Questions the exam will have (a domain short of questions gives all it has).
    var questionCount: Int { rows.reduce(0) { $0 + min($1.asked, $1.available) } }

    mutating func resize(to size: Size, env: AppEnvironment) {
        visibleRows = max(1, size.height - 2)
        lineCount = lines(width: Self.textWidth(size.width - 2), env: env).count
        scroll = min(scroll, max(0, lineCount - visibleRows))
    }

    static func textWidth(_ bodyWidth: Int) -> Int { min(bodyWidth - 4, 90) }

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        if case .scroll(let lines) = event {
            scroll(by: lines)
            return .none
        }
        guard case .key(let key) = event, let action: Action = Self.bindings.action(for: key) else { return .ignored }
        switch action {
        case .lineDown: scroll(by: 1)
        case .lineUp: scroll(by: -1)
        case .pageDown: scroll(by: max(1, visibleRows - 1))
        case .pageUp: scroll(by: -max(1, visibleRows - 1))
        case .start:
            let seed = env.seed()
            var generator = SeededGenerator(seed: seed)
            let session = ExamAssembler.assemble(course: env.course, lastSeen: exposure, seed: seed, at: env.now, using: &generator)
            guard !session.items.isEmpty else { return .message("This course has no questions for its exam blueprint") }
            return .batch([.save(.examStarted(session.record)), .replace(.exam)])
        }
        return .none
    }

    private mutating func scroll(by lines: Int) {
        scroll = min(max(0, scroll + lines), max(0, lineCount - visibleRows))
    }

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, body) = area.splitTop(1)
        Chrome.header(&frame, in: headerRow, title: "Mock exam · \(env.course.title)")
        let width = Self.textWidth(body.width)
        RichText.drawScrolled(lines(width: width, env: env), into: &frame, in: Rect(x: body.x + 2, y: body.y, width: width, height: body.height),
                              from: scroll)
    }

    /// The blueprint and the rules, wrapped at `width`.
    func lines(width: Int, env: AppEnvironment) -> [RichLine] {
        let exam = env.course.exam
        var lines: [RichLine] = [.blank]
        if let notice {
            lines += RichText.wrap(notice, width: width, style: Palette.warning, first: RichLine.Span(text: "  ", style: Palette.plain), rest: "  ")
            lines.append(.blank)
        }
        lines.append(RichLine([
            RichLine.Span(text: StudyFormat.count(questionCount, "question"), style: Palette.bold),
            RichLine.Span(text: " · ", style: Palette.dim),
            RichLine.Span(text: "\(exam.minutes) minutes", style: Palette.bold),
            RichLine.Span(text: " · ", style: Palette.dim),
            RichLine.Span(text: "pass mark \(StudyFormat.percent(exam.passPercent))", style: Palette.bold),
        ]))
        lines.append(.blank)
        lines.append(RichLine("Questions per chapter", style: Palette.title))
        let titleWidth = min(44, rows.map { DisplayWidth.of($0.title) }.max() ?? 0)
        for row in rows {
            var spans = [RichLine.Span(text: "  " + TextFit.truncate(row.title, to: titleWidth).padded(to: titleWidth) + "  ", style: Palette.plain),
                         RichLine.Span(text: String(min(row.asked, row.available)).leftPadded(to: 3), style: Palette.bold)]
            if row.available < row.asked {
                spans.append(RichLine.Span(text: "  (the bank has only \(row.available) of \(row.asked))", style: Palette.warning))
            }
            lines.append(RichLine(spans))
        }
        lines.append(.blank)
        lines.append(RichLine("Rules", style: Palette.title))
        let rules = [
            "One question per screen: answer with a–e or 1–9, or ↑/↓ and Enter; the next question follows.",
            "f flags a question to come back to; p shows the question palette to jump with.",
            "The clock starts with Enter and keeps running if you leave: open the exam again to resume.",
            "At 0:00 the exam is submitted with what you have answered.",
            "s submits; then come your score, each chapter, and every question explained.",
        ]
        for rule in rules {
            lines += RichText.wrap(rule, width: width, style: Palette.plain, first: RichLine.Span(text: "  • ", style: Palette.accent), rest: "    ")
        }
        lines.append(.blank)
        if questionCount == 0 {
            lines.append(RichLine("This course has no questions for its exam blueprint.", style: Palette.bad))
        } else {
            lines.append(RichLine([RichLine.Span(text: "Enter", style: Palette.footerKey),
                                   RichLine.Span(text: " starts the exam · ", style: Palette.dim),
                                   RichLine.Span(text: "q", style: Palette.footerKey),
                                   RichLine.Span(text: " goes back", style: Palette.dim)]))
        }
        return lines
    }
}

extension String {
    /// The text followed by spaces up to `width` display columns.
    func padded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
