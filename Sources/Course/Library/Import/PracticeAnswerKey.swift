import Foundation

/// The key written in a practice question's answer block: `B ✓`,
/// `D) Semantic similarity ✓`, `Answer: C`, `Đáp án: A` — or several letters
/// (`A and C are correct.`), which a single-answer question cannot hold.
enum PracticeAnswerKey: Equatable {
    /// A 0-based option index, the option text the key repeats (`D) text`),
    /// and what follows a bare key in the same paragraph (`B ✓ — because …`).
    case single(Int, text: String? = nil, note: String? = nil)
    case multiple([Int])

    nonisolated(unsafe) private static let prefix =
        #/^(?:the\s+)?(?:correct\s+answer|answer|đáp\s+án\s+đúng|đáp\s+án|đáp\s+án\s+chính\s+xác)(?:\s+is|\s+là)?\s*[:：]?\s*/#.ignoresCase()
    nonisolated(unsafe) private static let several =
        #/^\(?([A-Z])\)?(?:\s*(?:,|&|\+|and|và|or|hoặc)\s*\(?[A-Z]\)?(?=$|[\s,.)]))+/#
    nonisolated(unsafe) private static let withText = #/^\(?([A-Z])\)\s*(.*)$/#
    nonisolated(unsafe) private static let bare = #/^([A-Z])(?:\s*$|\s*[.:;,✓✔✅—–]|\s+-\s)(.*)$/#

    /// Reads the key from the start of an answer block's plain text.
    /// `requirePrefix` accepts only `Answer: X` forms (for blocks after the first).
    static func parse(_ plainText: String, requirePrefix: Bool = false) -> PracticeAnswerKey? {
        var text = Substring(plainText.trimmed)
        if let match = text.prefixMatch(of: prefix) {
            text = text[match.range.upperBound...]
        } else if requirePrefix {
            return nil
        }
        if let match = text.prefixMatch(of: several) {
            let letters = text[match.range].compactMap { ch -> Int? in
                ch.isUppercase ? PracticeOptionList.letterIndex(ch) : nil
            }
            return .multiple(letters)
        }
        if let match = text.wholeMatch(of: withText), let index = PracticeOptionList.letterIndex(Character(String(match.output.1))) {
            return .single(index, text: optionText(String(match.output.2)))
        }
        if let match = text.wholeMatch(of: bare), let index = PracticeOptionList.letterIndex(Character(String(match.output.1))) {
            let note = String(match.output.2.drop { " .:;,-—–✓✔✅".contains($0) }).trimmed
            return .single(index, note: note.isEmpty ? nil : note)
        }
        return nil
    }

    /// The repeated option text without check marks and closing punctuation.
    private static func optionText(_ text: String) -> String? {
        let cleaned = PracticeOptionList.removingCheckMarks(text).trimmed
        return cleaned.isEmpty ? nil : cleaned
    }
}
