import Course
import Foundation
import Quiz

/// A question as lines, in every answer form: the stem (Markdown; a cloze's
/// `____` blank highlighted), then the options lettered a), b), … (ticked in a
/// select-all question), a typed answer's field, or a recall card's prompt —
/// and once answered, the marks, the verdict, what was right and why. Marks are
/// symbols as well as colours, so they read in monochrome too. Practice, the
/// exam and the exam review lay questions out here.
enum QuestionView {
    enum Mark: Equatable, Sendable {
        /// Chosen in an exam not yet marked.
        case chosen
        /// The keyed option, not chosen.
        case correct
        /// Chosen and wrong.
        case wrong
        /// Chosen and right.
        case chosenCorrect
        /// A right option of a select-all question that was not picked.
        case missed
    }

    struct Layout: Equatable {
        var lines: [RichLine]
        /// The rows of each option in `lines`.
        var optionRows: [Range<Int>]
        /// The row of the verdict line once an answer is marked, if any.
        var verdictRow: Int?
        /// The row where a typed answer's field is drawn (its text and cursor), if any.
        var fieldRow: Int?
        /// Where the field starts on that row, and its columns.
        var fieldColumn = 0
        var fieldWidth = 0

        init(lines: [RichLine], optionRows: [Range<Int>], verdictRow: Int? = nil, fieldRow: Int? = nil) {
            self.lines = lines
            self.optionRows = optionRows
            self.verdictRow = verdictRow
            self.fieldRow = fieldRow
        }
    }

    /// A question waiting for an answer: the stem, then the options with the
    /// cursor (`saved` marks an exam's stored answer) or the field, and the
    /// confidence the learner will answer with.
    static func asking(_ input: AnswerInput, saved: Answer? = nil, width: Int) -> Layout {
        let question = input.question
        var layout = Layout(lines: stem(question.stem, width: width), optionRows: [])
        layout.lines.append(.blank)
        let options = input.optionOrder.map { question.options[$0] }
        switch question.response {
        case .choice:
            var marks: [Int: Mark] = [:]
            if let chosen = saved?.option.flatMap({ input.optionOrder.firstIndex(of: $0) }) { marks[chosen] = .chosen }
            append(options, to: &layout, width: width, cursor: input.cursor, marks: marks)
        case .choices(_, let picks):
            layout.lines += RichText.wrap(picks.map { "Select \($0)." } ?? "Select all that apply.", width: width, style: Palette.dim)
            append(options, to: &layout, width: width, cursor: input.cursor, ticks: input.picked)
        case .number(let key):
            appendField(label: "Your answer", unit: key.unit, to: &layout, width: width)
        case .text(let key):
            appendField(label: key.match == .code ? "Your code" : "Your answer", unit: nil, to: &layout, width: width)
        case .recall:
            layout.lines += RichText.wrap("Recall the answer, then press Enter to reveal it.", width: width, style: Palette.dim)
        }
        if input.confidenceMarking, !isRecall(question) {
            layout.lines.append(.blank)
            layout.lines.append(RichLine([
                RichLine.Span(text: input.sure ? "Sure" : "Not sure", style: input.sure ? Palette.bold : Palette.warning),
                RichLine.Span(text: "  (Tab: \(input.sure ? "not sure" : "sure"))", style: Palette.dim),
            ]))
        }
        return layout
    }

