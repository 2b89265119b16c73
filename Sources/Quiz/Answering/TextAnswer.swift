import Course
import Foundation

/// Compares a typed answer with the accepted ones, each `TextMatch` its own way.
public enum TextAnswer {
    /// The accepted answer `typed` matches, if any.
    public static func match(_ typed: String, key: TextKey) -> String? {
        if key.match == .regex {
            let answer = typed.trimmingCharacters(in: .whitespacesAndNewlines)
            return key.accept.first { TextPattern.fullMatch($0, answer) }
        }
        let answer = normalized(typed, key.match)
        return key.accept.first { normalized($0, key.match) == answer }
    }

    /// The form two answers are compared in.
    public static func normalized(_ text: String, _ match: TextMatch) -> String {
        switch match {
        case .exact, .regex: return text
        case .words: return words(text)
        case .code: return code(text)
        }
    }

    /// Lower case, whitespace squeezed to one space, punctuation at either end dropped.
    static func words(_ text: String) -> String {
        let squeezed = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let trimmed = squeezed.drop { $0.isPunctuation || $0.isSymbol }.reversed().drop { $0.isPunctuation || $0.isSymbol }
        return String(trimmed.reversed())
    }

    /// Code: `'` and `"` alike; whitespace next to punctuation dropped; runs of
    /// whitespace between word characters one space; a trailing `;` or `,` ignored.
    static func code(_ text: String) -> String {
        let chars = Array(text.replacingOccurrences(of: "'", with: "\"").trimmingCharacters(in: .whitespacesAndNewlines))
        var out: [Character] = []
        var index = 0
        while index < chars.count {
            let c = chars[index]
            guard c.isWhitespace else {
                out.append(c)
                index += 1
                continue
            }
            var end = index
            while end < chars.count, chars[end].isWhitespace { end += 1 }
            // A run of whitespace survives only between two word characters.
            if let before = out.last, end < chars.count, isWord(before), isWord(chars[end]) { out.append(" ") }
            index = end
        }
        while let last = out.last, last == ";" || last == "," { out.removeLast() }
        return String(out)
    }

    private static func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
}
