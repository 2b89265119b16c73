import Course

/// A multiple-choice question as lines: the stem (Markdown), then the options
/// lettered a), b), … with the cursor and any marks (chosen, right, wrong).
/// Marks are symbols as well as colours, so they read in monochrome too.
enum QuestionView {
    enum Mark: Equatable, Sendable {
        /// Chosen in an exam not yet marked.
        case chosen
        /// The keyed option, not chosen.
        case correct
        /// Chosen and wrong.
        case wrong
        /// Chosen and right.
        case chosenCorrect
    }

    struct Layout: Equatable {
        var lines: [RichLine]
        /// The rows of each option in `lines`.
        var optionRows: [Range<Int>]
        /// The row of the verdict line once an answer is marked, if any.
        var verdictRow: Int?
    }

    static func layout(stem: String, options: [String], width: Int, cursor: Int?, marks: [Int: Mark] = [:]) -> Layout {
        var lines = MarkdownText.lines(stem, width: width)
        lines.append(.blank)
        var rows: [Range<Int>] = []
        for (index, option) in options.enumerated() {
            let start = lines.count
            lines += optionLines(index: index, text: option, width: width, isCursor: index == cursor, mark: marks[index])
            rows.append(start..<lines.count)
        }
        return Layout(lines: lines, optionRows: rows)
    }

    private static func optionLines(index: Int, text: String, width: Int, isCursor: Bool, mark: Mark?) -> [RichLine] {
        let style: CellStyle
        let symbol: String
        let note: String?
        switch mark {
        case .chosen?: (style, symbol, note) = (Palette.chosenOption, "● ", nil)
        case .correct?: (style, symbol, note) = (Palette.correctOption, "✓ ", "correct answer")
        case .wrong?: (style, symbol, note) = (Palette.wrongOption, "✗ ", "your answer")
        case .chosenCorrect?: (style, symbol, note) = (Palette.correctOption, "✓ ", "your answer, right")
        case nil: (style, symbol, note) = (Palette.plain, "  ", nil)
        }
        let textStyle = isCursor ? Palette.selection : style
        let lead = (isCursor ? "▸ " : "  ") + symbol + PlainText.letter(index) + ") "
        let indent = String(repeating: " ", count: DisplayWidth.of(lead))
        var lines = MarkdownText.lines(text, width: max(1, width - DisplayWidth.of(lead)), base: textStyle)
        if lines.isEmpty { lines = [.blank] }
        for i in lines.indices {
            lines[i].spans.insert(RichLine.Span(text: i == 0 ? lead : indent, style: textStyle), at: 0)
        }
        if let note {
            let span = RichLine.Span(text: "  ← " + note, style: isCursor ? Palette.selection : style)
            if let last = lines.indices.last, DisplayWidth.of(lines[last].text) + DisplayWidth.of(span.text) <= width {
                lines[last].spans.append(span)
            } else {
                lines.append(RichLine([RichLine.Span(text: indent + "← " + note, style: span.style)]))
            }
        }
        if isCursor { for i in lines.indices { lines[i].background = Palette.selection } }
        return lines
    }
}
