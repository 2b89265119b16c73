import Course
import Foundation
import Quiz
import Study

/// Spaced-repetition practice (FSRS): the due reviews and today's new questions,
/// one at a time, in every answer form: pick one (a letter, a number or the
/// arrows and Enter), select all that apply (letters tick, Enter answers), a
/// typed number or answer (Enter answers), or a recall card (Enter reveals).
/// Tab marks an answer "not sure" before it is given. The screen then shows
/// what was right and why, and proposes a rating that 1–4 change and Enter
/// accepts; Space scrolls the explanation. Every rating is saved before the
/// next question shows; `u` takes the last one back. Leaving with a graded
/// answer (back, quit, a signal) saves it with the proposed rating.
struct PracticeScreen: Screen {
    enum Action: Sendable {
        case rate(Rating), accept, undo, filter, up, down, pageUp, pageDown, override, confidenceSetting
        case link(QuestionLinks.Action)
    }

    static let optionKeys: [Key] = "abcdef".map { .char($0) } + "123456789".map { .char($0) }

    /// Keys around the answer being composed (the answer's own keys are `AnswerInput`'s).
    static let presentingBindings: [KeyBinding<Action>] = [
        KeyBinding([.pageUp], "PgUp", "scroll up", .pageUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "scroll down (Space types a space in a typed answer)", .pageDown),
        KeyBinding([.char("u"), .ctrl("z")], "u/Ctrl-Z", "undo the last rating (asks that question again)", .undo, footer: "undo"),
        KeyBinding([.char("/")], "/", "practise or cram one lesson or chapter (not while typing)", .filter, footer: "filter"),
        KeyBinding([.ctrl("t")], "Ctrl-T", "turn confidence marking (\"sure?\") on or off, for good", .confidenceSetting),
    ]

    static let gradedBindings: [KeyBinding<Action>] = [
        KeyBinding([.char("1")], "1", "Again: forgotten, ask again soon", .rate(.again)),
        KeyBinding([.char("2")], "2", "Hard: right, with difficulty", .rate(.hard)),
        KeyBinding([.char("3")], "3", "Good: right", .rate(.good)),
        KeyBinding([.char("4")], "4", "Easy: right at once", .rate(.easy)),
        KeyBinding([.enter], "Enter", "accept the proposed rating", .accept, footer: "accept rating"),
        KeyBinding([.char("o")], "o", "mark a typed answer right (a typo, an answer the key lacks)", .override),
        KeyBinding([.char("k"), .up], "k/↑", "scroll up", .up),
        KeyBinding([.char("j"), .down], "j/↓", "scroll down", .down),
        KeyBinding([.pageUp], "PgUp", "page up", .pageUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "page down", .pageDown),
        KeyBinding([.char("u"), .ctrl("z")], "u/Ctrl-Z", "undo the last rating (this answer is not saved)", .undo),
        KeyBinding([.ctrl("t")], "Ctrl-T", "turn confidence marking on or off, for good", .confidenceSetting),
    ] + QuestionLinks.bindings(Action.link)

    static let finishedBindings: [KeyBinding<Action>] = [
        KeyBinding([.char("u")], "u", "undo the last rating (asks that question again)", .undo, footer: "undo"),
        KeyBinding([.char("/")], "/", "practise or cram one lesson or chapter", .filter, footer: "filter"),
    ]

    private(set) var session: PracticeSession
    private(set) var filter: CardFilter
    /// Today's schedule, a cram of the filter, or a drill of templates.
    let mode: Mode
    /// The learner's days: in cram and drill practice only a card's first review of the day moves it.
    let calendar: Calendar
    let courseID: String
    /// Whether each question of the queue was due or new when the session started.
    private let kinds: [String: PracticeQueue.Item.Kind]
    /// Questions passing the filter (0: nothing to practise here).
    let candidates: Int
    /// New questions left for another day by the daily limit.
    let newWaiting: Int
    /// The answer being composed for the question on screen.
    private(set) var input: AnswerInput?
    /// Ask "sure?" before answers (the learner's setting).
    private(set) var confidenceMarking: Bool
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

