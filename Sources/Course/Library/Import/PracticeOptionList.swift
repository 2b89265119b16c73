import Foundation

/// The lettered options of a practice question: a list (HTML or Markdown) whose
/// items start `A)`, `B)`, … (or `A.`, `(A)`), or the lines of a paragraph written
/// the same way. An option may carry a check mark (✓) that keys it.
struct PracticeOptionList: Equatable {
    /// Markdown, without the letter and the check mark.
    var options: [String]
    /// The plain text of each option, for comparing with an answer's text.
    var plainOptions: [String]
    /// The index of the one option marked ✓, if exactly one is.
    var marked: Int?
    var line: Int

    static let checkMarks: [Character] = ["✓", "✔", "✅"]

    nonisolated(unsafe) private static let letterPattern = #/^\s*(?:\(([A-Z])\)|([A-Z])[).:])\s*/#
    nonisolated(unsafe) private static let markdownLetterPattern =
        #/^\s*(?:[-*+]\s+)?(\*\*|__)?\s*(?:\(([A-Z])\)|([A-Z])[).:])\s*(\*\*|__)?\s*/#

    /// The options of `block`, or nil when it is not a lettered list (at least two items A, B, … in order).
    static func parse(_ block: MarkdownBlock) -> PracticeOptionList? {
        var markdown: [String] = []
        var plain: [String] = []
        switch block.kind {
        case .list(let list):
            for item in list.items {
                plain.append(PracticeText.plain(item.blocks))
                markdown.append(MarkdownPrinter.markdown(item.blocks))
            }
        case .paragraph(let content):
            // `A) …` lines of a paragraph.
            for line in lines(content) {
                plain.append(PracticeText.plain(line))
                markdown.append(MarkdownPrinter.markdown(inlines: line))
            }
        default:
            return nil
        }
        guard plain.count >= 2 else { return nil }
        var options: [String] = []
        var plainOptions: [String] = []
        var marks: [Int] = []
        for (index, text) in plain.enumerated() {
            guard let match = text.prefixMatch(of: letterPattern),
                  let letter = match.output.1 ?? match.output.2,
                  letter.first.flatMap(Question.optionIndex) == index else { return nil }
            let plainText = String(text[match.range.upperBound...])
            if checkMarks.contains(where: plainText.contains) { marks.append(index) }
            plainOptions.append(removingCheckMarks(plainText))
            options.append(removingCheckMarks(strippingLetter(markdown[index])))
        }
        return PracticeOptionList(options: options, plainOptions: plainOptions,
                                  marked: marks.count == 1 ? marks[0] : nil, line: block.line)
    }

    /// A paragraph's lines: its content split at line breaks, blank lines dropped.
    static func lines(_ content: [MarkdownInline]) -> [[MarkdownInline]] {
        var lines: [[MarkdownInline]] = [[]]
        for inline in content {
            if inline == .softBreak || inline == .hardBreak {
                lines.append([])
            } else {
                lines[lines.count - 1].append(inline)
            }
        }
        return lines.filter { !PracticeText.plain($0).isEmpty }
    }

    static func strippingLetter(_ markdown: String) -> String {
        guard let match = markdown.prefixMatch(of: markdownLetterPattern) else { return markdown }
        return MarkdownEmphasis.rebalance(open: match.output.1, close: match.output.4,
                                          rest: String(markdown[match.range.upperBound...]))
    }

    static func removingCheckMarks(_ text: String) -> String {
        var out = text
        for mark in checkMarks { out = out.replacingOccurrences(of: String(mark), with: "") }
        out = out.trimmed
        // A mark inside bold leaves `** **` or a dangling space before `**`.
        if out.hasSuffix(" **") { out = String(out.dropLast(3)).trimmed + "**" }
        return out
    }
}
