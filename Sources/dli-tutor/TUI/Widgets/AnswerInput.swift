import Course
import Foundation
import Quiz

/// The answer being composed for the question on screen, in the question's
/// form: the option under the cursor (pick one), the options ticked (select
/// all that apply), the typed number or text (with cursor editing), or a recall
/// card waiting to be revealed — and whether the learner is sure. Practice and
/// the mock exam share it, so every form answers the same way in both.
struct AnswerInput: Equatable {
    enum Action: Sendable { case option, up, down, submit, confidence }

    /// What a key did.
    enum Outcome: Equatable {
        /// The key changed the input (or was typed).
        case edited
        /// The learner answered.
        case submit(Answer, Confidence?)
        /// A short status for the footer (a wrong count of picks, not a number…).
        case message(String)
    }

    let question: Question
    /// `optionOrder[i]` is the original index of the option shown i-th.
    let optionOrder: [Int]
    /// Ask "sure?" (the learner's setting); when off, answers are recorded without a confidence.
    let confidenceMarking: Bool
    private(set) var cursor = 0
    /// Shown indexes ticked (select all that apply).
    private(set) var picked: Set<Int> = []
    private(set) var field = TextField()
    private(set) var sure = true

    init(question: Question, optionOrder: [Int]? = nil, confidenceMarking: Bool) {
        self.question = question
        self.optionOrder = optionOrder ?? Array(question.options.indices)
        self.confidenceMarking = confidenceMarking
    }

    /// An input showing an earlier answer (an exam question answered before, or an undone typed answer).
    init(question: Question, optionOrder: [Int]? = nil, confidenceMarking: Bool, showing answer: Answer?, confidence: Confidence?) {
        self.init(question: question, optionOrder: optionOrder, confidenceMarking: confidenceMarking)
        sure = confidence != .unsure
        switch answer {
        case .option(let original)?: cursor = self.optionOrder.firstIndex(of: original) ?? 0
        case .options(let originals)?: picked = Set(originals.compactMap { self.optionOrder.firstIndex(of: $0) })
        case .number(_, let typed)?: field.set(typed)
        case .text(let text)?: field.set(text)
        case .recalled?, nil: break
        }
    }

    /// The key that toggles "not sure": not a printable character, so it never
    /// lands in a typed answer, and `?` stays help and Space scrolling.
    static let confidenceKey = Key.tab

    var isTyped: Bool { question.response.isTyped }
    /// Printable keys go into the field.
    var capturesText: Bool { isTyped }
    var confidence: Confidence? { confidenceMarking ? (sure ? .sure : .unsure) : nil }

    /// The keys of the current form, for help and the footer.
    var bindings: [KeyBinding<Action>] {
        Self.bindings(for: question.response, confidenceMarking: confidenceMarking, sure: sure)
    }

    /// The keys of a form (static so `KeyReference` lists them without a question).
    static func bindings(for response: QuestionResponse, confidenceMarking: Bool, sure: Bool) -> [KeyBinding<Action>] {
        var keys: [KeyBinding<Action>] = []
        switch response {
        case .choice:
            keys += [KeyBinding(PracticeScreen.optionKeys, "a–f/1–6", "answer with that option", .option),
                     KeyBinding([.char("k"), .up], "k/↑", "previous option", .up),
                     KeyBinding([.char("j"), .down], "j/↓", "next option", .down),
                     KeyBinding([.enter], "Enter", "answer with the option under the cursor", .submit, footer: "answer")]
        case .choices(_, let picks):
            let how = picks.map { "select \($0)" } ?? "select all that apply"
            keys += [KeyBinding(PracticeScreen.optionKeys, "a–f/1–6", "tick or untick that option (\(how))", .option),
                     KeyBinding([.char("k"), .up], "k/↑", "previous option", .up),
                     KeyBinding([.char("j"), .down], "j/↓", "next option", .down),
                     KeyBinding([.enter], "Enter", "answer with the options ticked", .submit, footer: "answer")]
        case .number, .text:
            keys += [KeyBinding([.enter], "Enter", "answer with what is typed", .submit, footer: "answer")]
        case .recall:
            keys += [KeyBinding([.enter], "Enter", "reveal the answer, then rate how well you recalled it", .submit, footer: "reveal")]
        }
        if confidenceMarking, case .recall = response {} else if confidenceMarking {
            keys.append(KeyBinding([Self.confidenceKey], "Tab", "mark this answer sure or not sure (before answering)",
                                   .confidence, footer: sure ? "not sure" : "sure"))
        }
        return keys
    }

    var keyHelp: [KeyHelp] { bindings.keyHelp() + (isTyped ? TextField.keyHelp : []) }

    /// Applies a key; nil when the input does not use it.
    mutating func handle(_ key: Key) -> Outcome? {
        if let action: Action = bindings.action(for: key), !(isTyped && action == .option) {
            return perform(action, key: key)
        }
        if isTyped, field.handle(key) { return .edited }
        return nil
    }

    private mutating func perform(_ action: Action, key: Key) -> Outcome {
        switch action {
        case .option:
            guard let index = PracticeScreen.optionIndex(key) else { return .edited }
            guard optionOrder.indices.contains(index) else {
                return .message("This question has options \(PlainText.letter(0))–\(PlainText.letter(optionOrder.count - 1))")
            }
            cursor = index
            if case .choices = question.response {
                if picked.contains(index) { picked.remove(index) } else { picked.insert(index) }
                return .edited
            }
            return .submit(.option(optionOrder[index]), confidence)
        case .up:
            cursor = max(0, cursor - 1)
            return .edited
        case .down:
            cursor = min(max(0, optionOrder.count - 1), cursor + 1)
            return .edited
        case .confidence:
            sure.toggle()
            return .edited
        case .submit:
            return submit()
        }
    }

    private func submit() -> Outcome {
        switch question.response {
        case .choice:
            guard optionOrder.indices.contains(cursor) else { return .edited }
            return .submit(.option(optionOrder[cursor]), confidence)
        case .choices(_, let picks):
            guard !picked.isEmpty else { return .message("Tick the options with their letters, then Enter") }
            if let picks, picked.count != picks {
                return .message("Select \(picks) (\(picked.count) ticked)")
            }
            return .submit(.options(picked.map { optionOrder[$0] }.sorted()), confidence)
        case .number(let key):
            switch NumberInput.parse(field.text, percentUnit: key.isPercent) {
            case .success(let value): return .submit(.number(value, typed: field.text.trimmingCharacters(in: .whitespaces)), confidence)
            case .failure(let problem): return .message(problem.description)
            }
        case .text:
            guard !field.text.allSatisfy(\.isWhitespace) else { return .message("Type an answer, then Enter") }
            return .submit(.text(field.text), confidence)
        case .recall:
            return .submit(.recalled, nil)
        }
    }
}
