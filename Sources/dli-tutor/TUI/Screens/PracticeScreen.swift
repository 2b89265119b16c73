import Course
import Foundation
import Quiz
import Study

/// Spaced-repetition practice (FSRS): the due reviews and today's new questions,
/// one at a time. Answer with a letter, a number or the arrows and Enter; the
/// screen then marks the keyed option (and a wrong choice), explains, and
/// proposes a rating that 1–4 change and Enter accepts. Every rating is saved
/// before the next question shows; `u` takes the last one back. Leaving with a
/// graded answer (back, quit, a signal) saves it with the proposed rating.
struct PracticeScreen: Screen {
    enum Action: Sendable {
        case option, up, down, answer, rate(Rating), accept, undo, filter, pageUp, pageDown
        case link(QuestionLinks.Action)
    }

    static let optionKeys: [Key] = "abcde".map { .char($0) } + "123456789".map { .char($0) }

    static let presentingBindings: [KeyBinding<Action>] = [
        KeyBinding(optionKeys, "a–e/1–9", "answer with that option", .option),
        KeyBinding([.char("k"), .up], "k/↑", "previous option", .up),
        KeyBinding([.char("j"), .down], "j/↓", "next option", .down),
        KeyBinding([.enter], "Enter", "answer with the selected option", .answer, footer: "answer"),
        KeyBinding([.pageUp], "PgUp", "scroll up", .pageUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "scroll down", .pageDown),
        KeyBinding([.char("u")], "u", "undo the last rating (asks that question again)", .undo, footer: "undo"),
        KeyBinding([.char("/")], "/", "practise or cram one lesson or chapter", .filter, footer: "filter"),
    ]

    static let gradedBindings: [KeyBinding<Action>] = [
        KeyBinding([.char("1")], "1", "Again: forgotten, ask again soon", .rate(.again)),
        KeyBinding([.char("2")], "2", "Hard: right, with difficulty", .rate(.hard)),
        KeyBinding([.char("3")], "3", "Good: right", .rate(.good)),
        KeyBinding([.char("4")], "4", "Easy: right at once", .rate(.easy)),
        KeyBinding([.enter, .char(" ")], "Enter/Space", "accept the proposed rating", .accept, footer: "accept rating"),
        KeyBinding([.char("k"), .up], "k/↑", "scroll up", .up),
        KeyBinding([.char("j"), .down], "j/↓", "scroll down", .down),
        KeyBinding([.pageUp], "PgUp", "page up", .pageUp),
        KeyBinding([.pageDown], "PgDn", "page down", .pageDown),
        KeyBinding([.char("u")], "u", "undo the last rating (this answer is not saved)", .undo),
    ] + QuestionLinks.bindings(Action.link)

    static let finishedBindings: [KeyBinding<Action>] = [
        KeyBinding([.char("u")], "u", "undo the last rating (asks that question again)", .undo, footer: "undo"),
        KeyBinding([.char("/")], "/", "practise or cram one lesson or chapter", .filter, footer: "filter"),
    ]

    private(set) var session: PracticeSession
    private(set) var filter: CardFilter
    /// Cram practice: every question of the filter now, past the daily limits; the
    /// calendar gives the day whose first review alone moves a card (`StudyWrite.cramReview`).
    let cramCalendar: Calendar?
    let courseID: String
    /// Whether each question of the queue was due or new when the session started.
    private let kinds: [String: PracticeQueue.Item.Kind]
    /// Questions passing the filter (0: nothing to practise here).
    let candidates: Int
    /// New questions left for another day by the daily limit.
    let newWaiting: Int
    /// The option under the cursor.
    private(set) var selected = 0
    private(set) var scroll = 0
    private(set) var size = Size(width: 80, height: 24)
    private(set) var answered = 0
    private(set) var right = 0
    /// When the next answered card falls due (read once the queue is empty).
    private(set) var nextDue: Date?
    private(set) var picker: PracticeFilterPicker?
    /// When the answer on screen was graded: its review's time if the learner leaves before rating it.
    private var gradedAt: Date?
    /// The time of the latest event, for the intervals the ratings would give (drawing never reads the clock).
    private(set) var now: Date

