import Course

/// What a learner gave for one question, in the question's own terms (original
/// option indexes, not the shuffled order an exam shows).
public enum Answer: Equatable, Sendable, Codable {
    /// A pick-one answer: the original index of the option.
    case option(Int)
    /// A select-all answer: the original indexes picked, ascending.
    case options([Int])
    /// A typed number and the text it was typed as.
    case number(Double, typed: String)
    /// A typed answer (text or code).
    case text(String)
    /// A recall card revealed; its rating says how well it was recalled.
    case recalled

    /// The original option index of a pick-one answer (the review log's `chosen`).
    public var option: Int? {
        if case .option(let index) = self { return index }
        return nil
    }

    /// The original indexes of a select-all answer.
    public var options: [Int]? {
        if case .options(let indexes) = self { return indexes }
        return nil
    }

    /// What was picked or typed, as entered: `b`, `a,c`, `4.19e7`, the typed line;
    /// empty for a recall card.
    public var entered: String {
        switch self {
        case .option(let index): return Answer.letter(index)
        case .options(let indexes): return indexes.map(Answer.letter).joined(separator: ",")
        case .number(_, let typed): return typed
        case .text(let text): return text
        case .recalled: return ""
        }
    }

    /// What was picked or typed, with options lettered as `order` showed them
    /// (`order[i]` is the original index shown at position i).
    public func entered(shownIn order: [Int]) -> String {
        func shown(_ original: Int) -> Int { order.firstIndex(of: original) ?? original }
        switch self {
        case .option(let index): return Answer.letter(shown(index))
        case .options(let indexes): return indexes.map(shown).sorted().map(Answer.letter).joined(separator: ",")
        case .number, .text, .recalled: return entered
        }
    }

    /// The selection as the review log's `chosen` column writes it: `2`, `0;2`.
    public var chosenText: String {
        switch self {
        case .option(let index): return String(index)
        case .options(let indexes): return indexes.map(String.init).joined(separator: ";")
        case .number, .text, .recalled: return ""
        }
    }

    static func letter(_ index: Int) -> String {
        Question.optionLetter(index).map { String($0).lowercased() } ?? String(index + 1)
    }
}

/// How sure the learner said they were before the answer was revealed.
public enum Confidence: String, Equatable, Sendable, Codable, CaseIterable {
    case sure, unsure
}