    /// A question answered: the options marked (or the answer given), the
    /// verdict, what the right answer is and how far off the answer was, then
    /// the explanation. `answer` nil is an unanswered exam question.
    static func answered(_ question: Question, optionOrder: [Int]? = nil, answer: Answer?, correct: Bool,
                         overridden: Bool = false, width: Int) -> Layout {
        let order = optionOrder ?? Array(question.options.indices)
        var layout = Layout(lines: stem(question.stem, width: width, filled: clozeKey(question)), optionRows: [])
        layout.lines.append(.blank)
        var truth: Double?
        if case .success(let value) = FigureChecker.truth(of: question) { truth = value }
        let grade = answer.flatMap { try? AnswerGrader.grade($0, for: question, truth: truth) }
        let options = order.map { question.options[$0] }
        switch question.response {
        case .choice:
            let key = order.firstIndex(of: question.answer) ?? 0
            var marks: [Int: Mark] = [key: correct ? .chosenCorrect : .correct]
            if let chosen = answer?.option.flatMap({ order.firstIndex(of: $0) }), chosen != key { marks[chosen] = .wrong }
            append(options, to: &layout, width: width, cursor: nil, marks: marks)
        case .choices(let answers, _):
            let picked = Set((answer?.options ?? []).compactMap { order.firstIndex(of: $0) })
            let right = Set(answers.compactMap { order.firstIndex(of: $0) })
            var marks: [Int: Mark] = [:]
            for index in options.indices {
                switch (right.contains(index), picked.contains(index)) {
                case (true, true): marks[index] = .chosenCorrect
                case (true, false): marks[index] = .missed
                case (false, true): marks[index] = .wrong
                case (false, false): break
                }
            }
            append(options, to: &layout, width: width, cursor: nil, marks: marks, ticks: picked)
        case .number, .text, .recall:
            break
        }
        layout.lines.append(.blank)
        layout.verdictRow = layout.lines.count
        layout.lines += verdict(question, order: order, answer: answer, grade: grade, truth: truth, correct: correct,
                                overridden: overridden, width: width)
        if !correct {
            layout.lines += templateWorking(question, mistake: grade?.mistake, width: width)
        }
        if case .recall(let back) = question.response {
            layout.lines.append(.blank)
            layout.lines += MarkdownText.lines(back, width: width)
        }
        layout.lines.append(.blank)
        layout.lines.append(RichLine("Why", style: Palette.title))
        layout.lines += MarkdownText.lines(question.explanation, width: width)
        return layout
    }

    // MARK: Parts

    /// For a drawn template answered wrong: the named mistake matched, then the right computation for this draw.
    static func templateWorking(_ question: Question, mistake: Int?, width: Int) -> [RichLine] {
        let lines = TemplateFeedback.lines(question, mistake: mistake)
        guard !lines.isEmpty else { return [] }
        var out: [RichLine] = [.blank]
        for line in lines {
            let isMistake = TemplateFeedback.mistake(mistake, of: question).map { line.hasSuffix($0) } ?? false
            let style = isMistake ? Palette.warning : Palette.plain
            // A line that fits keeps its spacing (the steps' columns); a longer one wraps.
            guard DisplayWidth.of(line) > width else {
                out.append(RichLine(line, style: style))
                continue
            }
            let indent = String(line.prefix { $0 == " " })
            out += RichText.wrap(line, width: width, style: style, rest: indent + "  ")
        }
        return out
    }

    /// The stem; a cloze's `____` blanks stand out (in monochrome too).
    /// Once graded, `filled` (the key) takes the blank's place where the line
    /// still fits, so the learner reads the completed code.
    static func stem(_ text: String, width: Int, filled: String? = nil) -> [RichLine] {
        var lines = MarkdownText.lines(text, width: width)
        for i in lines.indices where lines[i].text.contains(clozeBlank) {
            let blanks = lines[i].text.components(separatedBy: clozeBlank).count - 1
            let grown = filled.map { DisplayWidth.of(lines[i].text) + blanks * (DisplayWidth.of($0) - DisplayWidth.of(clozeBlank)) }
            let shown = grown.map { $0 <= width } == true ? filled ?? clozeBlank : clozeBlank
            lines[i].spans = lines[i].spans.flatMap { span -> [RichLine.Span] in
                let parts = span.text.components(separatedBy: clozeBlank)
                guard parts.count > 1 else { return [span] }
                var out: [RichLine.Span] = []
                for (k, part) in parts.enumerated() {
                    if k > 0 { out.append(RichLine.Span(text: shown, style: Palette.clozeBlank)) }
                    if !part.isEmpty { out.append(RichLine.Span(text: part, style: span.style)) }
                }
                return out
            }
        }
        return lines
    }

