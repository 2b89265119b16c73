import Course
import Foundation
import Quiz

/// One line typed in plain mode, read against the question on screen: an answer
/// in the question's form (with `?` for "not sure"), or a command. Commands may
/// always be written with a leading `:`; a bare command word works where it
/// cannot be an answer. On an unanswered typed question a bare command word is
/// refused with a hint, so a piped script never answers with a command by
/// accident; `=` answers the rest of the line as it is.
enum PlainLine: Equatable {
    case answer(Answer, Confidence?)
    case command(PlainCommand)
    /// Not taken: why, and what to type instead.
    case refused(String)

    /// What the question on screen expects.
    struct Context {
        /// The question waiting for an answer, nil when none is (graded, between questions).
        var question: Question?
        /// Original option indexes in the order shown.
        var optionOrder: [Int] = []
        /// Whether `?` marks an answer not sure.
        var confidenceMarking = true
    }

    static func read(_ raw: String, in context: Context) -> PlainLine {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix(":") { return .command(PlainCommand.parse(String(line.dropFirst()))) }
        guard let question = context.question else { return .command(PlainCommand.parse(line)) }
        var text = line
        var confidence: Confidence? = context.confidenceMarking ? .sure : nil
        if text.hasSuffix("?"), text.count > 1 || !question.response.hasOptions {
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
            if context.confidenceMarking { confidence = .unsure }
        }
        if text.hasPrefix("=") { return typedAnswer(String(text.dropFirst()), question: question, confidence: confidence) }
        switch question.response {
        case .choice:
            if let index = optionIndexes(text)?.first, optionIndexes(text)?.count == 1 {
                guard context.optionOrder.indices.contains(index) else { return outOfRange(index, count: context.optionOrder.count) }
                return .answer(.option(context.optionOrder[index]), confidence)
            }
            return .command(PlainCommand.parse(line))
        case .choices(_, let picks):
            if let indexes = optionIndexes(text) {
                if let bad = indexes.first(where: { !context.optionOrder.indices.contains($0) }) {
                    return outOfRange(bad, count: context.optionOrder.count)
                }
                let chosen = Set(indexes)
                if let picks, chosen.count != picks { return .refused("select \(picks) options (you gave \(chosen.count))") }
                return .answer(.options(chosen.map { context.optionOrder[$0] }.sorted()), confidence)
            }
            return .command(PlainCommand.parse(line))
        case .number, .text:
            if text.isEmpty { return .command(.proceed) }
            if PlainCommand.isWord(text) {
                return .refused("\"\(text)\" is a command word: :\(text) to run it, =\(text) to answer the word")
            }
            return typedAnswer(text, question: question, confidence: confidence)
        case .recall:
            return .command(PlainCommand.parse(line))
        }
    }

    private static func typedAnswer(_ text: String, question: Question, confidence: Confidence?) -> PlainLine {
        switch question.response {
        case .number(let key):
            switch NumberInput.parse(text, percentUnit: key.isPercent) {
            case .success(let value): return .answer(.number(value, typed: text.trimmingCharacters(in: .whitespaces)), confidence)
            case .failure(let problem): return .refused(problem.description)
            }
        case .text:
            return .answer(.text(text), confidence)
        case .choice, .choices, .recall:
            return .refused("this question is answered with option letters")
        }
    }

    /// `a`, `3`, `a,c`, `ac`, `1 3`: 0-based shown indexes; nil when the text is not only option letters or digits.
    static func optionIndexes(_ text: String) -> [Int]? {
        let compact = text.lowercased().filter { $0 != "," && $0 != " " }
        guard !compact.isEmpty, compact.count <= 26 else { return nil }
        var out: [Int] = []
        for c in compact {
            if let digit = c.wholeNumberValue, (1...9).contains(digit) {
                out.append(digit - 1)
            } else if let ascii = c.asciiValue, c >= "a", c <= "f" {
                out.append(Int(ascii) - 97)
            } else {
                return nil
            }
        }
        return out
    }

    private static func outOfRange(_ index: Int, count: Int) -> PlainLine {
        .refused("there is no option \(PlainText.letter(index)): this question has \(PlainText.letter(0))–\(PlainText.letter(max(0, count - 1)))")
    }
}
