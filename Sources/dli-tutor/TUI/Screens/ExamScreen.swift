import Course
import Foundation
import Quiz
import Study

/// A mock exam in progress: one question per screen under a countdown, a
/// question palette to jump with, flags, and submission after a confirmation
/// that lists what is unanswered and flagged. Every answer, flag and move is
/// saved before the screen changes; the deadline is stored, so leaving and
/// coming back (or a crash) resumes with the time still counting. At 0:00 the
/// exam is submitted with what was answered.
struct ExamScreen: Screen {
    enum Mode: Equatable, Sendable { case answering, palette, confirmSubmit, confirmLeave }

    enum Action: Sendable {
        case up, down, clear, flag, next, previous, palette, submit, leave, pageUp, pageDown
        case left, right, jump, closePalette, number
        case confirm
    }

    /// The exam's keys around the answer (the answer's own keys are `AnswerInput`'s).
    /// Each has a Ctrl form, which also works while a typed answer has the keys.
    static let answeringBindings: [KeyBinding<Action>] = [
        KeyBinding([.char("x"), .backspace, .ctrl("x")], "x/Ctrl-X", "clear this question's answer", .clear),
        KeyBinding([.char("m"), .ctrl("f")], "m/Ctrl-F", "flag or unflag this question (mark it for review)", .flag, footer: "flag"),
        KeyBinding([.right, .char("n"), .ctrl("n")], "→/n/Ctrl-N", "next question", .next, footer: "next"),
        KeyBinding([.left, .char("N"), .ctrl("p")], "←/N/Ctrl-P", "previous question", .previous),
        KeyBinding([.char("p"), .ctrl("o")], "p/Ctrl-O", "question palette: answered, flagged, jump to any", .palette, footer: "palette"),
        KeyBinding([.char("s"), .ctrl("g")], "s/Ctrl-G", "submit the exam (lists unanswered and flagged first)", .submit, footer: "submit"),
        KeyBinding([.char("q"), .escape], "q/Esc", "leave the exam (it keeps running; asks first)", .leave),
        KeyBinding([.pageUp], "PgUp", "scroll up", .pageUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "scroll down", .pageDown),
    ]

    /// The bindings that work now: while a typed answer has the keys, only the
    /// ones that cannot be typed (arrows, Backspace and Space edit the answer).
    var activeBindings: [KeyBinding<Action>] {
        guard input.capturesText else { return Self.answeringBindings }
        return Self.answeringBindings.map { binding in
            var kept = binding
            kept.keys = binding.keys.filter { key in
                switch key {
                case .char, .left, .right, .backspace: return false
                default: return true
                }
            }
            kept.label = kept.keys.map(\.description).joined(separator: "/")
            return kept
        }.filter { !$0.keys.isEmpty }
    }

    static let paletteBindings: [KeyBinding<Action>] = [
        KeyBinding([.left, .char("h")], "←/h", "previous question", .left),
        KeyBinding([.right, .char("l")], "→/l", "next question", .right),
        KeyBinding([.up, .char("k")], "↑/k", "row above", .up),
        KeyBinding([.down, .char("j")], "↓/j", "row below", .down),
        KeyBinding([.enter], "Enter", "go to that question", .jump, footer: "go to"),
        KeyBinding((0...9).map { .char(Character(String($0))) }, "0–9", "type a question number (Enter goes there)", .number),
        KeyBinding([.char("p"), .escape, .char("q")], "p/Esc", "close the palette", .closePalette, footer: "close"),
        KeyBinding([.char("s")], "s", "submit the exam (asks first)", .submit),
    ]

    static let dialogBindings: [KeyBinding<Action>] = [
        KeyBinding([.char("y"), .char("Y"), .enter], "y/Enter", "yes", .confirm),
    ]
    /// Help while a submit or leave question is open.
    static var dialogKeyHelp: [KeyHelp] { dialogBindings.keyHelp() + [KeyHelp(label: "any other key", help: "back to the exam")] }

    private(set) var session: ExamSession
    let attempt: Int
    private(set) var mode: Mode = .answering
    /// The answer being composed for the question on screen (its stored answer shown).
    private(set) var input: AnswerInput
    /// Ask "sure?" before answers (the learner's setting).
    let confidenceMarking: Bool
    /// The question under the palette's cursor (0-based).
    private(set) var paletteCursor = 0
    /// Digits typed in the palette: the question number being typed.
    private(set) var typedNumber = ""
    private(set) var scroll = 0
    private(set) var size = Size(width: 80, height: 24)

