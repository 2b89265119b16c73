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
enum PracticeQuestionExtractor {
    static func scan(body: String, firstLine: Int, file: String, lesson: String, chapter: String) -> PracticeQuestionScan {
        var scan = PracticeQuestionScan()
        let (blocks, problems) = XdevHTMLBlockScanner.blocks(in: body, firstLine: firstLine)
        for problem in problems {
            scan.diagnostics.append(Diagnostic(file: file, line: problem.line,
                                               message: "\(problem.message); practice questions after it are not imported"))
        }
        var regionStart = 0
        var number = 0
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if block.tag == "details" {
                number += 1
                let region = Array(blocks[regionStart..<index])
                if let options = region.lastIndex(where: { PracticeOptionList.parse($0) != nil }) {
                    let context = Context(file: file, lesson: lesson, chapter: chapter, number: number, region: region, optionsIndex: options)
                    if let question = detailsQuestion(context, details: block, diagnostics: &scan.diagnostics) {
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
        var region: [HTMLBlock]
        var optionsIndex: Int
    }

    private static func detailsQuestion(_ context: Context, details: HTMLBlock, diagnostics: inout [Diagnostic]) -> Question? {
        guard let options = PracticeOptionList.parse(context.region[context.optionsIndex]) else { return nil }
        let content = XdevHTMLBlockScanner.blocks(in: details.inner, firstLine: details.line).blocks.filter { $0.tag != "summary" }
        var keyIndex: Int? = nil
        var key: PracticeAnswerKey? = nil
        if let first = content.first, let parsed = PracticeAnswerKey.parse(HTMLToMarkdown.plainText(first.outer)) {
            (keyIndex, key) = (0, parsed)
        } else if let found = content.indices.dropFirst().first(where: {
            PracticeAnswerKey.parse(HTMLToMarkdown.plainText(content[$0].outer), requirePrefix: true) != nil
        }) {
            (keyIndex, key) = (found, PracticeAnswerKey.parse(HTMLToMarkdown.plainText(content[found].outer), requirePrefix: true))
        }
        let where_ = "practice question \(context.number)"
        guard let key, let keyIndex else {
            diagnostics.append(Diagnostic(file: context.file, line: details.line,
                                          message: "\(where_): no answer letter (such as 'B ✓' or 'Answer: B') at the start of the <details> block; question skipped"))
            return nil
        }
        switch key {
        case .multiple(let letters):
            let names = letters.map { String(Character(Unicode.Scalar(UInt8(65 + $0)))) }.joined(separator: ", ")
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
            let explanation = [note.map(HTMLToMarkdown.escape), rest].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
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
            let text = isHeading(head) ? HTMLToMarkdown.inline(head.inner) : HTMLToMarkdown.render(head)
            parts.append(PracticeQuestionLabel.strip(fromMarkdown: text))
            parts += before[(start + 1)...].map { HTMLToMarkdown.render($0) }
        } else {
            var start = before.endIndex
            while start > before.startIndex, isStemBlock(before[start - 1]) { start -= 1 }
            parts += before[start...].map { HTMLToMarkdown.render($0) }
        }
        parts += after.map { HTMLToMarkdown.render($0) }
        return (parts.map(\.trimmed).filter { !$0.isEmpty }.joined(separator: "\n\n"), label)
    }

    private static func labelOf(_ block: HTMLBlock) -> PracticeQuestionLabel? {
        guard block.tag == nil || block.tag == "p" || block.tag == "div" || isHeading(block) else { return nil }
        return PracticeQuestionLabel.parse(HTMLToMarkdown.plainText(block.inner))
    }

    private static func isHeading(_ block: HTMLBlock) -> Bool {
        guard let tag = block.tag, tag.count == 2, tag.hasPrefix("h"), let level = Int(tag.dropFirst()) else { return false }
        return (1...6).contains(level)
    }

    private static func isStemBlock(_ block: HTMLBlock) -> Bool {
        block.tag == nil || block.tag == "p" || block.tag == "pre" || ((block.tag == "ul" || block.tag == "ol") && PracticeOptionList.parse(block) == nil)
    }

    /// Paragraphs after check-marked options that explain them.
    private static func isExplanation(_ block: HTMLBlock) -> Bool {
        guard block.tag == "p" || block.tag == nil else { return false }
        return explanationLabel(HTMLToMarkdown.plainText(block.inner)) != nil || emphasisOnly(block) != nil
    }

    private static func detailsFollow(_ blocks: [HTMLBlock], after index: Int) -> Bool {
        for block in blocks[(index + 1)...] {
            if block.tag == "details" { return true }
            if isHeading(block) || labelOf(block) != nil || PracticeOptionList.parse(block) != nil { return false }
        }
        return false
    }

    /// Explanation blocks → Markdown: an all-italic paragraph loses its italics
    /// and a leading `Explanation:` label goes.
    private static func explanationMarkdown(_ blocks: [HTMLBlock]) -> String {
        var parts = blocks.map { block in emphasisOnly(block) ?? HTMLToMarkdown.render(block) }.map(\.trimmed).filter { !$0.isEmpty }
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

    /// The Markdown inside a paragraph that is one `<em>` element, else nil.
    private static func emphasisOnly(_ block: HTMLBlock) -> String? {
        guard block.tag == "p" else { return nil }
        let nodes = XdevInlineNode.parse(block.inner).filter { node in
            if case .text(let text) = node { return !text.trimmed.isEmpty }
            return true
        }
        guard nodes.count == 1, case .element(let name, _, let children) = nodes[0], name == "em" || name == "i" else { return nil }
        return HTMLToMarkdown.collapseSpaces(Substring(children.map { $0.markdown() }.joined())).trimmed
    }

    private static func sameText(_ a: String, _ b: String) -> Bool {
        func normal(_ s: String) -> String {
            HTMLToMarkdown.collapseSpaces(Substring(s.lowercased())).trimmingCharacters(in: CharacterSet(charactersIn: " .:;,"))
        }
        let (x, y) = (normal(a), normal(b))
        return x == y || x.hasPrefix(y) || y.hasPrefix(x)
    }

    static func letter(_ index: Int) -> String {
        index >= 0 && index < 26 ? String(Character(Unicode.Scalar(UInt8(65 + index)))) : "#\(index + 1)"
    }
}
