import Course
import Foundation
import Quiz

/// How plain mode prints course text: Markdown laid out by the same engine as
/// the reader, as plain text (no escape sequences) for pipes and screen readers.
enum PlainText {
    static let width = 80

    /// A line wrapped at the plain width, its continuation lines indented two
    /// columns more than it (a calculator step keeps its place).
    static func wrapped(_ line: String) -> String {
        guard DisplayWidth.of(line) > width else { return line }
        let indent = String(line.prefix { $0 == " " })
        let lines = TextFit.wrap(String(line.dropFirst(indent.count)), width: width - indent.count - 2)
        return lines.enumerated().map { indent + ($0.offset == 0 ? "" : "  ") + $0.element }.joined(separator: "\n")
    }

    /// An explanation after "Why: ", wrapped so that its first line fits too.
    static func why(_ explanation: String) -> String {
        "Why: " + markdown(explanation, width: width - 5)
    }

    static func markdown(_ text: String, width: Int = PlainText.width) -> String {
        let rendered = TerminalLayout.render(MarkdownParser.parse(text), width: width, theme: .unicode)
        var lines = rendered.lines.map { String($0.text.reversed().drop(while: { $0 == " " }).reversed()) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// `a) text`, … for options in the order shown; long options wrap under their text.
    static func options(_ options: [String], marks: [Int: String] = [:]) -> [String] {
        options.enumerated().map { index, option in
            let mark = marks[index].map { "  " + $0 } ?? ""
            let lines = markdown(option, width: width - 5).split(separator: "\n", omittingEmptySubsequences: false)
            let body = lines.enumerated().map { $0.offset == 0 ? String($0.element) : "     " + $0.element }
            return "  \(letter(index))) " + body.joined(separator: "\n") + mark
        }
    }

    /// `a`, `b`, … for an option (its number past `z`).
    static func letter(_ index: Int) -> String {
        Question.optionLetter(index).map { $0.lowercased() } ?? String(index + 1)
    }

    /// A question as plain lines: the stem, then its options (in `order`, ticked
    /// boxes for select-all) or what to type.
    static func question(_ question: Question, order: [Int]? = nil) -> [String] {
        let order = order ?? Array(question.options.indices)
        var lines = [markdown(question.stem)]
        switch question.response {
        case .choice:
            lines.append("")
            lines += options(order.map { question.options[$0] })
        case .choices(_, let picks):
            lines.append("")
            lines.append(picks.map { "Select \($0):" } ?? "Select all that apply:")
            lines += options(order.map { question.options[$0] })
        case .number, .text, .recall:
            break
        }
        return lines
    }

    /// What the feedback says after an answer: right or wrong, the answer given
    /// against the truth (the set, the number and how far off, the accepted
    /// answers), or a recall card's back. `order` is the order options were shown in.
    static func feedback(_ question: Question, order: [Int]? = nil, answer: Answer?, correct: Bool, overridden: Bool = false) -> [String] {
        let order = order ?? Array(question.options.indices)
        func shown(_ original: Int) -> String { letter(order.firstIndex(of: original) ?? original) }
        let verdict = answer == nil ? "Unanswered." : overridden ? "Marked right by you." : correct ? "Right." : "Wrong."
        switch question.response {
        case .choice:
            let key = "\(shown(question.answer))) \(markdown(question.options[question.answer]))"
            return [correct ? "Right: \(key)" : "\(verdict == "Unanswered." ? "Unanswered." : "Wrong.") The answer is \(key)"]
        case .choices(let answers, _):
            var lines = [verdict + " The right options: " + answers.map(shown).sorted().joined(separator: ", ") + "."]
            if let picked = answer?.options {
                let missed = answers.filter { !picked.contains($0) }, extra = picked.filter { !answers.contains($0) }
                if !missed.isEmpty { lines.append("Missed: " + missed.map(shown).sorted().joined(separator: ", ") + ".") }
                if !extra.isEmpty { lines.append("Wrongly picked: " + extra.map(shown).sorted().joined(separator: ", ") + ".") }
            }
            return lines
        case .number(let key):
            var lines = [verdict]
            let truth: Double? = {
                if case .success(let value) = FigureChecker.truth(of: question) { return value }
                return key.value
            }()
            let unit = key.unit.map { $0 == "%" ? "%" : " " + $0 } ?? ""
            if case .number(_, let typed)? = answer { lines.append("Your answer: \(typed)\(unit)") }
            if let truth {
                var text = "The answer: \(CalcFormat.number(truth, digits: question.truthDigits))\(unit)"
                if case .number(let value, _)? = answer, !correct {
                    text += ", off by \(CalcFormat.number(value - truth, digits: 6))"
                }
                lines.append(text + " (accepted \(key.tolerance.accepted(around: truth))).")
            }
            // A drawn template answered wrong shows its working after the mistake (`TemplateFeedback`).
            let working = question.variant != nil && !correct
            if !working, let check = question.check, let call = try? CalcCall.parse(check.calc), let report = try? Calculators.evaluate(call) {
                lines += CalcReportLayout.lines(report, width: width, theme: .unicode).map(\.text)
            }
            return lines
        case .text(let key):
            var lines = [verdict]
            if case .text(let typed)? = answer { lines.append("Your answer: \(typed)") }
            lines.append((key.accept.count == 1 ? "Accepted: " : "Accepted answers: ") + key.accept.joined(separator: "  |  "))
            return lines
        case .recall(let back):
            return ["The answer:", markdown(back)]
        }
    }
}