    /// The time of the latest event (a tick carries it; a key reads the clock),
    /// so drawing never reads the clock.
    private(set) var now: Date

    /// A stored exam (resumed, or opened for the first time) at `now`.
    init(session: ExamSession, course: Course, now: Date, confidenceMarking: Bool = true) {
        self.session = session
        attempt = session.id ?? 0
        self.now = now
        self.confidenceMarking = confidenceMarking
        input = Self.input(for: session, confidenceMarking: confidenceMarking)
        paletteCursor = session.position
    }

    /// The input for the question on screen, showing its stored answer.
    static func input(for session: ExamSession, confidenceMarking: Bool) -> AnswerInput {
        guard let item = session.current else {
            return AnswerInput(question: Question(id: "", lesson: "", domain: "", difficulty: .easy, stem: "", options: [],
                                                  answer: 0, explanation: ""), confidenceMarking: false)
        }
        return AnswerInput(question: item.question, optionOrder: item.optionOrder, confidenceMarking: confidenceMarking,
                           showing: item.answer, confidence: item.confidence)
    }

    var title: String { "Mock exam" }

    var capturesText: Bool { mode == .answering && input.capturesText }

    var keyHelp: [KeyHelp] {
        switch mode {
        case .answering:
            var help = input.keyHelp + activeBindings.keyHelp()
            // On the last question "next" leads nowhere: submit takes its place in the footer.
            guard session.position + 1 >= session.items.count else { return help }
            if let next = help.firstIndex(where: { $0.footer == "next" }) { help[next].footer = nil }
            if let submit = help.firstIndex(where: { $0.footer == "submit" }) { help.insert(help.remove(at: submit), at: 0) }
            return help
        case .palette: return Self.paletteBindings.keyHelp()
        case .confirmSubmit, .confirmLeave: return Self.dialogKeyHelp
        }
    }

    var quitConfirmation: String? {
        let clock = session.deadline == nil ? "" : ", and the clock keeps running while you are away"
        return "Exam \(attempt) is in progress. Your answers are saved\(clock). Quit anyway?"
    }

    var tickInterval: Double? { session.deadline == nil ? nil : 1 }

    /// Wide terminals show the question palette beside the question at all times.
    var paletteAlwaysShown: Bool { size.width >= 100 }

    mutating func resize(to size: Size, env: AppEnvironment) {
        self.size = size
        scroll = min(scroll, max(0, questionLayout(width: questionWidth).lines.count - visibleRows))
    }