    /// What fills a cloze's blank after grading: its first accepted answer
    /// (nil for a pattern key, which is no text to show).
    static func clozeKey(_ question: Question) -> String? {
        guard case .text(let key) = question.response, key.match != .regex, question.stem.contains(clozeBlank) else { return nil }
        return key.accept.first
    }

    /// The blank of a code cloze.
    static let clozeBlank = "____"

    private static func isRecall(_ question: Question) -> Bool {
        if case .recall = question.response { return true }
        return false
    }

    /// A field's label, then room for the field (at most `maxFieldWidth` columns), then its unit.
    private static func appendField(label: String, unit: String?, to layout: inout Layout, width: Int) {
        let shownLabel = TextFit.truncate(label, to: max(1, width / 3))
        let unitText = unit.map { " " + TextFit.truncate($0, to: max(1, width / 4)) } ?? ""
        layout.fieldRow = layout.lines.count
        layout.fieldColumn = DisplayWidth.of(shownLabel) + 2
        layout.fieldWidth = max(1, min(maxFieldWidth, width - layout.fieldColumn - DisplayWidth.of(unitText)))
        var line = RichLine([RichLine.Span(text: shownLabel + "  ", style: Palette.bold)])
        if !unitText.isEmpty { line.spans.append(RichLine.Span(text: String(repeating: " ", count: layout.fieldWidth) + unitText, style: Palette.dim)) }
        layout.lines.append(line)
    }

    /// The widest a typed answer's field gets.
    static let maxFieldWidth = 40

    private static func append(_ options: [String], to layout: inout Layout, width: Int, cursor: Int?, marks: [Int: Mark] = [:],
                               ticks: Set<Int>? = nil) {
        for (index, option) in options.enumerated() {
            let start = layout.lines.count
            layout.lines += optionLines(index: index, text: option, width: width, isCursor: index == cursor, mark: marks[index],
                                        tick: ticks.map { $0.contains(index) })
            layout.optionRows.append(start..<layout.lines.count)
        }
    }

    private static func optionLines(index: Int, text: String, width: Int, isCursor: Bool, mark: Mark?, tick: Bool?) -> [RichLine] {
        let style: CellStyle
        let symbol: String
        let note: String?
        switch mark {
        case .chosen?: (style, symbol, note) = (Palette.chosenOption, "● ", nil)
        case .correct?: (style, symbol, note) = (Palette.correctOption, "✓ ", "correct answer")
        case .wrong?: (style, symbol, note) = (Palette.wrongOption, "✗ ", tick == nil ? "your answer" : "your pick, wrong")
        case .chosenCorrect?: (style, symbol, note) = (Palette.correctOption, "✓ ", tick == nil ? "your answer, right" : "your pick, right")
        case .missed?: (style, symbol, note) = (Palette.wrongOption, "✓ ", "missed: also right")
        case nil: (style, symbol, note) = (Palette.plain, "  ", nil)
        }
        let textStyle = isCursor ? Palette.selection : style
        let box = tick.map { $0 ? "☑ " : "☐ " } ?? ""
        let lead = (isCursor ? "▸ " : "  ") + symbol + box + PlainText.letter(index) + ") "
        let indent = String(repeating: " ", count: DisplayWidth.of(lead))
        var lines = MarkdownText.lines(text, width: max(1, width - DisplayWidth.of(lead)), base: textStyle)
        if lines.isEmpty { lines = [.blank] }
        for i in lines.indices {
            lines[i].spans.insert(RichLine.Span(text: i == 0 ? lead : indent, style: textStyle), at: 0)
        }
        if let note {
            let span = RichLine.Span(text: "  ← " + note, style: isCursor ? Palette.selection : style)
            if let last = lines.indices.last, DisplayWidth.of(lines[last].text) + DisplayWidth.of(span.text) <= width {
                lines[last].spans.append(span)
            } else {
                lines += RichText.wrap("← " + note, width: width, style: span.style,
                                       first: RichLine.Span(text: indent, style: span.style), rest: indent)
            }
        }
        if isCursor { for i in lines.indices { lines[i].background = Palette.selection } }
        return lines
    }

