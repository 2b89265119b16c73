import Foundation

/// What a lesson body holds in practice questions.
struct PracticeQuestionScan {
    /// Ids are `<lesson id>-q<N>`, N the 1-based position of the question's
    /// answer block among the lesson's practice blocks (open ones included),
    /// so ids stay put when an open question is edited or a rule improves.
    var questions: [Question] = []
    /// Practice blocks without lettered options (write-the-code, explain-why):
    /// they stay in the lesson text only.
    var openQuestions = 0
    var diagnostics: [Diagnostic] = []
}

/// Finds the practice questions of an xdev lesson body. Two forms are read:
///
/// 1. A question (a paragraph opening with a label such as `Q3:` or
///    `Q2 🟡 (Medium):`, then any paragraphs and code), a lettered list of
///    options, and a `<details>` block whose first paragraph keys the answer
///    (`B ✓`, `D) text ✓`, `Answer: C`); the rest of the block explains it.
/// 2. The same question with the right option marked ✓ in the list, and an
///    optional `Explanation: …` (or all-italic) paragraph after it.
///
/// A `<details>` block after no lettered list is an open question.
///
/// The body is read by the Markdown engine (its lesson reading of HTML) and what a
/// question says is written back as Markdown by `MarkdownPrinter`.
enum PracticeQuestionExtractor {
    static func scan(body: String, firstLine: Int, file: String, lesson: String, chapter: String) -> PracticeQuestionScan {
        var scan = PracticeQuestionScan()
        let document = MarkdownParser.parse(body, firstLine: firstLine)
        for problem in document.problems {
            scan.diagnostics.append(Diagnostic(file: file, line: problem.line,
                                               message: "\(problem.message); practice questions after it are not imported"))
        }
        let end = document.problems.map(\.line).min() ?? Int.max
        let blocks = document.blocks.filter { $0.line < end }
        var regionStart = 0
        var number = 0
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if case .details(_, let content) = block.kind {
                number += 1
                let region = Array(blocks[regionStart..<index])
                if let options = region.lastIndex(where: { PracticeOptionList.parse($0) != nil }) {
                    let context = Context(file: file, lesson: lesson, chapter: chapter, number: number, region: region, optionsIndex: options)
                    if let question = detailsQuestion(context, details: block, content: content, diagnostics: &scan.diagnostics) {
                        scan.questions.append(question)
                    }
                } else {
                    scan.openQuestions += 1
                }
                regionStart = index + 1
            } else if let options = PracticeOptionList.parse(block), let keyed = options.marked,
                      !detailsFollow(blocks, after: index) {
                number += 1
                var end = index + 1
                while end < blocks.count, isExplanation(blocks[end]) { end += 1 }
                let region = Array(blocks[regionStart...index])
                let context = Context(file: file, lesson: lesson, chapter: chapter, number: number, region: region, optionsIndex: region.count - 1)
                let explanation = explanationMarkdown(Array(blocks[(index + 1)..<end]))
                if let question = build(context, options: options, answer: keyed, explanation: explanation,
                                        diagnostics: &scan.diagnostics) {
                    scan.questions.append(question)
                }
                regionStart = end
                index = end
                continue
            }
            index += 1
        }
        return scan
    }

    /// A question's surroundings: the blocks since the previous question and where its options are.
    struct Context {
        var file: String
        var lesson: String
        var chapter: String
        var number: Int
        var region: [MarkdownBlock]
        var optionsIndex: Int
    }

    /// A question keyed by the `<details>` block after it; `content` is the block's content without its summary.
    private static func detailsQuestion(_ context: Context, details: MarkdownBlock, content: [MarkdownBlock],
                                        diagnostics: inout [Diagnostic]) -> Question? {
        guard let options = PracticeOptionList.parse(context.region[context.optionsIndex]) else { return nil }
        var keyIndex: Int? = nil
        var key: PracticeAnswerKey? = nil
        if let first = content.first, let parsed = PracticeAnswerKey.parse(PracticeText.plain([first])) {
            (keyIndex, key) = (0, parsed)
        } else if let found = content.indices.dropFirst().first(where: {
            PracticeAnswerKey.parse(PracticeText.plain([content[$0]]), requirePrefix: true) != nil
        }) {
            (keyIndex, key) = (found, PracticeAnswerKey.parse(PracticeText.plain([content[found]]), requirePrefix: true))
        }
        let where_ = "practice question \(context.number)"
        guard let key, let keyIndex else {
            diagnostics.append(Diagnostic(file: context.file, line: details.line,
                                          message: "\(where_): no answer letter (such as 'B ✓' or 'Answer: B') at the start of the <details> block; question skipped"))
            return nil
        }
        switch key {
        case .multiple(let letters):
            let names = letters.map(letter).joined(separator: ", ")
            diagnostics.append(Diagnostic(file: context.file, line: details.line,
                                          message: "\(where_) has several right answers (\(names)); a question here has exactly one, so it stays in the lesson text only",
                                          severity: .warning))
            return nil
        case .single(let answer, let text, let note):
            if let text, options.plainOptions.indices.contains(answer), !sameText(text, options.plainOptions[answer]) {
                diagnostics.append(Diagnostic(file: context.file, line: details.line,
                                              message: "\(where_): the answer repeats '\(text)' but option \(letter(answer)) reads '\(options.plainOptions[answer])'",
                                              severity: .warning))
            }
            let rest = explanationMarkdown(Array(content[(keyIndex + 1)...]))
            let explanation = [note.map(noteMarkdown), rest].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
            return build(context, options: options, answer: answer, explanation: explanation, keyLine: details.line, diagnostics: &diagnostics)
        }
    }

    private static func build(_ context: Context, options: PracticeOptionList, answer: Int, explanation: String,
                              keyLine: Int? = nil, diagnostics: inout [Diagnostic]) -> Question? {
        let where_ = "practice question \(context.number)"
        guard (2...6).contains(options.options.count) else {
            diagnostics.append(Diagnostic(file: context.file, line: options.line,
                                          message: "\(where_) has \(options.options.count) options; a question needs 2 to 6; question skipped"))
            return nil
        }
        guard options.options.indices.contains(answer) else {
            diagnostics.append(Diagnostic(file: context.file, line: keyLine ?? options.line,
                                          message: "\(where_): the answer is \(letter(answer)) but the options run from A to \(letter(options.options.count - 1)); question skipped"))
            return nil
        }
        if let empty = options.options.firstIndex(where: { $0.trimmed.isEmpty }) {
            diagnostics.append(Diagnostic(file: context.file, line: options.line,
                                          message: "\(where_): option \(letter(empty)) is empty; question skipped"))
            return nil
        }
        let (stem, label) = stemMarkdown(context)
        guard !stem.isEmpty else {
            diagnostics.append(Diagnostic(file: context.file, line: options.line,
                                          message: "\(where_): no question text before the options; question skipped"))
            return nil
        }
        let text = explanation.isEmpty ? "Answer: \(letter(answer))) \(options.options[answer])" : explanation
        return Question(id: "\(context.lesson)-q\(context.number)", lesson: context.lesson, domain: context.chapter,
                        difficulty: label?.difficulty ?? .medium, stem: stem, options: options.options, answer: answer,
                        explanation: text)
    }

    /// The stem runs from the last labelled block (`Q3: …`) before the options;
    /// without a label, from the paragraphs and code right above them.
    private static func stemMarkdown(_ context: Context) -> (String, PracticeQuestionLabel?) {
        let before = context.region[..<context.optionsIndex]
        let after = context.region[(context.optionsIndex + 1)...]
        var parts: [String] = []
        var label: PracticeQuestionLabel? = nil
        if let start = before.lastIndex(where: { labelOf($0) != nil }) {
            label = labelOf(before[start])
            let head = before[start]
            let text: String
            if case .heading(_, let content, _) = head.kind { text = MarkdownPrinter.markdown(inlines: content) } else { text = markdown(head) }
            parts.append(PracticeQuestionLabel.strip(fromMarkdown: text))
            parts += before[(start + 1)...].map(markdown)
        } else {
            var start = before.endIndex
            while start > before.startIndex, isStemBlock(before[start - 1]) { start -= 1 }
            parts += before[start...].map(markdown)
        }
        parts += after.map(markdown)
        return (parts.map(\.trimmed).filter { !$0.isEmpty }.joined(separator: "\n\n"), label)
    }

    private static func markdown(_ block: MarkdownBlock) -> String { MarkdownPrinter.markdown([block]) }

    /// The note after an answer key (plain text, `$…$` math as written) as Markdown.
    private static func noteMarkdown(_ note: String) -> String {
        MarkdownPrinter.markdown(inlines: InlineParser().parseHTMLText(Array(note.utf8)[...]))
    }

    private static func labelOf(_ block: MarkdownBlock) -> PracticeQuestionLabel? {
        switch block.kind {
        case .paragraph, .heading: return PracticeQuestionLabel.parse(PracticeText.plain([block]))
        default: return nil
        }
    }

    private static func isHeading(_ block: MarkdownBlock) -> Bool {
        if case .heading = block.kind { return true }
        return false
    }

    private static func isStemBlock(_ block: MarkdownBlock) -> Bool {
        switch block.kind {
        case .paragraph, .code, .math: return true
        case .list: return PracticeOptionList.parse(block) == nil
        default: return false
        }
    }

    /// Paragraphs after check-marked options that explain them.
    private static func isExplanation(_ block: MarkdownBlock) -> Bool {
        guard case .paragraph = block.kind else { return false }
        return explanationLabel(PracticeText.plain([block])) != nil || emphasisOnly(block) != nil
    }

    private static func detailsFollow(_ blocks: [MarkdownBlock], after index: Int) -> Bool {
        for block in blocks[(index + 1)...] {
            if case .details = block.kind { return true }
            if isHeading(block) || labelOf(block) != nil || PracticeOptionList.parse(block) != nil { return false }
        }
        return false
    }

    /// Explanation blocks → Markdown: an all-italic paragraph loses its italics
    /// and a leading `Explanation:` label goes.
    private static func explanationMarkdown(_ blocks: [MarkdownBlock]) -> String {
        var parts = blocks.map { block in emphasisOnly(block) ?? markdown(block) }.map(\.trimmed).filter { !$0.isEmpty }
        if let first = parts.first, let match = first.prefixMatch(of: explanationPrefix) {
            parts[0] = String(first[match.range.upperBound...]).trimmed
            if parts[0].isEmpty { parts.removeFirst() }
        }
        return parts.joined(separator: "\n\n")
    }

    nonisolated(unsafe) private static let explanationPrefix =
        #/^(?:\*\*|\*|__|_)?(?:explanation|giải thích|why)\s*[:：]\s*(?:\*\*|\*|__|_)?\s*/#.ignoresCase()

    private static func explanationLabel(_ plainText: String) -> Substring? {
        plainText.prefixMatch(of: explanationPrefix).map { plainText[$0.range] }
    }

    /// The Markdown inside a paragraph that is one emphasis, else nil.
    private static func emphasisOnly(_ block: MarkdownBlock) -> String? {
        guard case .paragraph(let content) = block.kind else { return nil }
        let nodes = content.filter { inline in
            if case .text(let text) = inline { return !text.trimmed.isEmpty }
            return inline != .softBreak && inline != .hardBreak
        }
        guard nodes.count == 1, case .emphasis(let children) = nodes[0] else { return nil }
        return MarkdownPrinter.markdown(inlines: children).trimmed
    }

    private static func sameText(_ a: String, _ b: String) -> Bool {
        func normal(_ s: String) -> String {
            PracticeText.collapsed(s.lowercased()).trimmingCharacters(in: CharacterSet(charactersIn: " .:;,"))
        }
        let (x, y) = (normal(a), normal(b))
        return x == y || x.hasPrefix(y) || y.hasPrefix(x)
    }

    static func letter(_ index: Int) -> String {
        Question.optionLetter(index).map(String.init) ?? "#\(index + 1)"
    }
}
