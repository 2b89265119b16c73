/// Titles written with their own number (`Part 2: Diffusion`, `Bài 3 - RAG`,
/// `Lesson 1: Tensors`), as imported courses often are. The app shows a
/// chapter's or lesson's number before its title, so the loader drops such a
/// prefix when it repeats that number (`Chapter 2: Part 2:` would say it twice).
public enum NumberedTitle {
    /// Words that name a part of a course in the upstream titles.
    static let words: Set<String> = [
        "part", "chapter", "lesson", "module", "unit", "section", "week", "day",
        "phần", "chương", "bài", "buổi", "tuần",
    ]

    /// `title` without a leading `<word> <number>` and its separator when the
    /// number is `number`; otherwise `title` unchanged.
    public static func stripping(_ title: String, number: Int) -> String {
        let words = title.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2, Self.words.contains(words[0].lowercased()) else { return title }
        var digits = Substring(words[1])
        var separator = ""
        while let last = digits.last, !last.isNumber {
            separator = String(last) + separator
            digits.removeLast()
        }
        guard Int(digits) == number, [":", ".", ""].contains(separator) else { return title }
        var rest = words.count > 2 ? Substring(words[2]) : ""
        if separator.isEmpty {
            // `Part 2 - Diffusion`, `Part 2 – Diffusion`: the separator stands alone.
            guard let first = rest.first, "-–—:".contains(first) else { return title }
            rest = rest.dropFirst().drop { $0 == " " }
        }
        return rest.isEmpty ? title : String(rest)
    }
}
