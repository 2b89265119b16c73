import Foundation

/// The lettered options of a practice question: an HTML list whose items
/// start `A)`, `B)`, … (or `A.`, `(A)`), or Markdown lines written the same
/// way. An option may carry a check mark (✓) that keys it.
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
    static func parse(_ block: HTMLBlock) -> PracticeOptionList? {
        var markdown: [String] = []
        var plain: [String] = []
        switch block.tag {
        case "ul", "ol":
            let items = XdevHTMLBlockScanner.blocks(in: block.inner).blocks
            guard items.allSatisfy({ $0.tag == "li" }) else { return nil }
            for item in items {
                plain.append(HTMLToMarkdown.plainText(item.inner))
                markdown.append(HTMLToMarkdown.item(item.inner))
            }
        case nil:
            let lines = block.inner.split(separator: "\n").map(String.init).filter { !$0.trimmed.isEmpty }
            plain = lines.map { line in
                var text = Substring(line).drop { $0 == " " }
                if let first = text.first, "-*+".contains(first) { text = text.dropFirst().drop { $0 == " " } }
                return String(text).replacingOccurrences(of: "**", with: "")
            }
            markdown = lines
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
                  letter.unicodeScalars.first!.value == UInt32(65 + index) else { return nil }
            let plainText = String(text[match.range.upperBound...])
            if checkMarks.contains(where: plainText.contains) { marks.append(index) }
            plainOptions.append(removingCheckMarks(plainText))
            options.append(removingCheckMarks(strippingLetter(markdown[index])))
        }
        return PracticeOptionList(options: options, plainOptions: plainOptions,
                                  marked: marks.count == 1 ? marks[0] : nil, line: block.line)
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

    /// `A` → 0, `B` → 1, …; nil for anything but one uppercase ASCII letter.
    static func letterIndex(_ letter: Character) -> Int? {
        guard let value = letter.unicodeScalars.first?.value, letter.unicodeScalars.count == 1, (65...90).contains(value) else { return nil }
        return Int(value) - 65
    }
}