    init(env: AppEnvironment, filter: CardFilter = .all, cram: Bool = false) throws {
        now = env.now
        let plan = cram ? try env.store.cramPlan(course: env.course, filter: filter, now: now, seed: env.seed())
            : try env.store.practicePlan(course: env.course, filter: filter, now: now, calendar: env.calendar, seed: env.seed())
        self.filter = filter
        cramCalendar = cram ? env.calendar : nil
        courseID = env.course.id
        session = PracticeSession(queue: plan.queue, questions: plan.questions, cards: plan.cards, scheduler: env.store.scheduler)
        kinds = Dictionary(plan.queue.items.map { ($0.questionID, $0.kind) }, uniquingKeysWith: { first, _ in first })
        candidates = plan.questions.count
        newWaiting = max(0, plan.questions.count { plan.cards[$0.id] == nil } - plan.queue.newCount)
        if session.phase == .finished { nextDue = try env.store.nextDue(courseID: env.course.id) }
    }

    var title: String { "Practice" }

    var pendingWrites: [StudyWrite] {
        guard let gradedAt, case .graded = session.phase else { return [] }
        var graded = session
        guard case .recordReview(let record)? = try? graded.confirm(at: gradedAt) else { return [] }
        return [write(record)]
    }

    func write(_ record: PracticeReviewRecord) -> StudyWrite {
        .practice(record, courseID: courseID, cram: cramCalendar)
    }

    var keyHelp: [KeyHelp] {
        if picker != nil { return PracticeFilterPicker.bindings.keyHelp() }
        return bindings.keyHelp()
    }

    private var bindings: [KeyBinding<Action>] {
        switch session.phase {
        case .presenting: return Self.presentingBindings
        case .graded: return Self.gradedBindings
        case .finished: return Self.finishedBindings
        }
    }

    /// What is left today after the question on screen: (due, new, learning).
    var remaining: (due: Int, new: Int, learning: Int) {
        let due = session.queue.count { kinds[$0] == .review }
        return (due, session.queue.count - due, session.learning.count)
    }

    mutating func resize(to size: Size, env: AppEnvironment) {
        self.size = size
    }

    mutating func refresh(env: AppEnvironment) {
        now = env.now
        if session.phase == .finished { nextDue = try? env.store.nextDue(courseID: env.course.id) }
    }