    /// What a practice session asks.
    enum Mode: Equatable, Sendable {
        /// The due reviews and today's new questions.
        case scheduled
        /// Every question of the filter now, past the daily limits, weakest first.
        case cram
        /// Fresh variants of the templates a calculator or template id names, round after round.
        case drill(String)

        /// How its reviews are logged.
        var source: ReviewSource {
            switch self {
            case .scheduled: return .practice
            case .cram: return .cram
            case .drill: return .drill
            }
        }
    }

    init(env: AppEnvironment, filter: CardFilter = .all, mode: Mode = .scheduled) throws {
        now = env.now
        let plan: PracticePlan
        switch mode {
        case .scheduled:
            plan = try env.store.practicePlan(course: env.course, filter: filter, now: now, calendar: env.calendar, seed: env.seed())
        case .cram: plan = try env.store.cramPlan(course: env.course, filter: filter, now: now, seed: env.seed())
        case .drill(let name):
            let templates = Set(env.course.drillTemplates(name).map(\.id))
            plan = try env.store.drillPlan(course: env.course, questionIDs: templates, now: now, seed: env.seed())
        }
        self.filter = filter
        self.mode = mode
        calendar = env.calendar
        courseID = env.course.id
        session = PracticeSession(plan: plan, scheduler: env.store.scheduler, drill: mode.source == .drill)
        kinds = Dictionary(plan.queue.items.map { ($0.questionID, $0.kind) }, uniquingKeysWith: { first, _ in first })
        candidates = plan.questions.count
        newWaiting = max(0, plan.questions.count { plan.cards[$0.id] == nil } - plan.queue.newCount)
        confidenceMarking = try env.store.settings().confidenceMarking
        if session.phase == .finished { nextDue = try env.store.nextDue(courseID: env.course.id) }
        input = newInput()
    }

    /// A fresh input for the question presented now (nil when none is waiting).
    private func newInput(showing answer: Answer? = nil, confidence: Confidence? = nil) -> AnswerInput? {
        guard case .presenting = session.phase, let question = session.currentQuestion else { return nil }
        return AnswerInput(question: question, confidenceMarking: confidenceMarking, showing: answer, confidence: confidence)
    }

    var title: String { "Practice" }
    var capturesText: Bool { picker == nil && input?.capturesText == true }

    var pendingWrites: [StudyWrite] {
        guard let gradedAt, case .graded = session.phase else { return [] }
        var graded = session
        guard case .recordReview(let record)? = try? graded.confirm(at: gradedAt) else { return [] }
        return [write(record)]
    }

    func write(_ record: PracticeReviewRecord) -> StudyWrite {
        .practice(record, courseID: courseID, source: mode.source, calendar: calendar)
    }

    var keyHelp: [KeyHelp] {
        if picker != nil { return PracticeFilterPicker.bindings.keyHelp() }
        if case .presenting = session.phase, let input { return input.keyHelp + bindings.keyHelp() }
        return shownBindings.keyHelp()
    }

    /// The keys help lists: after grading, only the ratings the answer may take
    /// (the others still explain themselves when pressed).
    private var shownBindings: [KeyBinding<Action>] {
        guard case .graded(let grade) = session.phase else { return bindings }
        let allowed = Set(session.allowedRatings)
        let typedWrong = session.currentQuestion?.response.isTyped == true && !grade.correct
        return bindings.filter { binding in
            if case .rate(let rating) = binding.action { return allowed.contains(rating) }
            if case .override = binding.action { return typedWrong }
            return true
        }
    }

    private var bindings: [KeyBinding<Action>] {
        switch session.phase {
        case .presenting:
            // While typing, printable keys are the answer's: only the other keys of a binding stay.
            guard input?.capturesText == true else { return Self.presentingBindings }
            return Self.presentingBindings.compactMap { binding in
                var kept = binding
                kept.keys = binding.keys.filter { if case .char = $0 { false } else { true } }
                guard !kept.keys.isEmpty else { return nil }
                kept.label = kept.keys.map(\.description).joined(separator: "/")
                return kept
            }
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
            if case .presenting = session.phase, var composing = input, let outcome = composing.handle(key) {
                input = composing
                switch outcome {
                case .edited: return .none
                case .message(let text): return .message(text)
                case .submit(let answer, let confidence): return submit(answer, confidence: confidence)
                }
            }
            guard let action: Action = bindings.action(for: key) else { return .ignored }
            return perform(action, key: key, env: env)
        }
    }

