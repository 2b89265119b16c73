import Course

/// Fitting plain text into columns: truncation with an ellipsis and word wrap,
/// measured in display columns (wide characters count two).
enum TextFit {
    /// `text` cut to `width` columns, ending in `…` when it was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        return DisplayWidth.prefix(text, fitting: width - 1).text + "…"
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
