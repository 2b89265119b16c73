import Course

/// Question stems, options and explanations (Markdown) as styled lines.
///
/// Interim: the Markdown engine (`TerminalLayout`) is not on this branch yet,
/// so paragraphs are wrapped by display width with `TextFit` and fenced code
/// blocks are kept verbatim (indentation intact, long lines broken at the
/// edge). This is the one place to switch to `TerminalLayout` when it lands.
enum MarkdownText {
    static func lines(_ markdown: String, width: Int, style: CellStyle = Palette.plain) -> [RichLine] {
        let width = max(1, width)
        var out: [RichLine] = []
        var paragraph: [String] = []
        var code: [String]?

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            if !out.isEmpty { out.append(.blank) }
            for item in items(paragraph) {
                let marker = item.marker.map { RichLine.Span(text: $0, style: Palette.accent) }
                out += RichText.wrap(item.text, width: width, style: style, first: marker,
                                     rest: String(repeating: " ", count: marker.map { DisplayWidth.of($0.text) } ?? 0))
            }
            paragraph = []
        }

        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var block = code {
                if trimmed.hasPrefix("```") {
                    if !out.isEmpty { out.append(.blank) }
                    out += codeLines(block, width: width)
                    code = nil
                } else {
                    block.append(line)
                    code = block
                }
                continue
            }
            if trimmed.hasPrefix("```") {
                flushParagraph()
                code = []
            } else if trimmed.isEmpty {
                flushParagraph()
            } else {
                paragraph.append(trimmed)
            }
        }
        if let block = code {
            if !out.isEmpty { out.append(.blank) }
            out += codeLines(block, width: width)
        }
        flushParagraph()
        return out
    }

    /// Source lines of a paragraph joined into items: a line starting with a
    /// list marker starts a new item, any other line continues the current one.
    private static func items(_ lines: [String]) -> [(marker: String?, text: String)] {
        var result: [(marker: String?, text: String)] = []
        for line in lines {
            if let marker = listMarker(line) {
                result.append(("  " + marker, String(line.dropFirst(marker.count))))
            } else if let last = result.indices.last {
                result[last].text += " " + line
            } else {
                result.append((nil, line))
            }
        }
        return result
    }

    private static func listMarker(_ line: String) -> String? {
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { return "• " }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < 4, line.dropFirst(digits.count).hasPrefix(". ") { return digits + ". " }
        return nil
    }

    /// A code block: each line indented by two columns, tabs as four spaces,
    /// broken (not wrapped at words) where it meets the edge.
    private static func codeLines(_ block: [String], width: Int) -> [RichLine] {
        let room = max(1, width - 2)
        var out: [RichLine] = []
        for raw in block {
            var rest = raw.replacingOccurrences(of: "\t", with: "    ")
            repeat {
                let head = DisplayWidth.prefix(rest, fitting: room)
                let piece = head.text.isEmpty ? String(rest.prefix(1)) : head.text
                out.append(RichLine([RichLine.Span(text: "  ", style: Palette.plain), RichLine.Span(text: piece, style: Palette.code)]))
                rest.removeFirst(piece.count)
            } while !rest.isEmpty
        }
        return out
    }
}