    // MARK: Events

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        now = env.now
        switch event {
        case .tick: return .ignored
        case .scroll(let lines):
            scrollBy(lines, env: env)
            return .none
        case .key(let key):
            if picker != nil { return handlePicker(key, env: env) }
            guard let action: Action = bindings.action(for: key) else { return .ignored }
            return perform(action, key: key, env: env)
        }
    }

    private mutating func perform(_ action: Action, key: Key, env: AppEnvironment) -> Effect {
        switch action {
        case .option:
            guard let index = Self.optionIndex(key) else { return .none }
            return answer(index, at: now)
        case .answer:
            return answer(selected, at: now)
        case .up:
            if case .presenting = session.phase { moveSelection(-1, env: env) } else { scrollBy(-1, env: env) }
        case .down:
            if case .presenting = session.phase { moveSelection(1, env: env) } else { scrollBy(1, env: env) }
        case .pageUp: scrollBy(-max(1, visibleRows - 1), env: env)
        case .pageDown: scrollBy(max(1, visibleRows - 1), env: env)
        case .rate(let rating): return rate(rating, env: env)
        case .accept: return confirm(env: env)
        case .undo: return undo(env: env)
        case .filter: picker = PracticeFilterPicker(course: env.course, current: filter)
        case .link(let link):
            if let question = session.currentQuestion { return QuestionLinks.effect(link, for: question) }
        }
        return .none
    }

    private mutating func handlePicker(_ key: Key, env: AppEnvironment) -> Effect {
        // Keys the picker does not use stay global (help, quit).
        guard var open = picker, PracticeFilterPicker.bindings.action(for: key) != nil else { return .ignored }
        switch open.handle(key) {
        case .open:
            picker = open
        case .closed:
            picker = nil
        case .chosen(let chosen, let cram):
            picker = nil
            do {
                return .update(try PracticeScreen(env: env, filter: chosen, cram: cram))
            } catch {
                return .message("Could not read the questions: \(error)")
            }
        }
        return .none
    }

    /// The 0-based option a key names: a–e or 1–9.
    static func optionIndex(_ key: Key) -> Int? {
        guard case .char(let c) = key else { return nil }
        if let digit = c.wholeNumberValue, digit >= 1 { return digit - 1 }
        guard let ascii = c.asciiValue, c >= "a", c <= "z" else { return nil }
        return Int(ascii) - 97
    }

    private mutating func answer(_ option: Int, at time: Date) -> Effect {
        guard let question = session.currentQuestion else { return .none }
        guard question.options.indices.contains(option) else {
            return .message("This question has options \(PlainText.letter(0))–\(PlainText.letter(question.options.count - 1))")
        }
        do {
            try session.answer(option: option)
        } catch {
            return .message("\(error)")
        }
        gradedAt = time
        selected = option
        // Bring the verdict into view, without scrolling the options out of it.
        let layout = content(width: contentWidth)
        if let verdict = layout.verdictRow, let first = layout.optionRows.first {
            let shown = ScrollWindow.top(keeping: verdict..<(verdict + 1), visible: visibleRows, count: layout.lines.count, currentTop: scroll)
            scroll = min(shown, max(scroll, first.lowerBound))
        }
        return .none
    }

    private mutating func rate(_ rating: Rating, env: AppEnvironment) -> Effect {
        guard case .graded(let grade) = session.phase else { return .none }
        if !grade.correct && rating != .again {
            return .message("A wrong answer is rated Again: press 1 or Enter")
        }
        do {
            try session.choose(rating)
        } catch {
            return .message("\(error)")
        }
        return confirm(env: env)
    }

    /// Saves the graded answer with its rating, then moves on (only once the write succeeded).
    private func confirm(env: AppEnvironment) -> Effect {
        guard case .graded(let grade) = session.phase else { return .none }
        var next = self
        let effect: PracticeEffect
        do {
            effect = try next.session.confirm(at: now)
        } catch {
            return .message("\(error)")
        }
        guard case .recordReview(let record) = effect else { return .none }
        next.answered += 1
        if grade.correct { next.right += 1 }
        next.selected = 0
        next.scroll = 0
        return .batch([.save(write(record)), .update(next)])
    }

    /// Takes back the last saved rating and asks that question again.
    private func undo(env: AppEnvironment) -> Effect {
        guard session.canUndo else { return .message("Nothing to undo") }
        var next = self
        let effect: PracticeEffect
        do {
            effect = try next.session.undo()
        } catch {
            return .message("\(error)")
        }
        guard case .undoReview(let record) = effect else { return .none }
        next.answered -= 1
        if record.correct { next.right -= 1 }
        next.selected = 0
        next.scroll = 0
        next.nextDue = nil
        return .batch([.save(.practiceUndo(courseID: env.course.id, record)), .update(next),
                       .message("Undone: the last rating was taken back")])
    }

    private mutating func moveSelection(_ delta: Int, env: AppEnvironment) {
        guard let question = session.currentQuestion, !question.options.isEmpty else { return }
        selected = min(max(0, selected + delta), question.options.count - 1)
        let layout = content(width: contentWidth)
        if layout.optionRows.indices.contains(selected) {
            scroll = ScrollWindow.top(keeping: layout.optionRows[selected], visible: visibleRows, count: layout.lines.count, currentTop: scroll)
        }
    }

    private mutating func scrollBy(_ lines: Int, env: AppEnvironment) {
        let count = content(width: contentWidth).lines.count
        scroll = min(max(0, scroll + lines), max(0, count - visibleRows))
    }
}