    // MARK: Events

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        if case .tick(let time) = event { now = time } else { now = env.now }
        // Time may have run out while the learner was thinking or away.
        if session.isTimeUp(at: now) { return submit(env: env) }
        switch event {
        case .tick: return .none
        case .scroll(let lines):
            scrollBy(lines)
            return .none
        case .key(let key):
            switch mode {
            case .answering:
                var composing = input
                if let outcome = composing.handle(key) {
                    input = composing
                    switch outcome {
                    case .edited: return .none
                    case .message(let text): return .message(text)
                    case .submit(let answer, let confidence): return self.answer(answer, confidence: confidence, env: env)
                    }
                }
                guard let action: Action = activeBindings.action(for: key) else { return .ignored }
                return answering(action, key: key, env: env)
            case .palette:
                guard let action: Action = Self.paletteBindings.action(for: key) else { return .ignored }
                return inPalette(action, key: key, env: env)
            case .confirmSubmit:
                mode = .answering
                return Self.dialogBindings.action(for: key) == nil ? .none : submit(env: env)
            case .confirmLeave:
                mode = .answering
                return Self.dialogBindings.action(for: key) == nil ? .none : .pop
            }
        }
    }

    private mutating func answering(_ action: Action, key: Key, env: AppEnvironment) -> Effect {
        guard let item = session.current else { return .none }
        switch action {
        case .up: scrollBy(-1)
        case .down: scrollBy(1)
        case .clear:
            guard item.isAnswered else { return .message("This question has no answer to clear") }
            return change(env: env) { session, now in [try session.clearAnswer(session.position, at: now)] }
        case .flag:
            let flagged = !item.flagged
            return change(env: env, message: flagged ? "Question \(session.position + 1) flagged" : nil) { session, now in
                [try session.setFlag(session.position, flagged, at: now)]
            }
        case .next:
            guard session.position + 1 < session.items.count else { return .message("This is the last question: s submits") }
            return go(to: session.position + 1, env: env)
        case .previous:
            guard session.position > 0 else { return .message("This is the first question") }
            return go(to: session.position - 1, env: env)
        case .palette:
            mode = .palette
            paletteCursor = session.position
            typedNumber = ""
        case .submit: mode = .confirmSubmit
        case .leave: mode = .confirmLeave
        case .pageUp: scrollBy(-max(1, visibleRows - 1))
        case .pageDown: scrollBy(max(1, visibleRows - 1))
        case .left, .right, .jump, .closePalette, .number, .confirm: break
        }
        return .none
    }

    private mutating func inPalette(_ action: Action, key: Key, env: AppEnvironment) -> Effect {
        let count = session.items.count, columns = paletteColumns
        if action != .number { typedNumber = "" }
        switch action {
        case .number:
            // Digits build the number; one that would pass the last question starts again.
            guard case .char(let digit) = key else { return .none }
            typedNumber = Int(typedNumber + String(digit)).map { $0 >= 1 && $0 <= count } == true ? typedNumber + String(digit) : String(digit)
            guard let number = Int(typedNumber), (1...count).contains(number) else {
                typedNumber = ""
                return .message("Questions are numbered 1–\(count)")
            }
            paletteCursor = number - 1
        case .left: paletteCursor = max(0, paletteCursor - 1)
        case .right: paletteCursor = min(count - 1, paletteCursor + 1)
        case .up: if paletteCursor - columns >= 0 { paletteCursor -= columns }
        case .down: if paletteCursor + columns < count { paletteCursor += columns }
        case .jump:
            var next = self
            next.mode = .answering
            return next.go(to: paletteCursor, env: env)
        case .closePalette: mode = .answering
        case .submit: mode = .confirmSubmit
        default: break
        }
        return .none
    }

    /// Answers the question on screen, then moves to the next one; both saved first.
    private func answer(_ answer: Answer, confidence: Confidence?, env: AppEnvironment) -> Effect {
        guard let item = session.current else { return .none }
        let isLast = session.position + 1 >= session.items.count
        var message: String?
        if let previous = item.answer, previous != answer {
            let (from, to) = (previous.entered(shownIn: item.optionOrder), answer.entered(shownIn: item.optionOrder))
            message = "Question \(session.position + 1): answer changed from \(from) to \(to)"
        } else if isLast {
            let unanswered = session.unanswered.filter { $0 != session.position }
            message = unanswered.isEmpty ? "All questions answered: s submits"
                : "Last question answered; unanswered: \(StudyFormat.numbers(unanswered))"
        }
        return change(env: env, message: message) { session, now in
            var changes = [try session.answer(session.position, answer, confidence: confidence, at: now)]
            if !isLast { changes.append(try session.go(to: session.position + 1)) }
            return changes
        }
    }

    private func go(to position: Int, env: AppEnvironment) -> Effect {
        change(env: env) { session, _ in [try session.go(to: position)] }
    }

    /// Applies exam actions to a copy, then saves each change before the copy
    /// replaces this screen; the exam is submitted instead if time ran out.
    private func change(env: AppEnvironment, message: String? = nil,
                        _ actions: (inout ExamSession, Date) throws -> [ExamChange]) -> Effect {
        var next = self
        let changes: [ExamChange]
        do {
            changes = try actions(&next.session, now)
        } catch ExamError.timeUp {
            return submit(env: env)
        } catch {
            return .message("\(error)")
        }
        if next.session.position != session.position {
            next.scroll = 0
            next.paletteCursor = next.session.position
        }
        next.input = Self.input(for: next.session, confidenceMarking: confidenceMarking)
        var effects = changes.map { Effect.save(.examChange(attempt: attempt, $0)) }
        effects.append(.update(next))
        if let message { effects.append(.message(message)) }
        return .batch(effects)
    }

    /// Hands the exam in (automatically when time is up) and shows the result.
    private func submit(env: AppEnvironment) -> Effect {
        var next = session
        do {
            _ = try next.submit(at: now)
        } catch {
            return .message("\(error)")
        }
        return .batch([.save(.examSubmitted(next)), .replace(.examResults(attempt: attempt))])
    }

    private mutating func scrollBy(_ lines: Int) {
        let count = questionLayout(width: questionWidth).lines.count
        scroll = min(max(0, scroll + lines), max(0, count - visibleRows))
    }
}
