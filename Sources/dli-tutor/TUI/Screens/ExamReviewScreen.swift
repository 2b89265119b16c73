import Course
import Foundation
import Quiz
import Study

/// After an exam: each question with the option chosen, the right one and the
/// explanation, stepping through all of them, the missed ones or the flagged ones.
struct ExamReviewScreen: Screen {
    enum Filter: Equatable, Sendable {
        case all, missed, flagged

        var name: String {
            switch self {
            case .all: return "every question"
            case .missed: return "missed"
            case .flagged: return "flagged"
            }
        }
    }

    enum Action: Sendable { case next, previous, show(Filter), up, down, pageUp, pageDown, retake, link(QuestionLinks.Action) }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.right, .char("n")], "→/n", "next question", .next, footer: "next"),
        KeyBinding([.left, .char("N")], "←/N", "previous question", .previous, footer: "previous"),
        KeyBinding([.char("a")], "a", "step through every question", .show(.all)),
        KeyBinding([.char("w")], "w", "only the missed questions (wrong or unanswered)", .show(.missed), footer: "missed"),
        KeyBinding([.char("f")], "f", "only the flagged questions", .show(.flagged)),
        KeyBinding([.char("k"), .up], "k/↑", "scroll up", .up),
        KeyBinding([.char("j"), .down], "j/↓", "scroll down", .down),
        KeyBinding([.pageUp], "PgUp", "page up", .pageUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "page down", .pageDown),
        KeyBinding([.char("r")], "r", "retake the questions missed (timed)", .retake, footer: "retake"),
    ] + QuestionLinks.bindings(Action.link)

    let session: ExamSession
    let result: ExamResult
    let attempt: Int
    private(set) var filter: Filter
    /// Positions (0-based) of the questions the filter keeps.
    private(set) var positions: [Int]
    /// Index into `positions` of the question shown.
    private(set) var index = 0
    private(set) var scroll = 0
    private(set) var size = Size(width: 80, height: 24)

    init(session: ExamSession, result: ExamResult, attempt: Int, filter: Filter) {
        self.session = session
        self.result = result
        self.attempt = attempt
        self.filter = filter
        positions = Self.positions(result, filter)
    }

    static func positions(_ result: ExamResult, _ filter: Filter) -> [Int] {
        switch filter {
        case .all: return result.reviews.map(\.position)
        case .missed: return result.missed
        case .flagged: return result.reviews.filter(\.flagged).map(\.position)
        }
    }

    var title: String { "Exam review" }
    var keyHelp: [KeyHelp] { Self.bindings.keyHelp() }
    var current: ExamResult.Review? { positions.indices.contains(index) ? result.reviews[positions[index]] : nil }

    mutating func resize(to size: Size, env: AppEnvironment) {
        self.size = size
    }

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        if case .scroll(let lines) = event {
            scrollBy(lines)
            return .none
        }
        guard case .key(let key) = event, let action: Action = Self.bindings.action(for: key) else { return .ignored }
        switch action {
        case .next:
            guard index + 1 < positions.count else { return .message("That was the last one") }
            index += 1
            scroll = 0
        case .previous:
            guard index > 0 else { return .message("This is the first one") }
            index -= 1
            scroll = 0
        case .show(let wanted):
            let kept = Self.positions(result, wanted)
            guard !kept.isEmpty else { return .message(wanted == .flagged ? "No question was flagged" : "Nothing missed") }
            let here = current?.position ?? 0
            filter = wanted
            positions = kept
            index = kept.firstIndex { $0 >= here } ?? kept.count - 1
            scroll = 0
        case .up: scrollBy(-1)
        case .down: scrollBy(1)
        case .pageUp: scrollBy(-max(1, visibleRows - 1))
        case .pageDown: scrollBy(max(1, visibleRows - 1))
        case .retake: return ExamResultsScreen.retake(session, env: env)
        case .link(let link):
            if let question = current?.question { return QuestionLinks.effect(link, for: question) }
        }
        return .none
    }

    var visibleRows: Int { max(1, size.height - 4) }
    var contentWidth: Int { max(20, min(size.width - 4, 100)) }

    func content(width: Int) -> [RichLine] {
        guard let review = current else { return [] }
        var lines = QuestionView.answered(review.question, optionOrder: review.item.optionOrder, answer: review.answer,
                                          correct: review.isCorrect, width: width).lines
        if review.confidence == .unsure {
            lines.insert(RichLine("You were not sure.", style: Palette.dim), at: 0)
        } else if review.confidence == .sure, review.answer != nil, !review.isCorrect {
            lines.insert(RichLine("You were sure of this answer.", style: Palette.warning), at: 0)
        }
        return lines
    }

    private mutating func scrollBy(_ lines: Int) {
        scroll = min(max(0, scroll + lines), max(0, content(width: contentWidth).count - visibleRows))
    }

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, rest) = area.splitTop(1)
        guard let review = current else { return }
        Chrome.header(&frame, in: headerRow, title: "Review · exam \(attempt) · question \(review.position + 1) of \(result.total)",
                      right: "\(filter.name) \(index + 1)/\(positions.count)")
        let (infoRow, body) = rest.splitTop(2)
        let x = area.x + 2
        let verdict: (String, CellStyle) = review.isCorrect ? ("✓ right", Palette.good)
            : review.answer == nil ? ("– unanswered", Palette.warning) : ("✗ wrong", Palette.bad)
        var column = frame.write(verdict.0, x: x, y: infoRow.y, style: verdict.1)
        if review.flagged { column = frame.write("  ⚑ flagged", x: column, y: infoRow.y, style: Palette.paletteFlagged) }
        let chapter = env.course.chapter(id: review.question.domain)?.title ?? review.question.domain
        frame.write("  · " + chapter, x: column, y: infoRow.y, style: Palette.dim, maxX: area.maxX - 2)

        let lines = content(width: contentWidth)
        let region = Rect(x: x, y: body.y, width: contentWidth, height: min(visibleRows, body.height))
        RichText.drawScrolled(lines, into: &frame, in: region, from: scroll)
    }
}
