import Course

/// Fitting plain text into columns: truncation with an ellipsis and word wrap,
/// measured in display columns (wide characters count two).
enum TextFit {
    /// `text` cut to `width` columns, ending in `…` when it was cut. A cut never
    /// falls inside a number (`15` is never shown as `1`): the number goes whole,
    /// with the spaces before it.
    static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var kept = Substring(DisplayWidth.prefix(text, fitting: width - 1).text)
        let rest = text[kept.endIndex...]
        if endsInNumber(kept), startsNumber(rest) {
            while let end = kept.last, end.isNumber || isSeparator(end) { kept.removeLast() }
            while kept.last == " " { kept.removeLast() }
        }
        return kept + "…"
    }

    /// A separator that may sit inside a number (`1,050,624`, `0.76`, `38:12`).
    private static func isSeparator(_ c: Character) -> Bool { c == "." || c == "," || c == ":" }

    private static func endsInNumber(_ text: Substring) -> Bool {
        guard let last = text.last else { return false }
        return last.isNumber || (isSeparator(last) && text.dropLast().last?.isNumber == true)
    }

    private static func startsNumber(_ text: Substring) -> Bool {
        guard let first = text.first else { return false }
        return first.isNumber || first == "%" || (isSeparator(first) && text.dropFirst().first?.isNumber == true)
    }

    /// The first of `texts` (fullest wording first) that fits `width` columns,
    /// else the last one cut: a narrow screen drops words, never a number.
    static func first(_ texts: [String], width: Int) -> String {
        texts.first { DisplayWidth.of($0) <= width } ?? truncate(texts.last ?? "", to: width)
    }

    /// `text` wrapped at spaces into lines of at most `width` columns; a word
    /// longer than a line is broken. Newlines in `text` start new lines.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var w = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + w <= width {
                    line += " " + word
                    lineWidth += 1 + w
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while w > width {
                    let head = DisplayWidth.prefix(word, fitting: width)
                    guard !head.text.isEmpty else { break }
                    lines.append(head.text)
                    word.removeFirst(head.text.count)
                    w = DisplayWidth.of(word)
                }
                line = word
                lineWidth = w
            }
            lines.append(line)
        }
        return lines
    }

    /// `text` centred in `width` columns (left-padded; no right padding).
    static func centred(_ text: String, in width: Int) -> (text: String, offset: Int) {
        let fitted = truncate(text, to: width)
        return (fitted, max(0, (width - DisplayWidth.of(fitted)) / 2))
    }
}
