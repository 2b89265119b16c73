/// The label that opens a practice question in an xdev lesson: `Q1:`,
/// `Q4 🔴 (Hard):`, `Question 2.`, `Câu 3:`; it may carry a difficulty.
struct PracticeQuestionLabel: Equatable {
    /// The label's text, e.g. `Q1 🟢 (Easy):`.
    var text: String
    var difficulty: Question.Difficulty?

    nonisolated(unsafe) private static let pattern =
        #/^(?:Q|Question|Câu hỏi|Câu)\s*\d+(?:\s*[^\w\s:：()]{1,3})?(?:\s*\([^)]{1,20}\))?\s*[:：.)]/#.ignoresCase()
    /// The same label in converted Markdown, possibly wrapped in `**`.
    nonisolated(unsafe) private static let markdownPattern =
        #/^(\*\*|__)?\s*(?:Q|Question|Câu hỏi|Câu)\s*\d+(?:\s*[^\w\s:：()*]{1,3})?(?:\s*\([^)]{1,20}\))?\s*[:：.)]\s*(\*\*|__)?\s*/#.ignoresCase()

    /// The label at the start of `plainText`, if any.
    static func parse(_ plainText: String) -> PracticeQuestionLabel? {
        guard let match = plainText.prefixMatch(of: pattern) else { return nil }
        let text = String(plainText[match.range])
        return PracticeQuestionLabel(text: text, difficulty: difficulty(in: text))
    }

    /// Markdown without its leading label; bold opened by the label stays balanced.
    static func strip(fromMarkdown markdown: String) -> String {
        guard let match = markdown.prefixMatch(of: markdownPattern) else { return markdown }
        let rest = String(markdown[match.range.upperBound...])
        return rest.isEmpty ? "" : MarkdownEmphasis.rebalance(open: match.output.1, close: match.output.2, rest: rest)
    }

    static func difficulty(in label: String) -> Question.Difficulty? {
        let lower = label.lowercased()
        if lower.contains("🟢") || lower.contains("easy") || lower.contains("dễ") { return .easy }
        if lower.contains("🟡") || lower.contains("medium") || lower.contains("trung bình") { return .medium }
        if lower.contains("🔴") || lower.contains("hard") || lower.contains("khó") { return .hard }
        return nil
    }
}