    /// "✓ Right" or "✗ Wrong — …", and for a typed answer what was typed against the truth.
    /// `truth`: a number question's computed truth (`FigureChecker`), read once by `answered`.
    private static func verdict(_ question: Question, order: [Int], answer: Answer?, grade: AnswerGrade?, truth: Double?,
                                correct: Bool, overridden: Bool, width: Int) -> [RichLine] {
        var lines: [RichLine] = []
        func add(_ text: String, _ style: CellStyle) { lines += RichText.wrap(text, width: width, style: style) }
        let head: RichLine
        if answer == nil {
            head = RichLine("– Unanswered", style: Palette.warning)
        } else if case .recall = question.response {
            head = RichLine("The answer", style: Palette.title)
        } else if overridden {
            head = RichLine("✓ Marked right by you", style: Palette.good)
        } else if correct {
            head = RichLine("✓ Right", style: Palette.good)
        } else {
            head = RichLine("✗ Wrong", style: Palette.bad)
        }
        lines.append(head)
        /// "— the answer is …" after the verdict, or under it when the line is full.
        func key(_ text: String) {
            let span = RichLine.Span(text: " — " + text, style: Palette.bold)
            if DisplayWidth.of(head.text + span.text) <= width {
                lines[0].spans.append(span)
            } else {
                lines += RichText.wrap(text, width: width, style: Palette.bold)
            }
        }
        switch question.response {
        case .choice:
            if !correct { key("the answer is \(PlainText.letter(order.firstIndex(of: question.answer) ?? 0)))") }
        case .choices(let answers, _):
            if !correct {
                let letters = answers.compactMap { order.firstIndex(of: $0) }.sorted().map(PlainText.letter)
                key("the answer is \(letters.joined(separator: ", "))")
            }
        case .number(let key):
            let truth = truth ?? key.value
            let unit = key.unit.map { $0 == "%" ? "%" : " " + $0 } ?? ""
            if let answer, case .number(let value, let typed) = answer {
                add("Your answer: \(typed)" + (typed == CalcFormat.number(value, digits: 12) ? "" : " (= \(CalcFormat.number(value, digits: 12)))"), Palette.plain)
            }
            if let truth {
                var text = "The answer: \(CalcFormat.number(truth, digits: question.truthDigits)) \(unit)".replacingOccurrences(of: "  ", with: " ")
                if case .number(let value, _)? = answer, !correct {
                    let off = value - truth
                    text += " · off by \(CalcFormat.number(off, digits: 6))"
                    if truth != 0 { text += " (\(CalcFormat.number(100 * abs(off) / abs(truth), digits: 1))%)" }
                }
                add(text, Palette.bold)
                add("Accepted \(key.tolerance.accepted(around: truth, unit: unit)).", Palette.dim)
            }
            // A drawn template answered wrong shows its working after the mistake (`templateWorking`).
            let working = question.variant != nil && !correct
            if !working, let check = question.check, let call = try? CalcCall.parse(check.calc),
               let report = try? Calculators.evaluate(call) {
                lines.append(.blank)
                for line in CalcReportLayout.lines(report, width: width, theme: .unicode) {
                    lines.append(RichLine(line.spans.map { RichLine.Span(text: $0.text, style: $0.style.cellStyle) }))
                }
            }
        case .text(let key):
            if case .text(let typed)? = answer { add("Your answer: \(typed)", Palette.plain) }
            let shown = key.match == .regex ? "Accepted (patterns): " : (key.accept.count == 1 ? "Accepted: " : "Accepted answers: ")
            add(shown + key.accept.joined(separator: "  |  "), Palette.bold)
        case .recall:
            break
        }
        return lines
    }

}
