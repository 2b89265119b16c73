import Foundation

/// How xdev names become our ids, and how names written differently in two
/// files are recognised as the same (`Part 1: Deep Learning Foundations` and
/// `Deep learning foundations`).
enum XdevNames {
    /// `01-bai-1-pytorch` → `bai-1-pytorch`: drops a leading numeric ordinal.
    static func droppingOrdinal(_ name: String) -> String {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, name.dropFirst(digits.count).first == "-", name.count > digits.count + 1 else { return name }
        return String(name.dropFirst(digits.count + 1))
    }

    /// An id of lowercase ASCII letters, digits and single hyphens:
    /// diacritics are folded (`Bài` → `bai`, `đ` → `d`), anything else becomes `-`.
    static func slug(_ text: String) -> String {
        var out = ""
        for ch in folded(text) {
            if ch.isASCII && (ch.isLetter || ch.isNumber) {
                out.append(ch)
            } else if out.last != "-" && !out.isEmpty {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }

    /// Lowercased, diacritics folded, punctuation to spaces, spaces collapsed.
    static func normalized(_ text: String) -> String {
        var out = ""
        for ch in folded(text) {
            if ch.isLetter || ch.isNumber {
                out.append(ch)
            } else if out.last != " " && !out.isEmpty {
                out.append(" ")
            }
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// `Part 1: Deep Learning Foundations` → `Deep Learning Foundations`: drops
    /// a short numbered prefix that ends in a colon.
    static func droppingNumberedPrefix(_ text: String) -> String {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return text }
        let head = text[..<colon]
        guard head.count <= 30, head.contains(where: \.isNumber) else { return text }
        return String(text[text.index(after: colon)...]).trimmed
    }

    private static func folded(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }
}