    private mutating func perform(_ action: Action, key: Key, env: AppEnvironment) -> Effect {
        switch action {
        case .up: scrollBy(-1, env: env)
        case .down: scrollBy(1, env: env)
        case .pageUp: scrollBy(-max(1, visibleRows - 1), env: env)
        case .pageDown: scrollBy(max(1, visibleRows - 1), env: env)
        case .rate(let rating): return rate(rating, env: env)
        case .accept: return confirm(env: env)
        case .undo: return undo(env: env)
        case .filter: picker = PracticeFilterPicker(course: env.course, current: filter)
        case .override: return overrideAsRight()
        case .confidenceSetting:
            var next = self
            next.confidenceMarking.toggle()
            if let composing = input {
                next.input = AnswerInput(question: composing.question, confidenceMarking: next.confidenceMarking)
            }
            return .batch([.save(.settings(StudySettings(confidenceMarking: next.confidenceMarking))), .update(next),
                           .message(next.confidenceMarking ? "Confidence marking on: Tab marks an answer not sure"
                                                           : "Confidence marking off")])
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
                return .update(try PracticeScreen(env: env, filter: chosen, mode: cram ? .cram : .scheduled))
            } catch {
                return .message("Could not read the questions: \(error)")
            }
        }
        return .none
    }

    /// The 0-based option a key names: a–f or 1–9.
    static func optionIndex(_ key: Key) -> Int? {
        guard case .char(let c) = key else { return nil }
        if let digit = c.wholeNumberValue, digit >= 1 { return digit - 1 }
        guard let ascii = c.asciiValue, c >= "a", c <= "z" else { return nil }
        return Int(ascii) - 97
    }

    /// Grades the answer (or reveals a recall card) and brings the verdict into view.
    private mutating func submit(_ answer: Answer, confidence: Confidence?) -> Effect {
        do {
            if case .recalled = answer { try session.reveal() } else { try session.answer(answer, confidence: confidence) }
        } catch {
            return .message("\(error)")
        }
        gradedAt = now
        input = nil
        let layout = content(width: contentWidth)
        if let verdict = layout.verdictRow {
            let first = layout.optionRows.first?.lowerBound ?? 0
            let shown = ScrollWindow.top(keeping: verdict..<(verdict + 1), visible: visibleRows, count: layout.lines.count, currentTop: scroll)
            scroll = min(shown, max(scroll, first))
        }
        return .none
    }

    /// A typed answer graded wrong, marked right by the learner.
    private mutating func overrideAsRight() -> Effect {
        do {
            try session.overrideAsRight()
        } catch {
            return .message("\(error)")
        }
        return .message("Marked right (logged as your override); Enter saves it")
    }

    private mutating func rate(_ rating: Rating, env: AppEnvironment) -> Effect {
        guard case .graded = session.phase else { return .none }
        guard session.allowedRatings.contains(rating) else { return .message("A wrong answer is rated Again: press Enter") }
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
        next.scroll = 0
        next.input = next.newInput()
        var effects: [Effect] = [.save(write(record)), .update(next)]
        if grade.isConfidentError {
            effects.append(.message("Wrong though you were sure: it comes back in a few cards"))
        }
        return .batch(effects)
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
        next.scroll = 0
        next.nextDue = nil
        // A typed answer comes back in its field, as it was typed.
        next.input = next.newInput(showing: record.answer, confidence: record.confidence)
        return .batch([.save(.practiceUndo(courseID: env.course.id, record)), .update(next),
                       .message("Undone: the last rating was taken back")])
    }

    private mutating func scrollBy(_ lines: Int, env: AppEnvironment) {
        let count = content(width: contentWidth).lines.count
        scroll = min(max(0, scroll + lines), max(0, count - visibleRows))
    }
}
