/// Code blocks: lines kept as written (never reflowed), a gutter with line numbers,
/// syntax colours, and lines too wide for the terminal cut with a marker.
extension LayoutBuilder {
    static let diagramLanguages: Set<String> = ["", "text", "txt", "plain", "plaintext", "ascii", "diagram", "none"]

    mutating func code(language: String?, text: String) {
        let lang = (language ?? "").lowercased()
        let diagram = LayoutBuilder.diagramLanguages.contains(lang)
        let bytes = Array(text.utf8)
        let ranges = SyntaxHighlighter.lines(of: bytes)
        var highlighter = SyntaxHighlighter.Highlighter(language: lang)
        let numbered = theme.codeLineNumbers && !diagram
        let numberWidth = numbered ? String(ranges.count).count : 0
        let margin = numbered ? numberWidth + 1 : 0
        let gutterWidth = margin + DisplayWidth.of(theme.codeGutter) + 1
        // Too narrow for a gutter: the bare code, clipped.
        let showGutter = available - gutterWidth >= 8
        let textWidth = showGutter ? available - gutterWidth : available
        let pad = String(repeating: " ", count: margin)
        if showGutter {
            var top = StyledLine([StyledSpan(pad + theme.panel.topLeft + theme.panel.horizontal, .frame)])
            if !diagram, let language, !language.isEmpty { top.append(" " + language, .frame.union(.dim)) }
            emit(LayoutBuilder.clip(top, to: available))
        }
        let gutter = theme.codeGutter + " "
        bytes.withUnsafeBufferPointer { buffer in
            for (k, range) in ranges.enumerated() {
                let code = UnsafeBufferPointer(rebasing: buffer[range])
                var line = prefixLine()
                if showGutter {
                    if numbered {
                        let number = String(k + 1)
                        line.append(LayoutBuilder.spaces(numberWidth - number.count), .dim)
                        line.append(number + " ", .dim)
                    }
                    line.append(gutter, .frame)
                }
                var codeWidth = DisplayWidth.of(utf8: code)
                if codeWidth <= textWidth {
                    highlighter.append(code, to: &line)
                } else {
                    var full = StyledLine()
                    highlighter.append(code, to: &full)
                    let clipped: StyledLine
                    (clipped, codeWidth) = clipCode(full, to: textWidth)
                    line.append(contentsOf: clipped)
                }
                // No trailing space after the gutter of an empty line.
                if code.isEmpty { line.trimTrailingSpaces() }
                emitPrefixed(line, contentWidth: showGutter ? gutterWidth + codeWidth : codeWidth)
            }
        }
        if showGutter {
            emit(StyledLine([StyledSpan(pad + theme.panel.bottomLeft + theme.panel.horizontal, .frame)]))
        }
    }

    /// The code line as is when it fits, else cut one column short with the clip marker;
    /// and its width.
    func clipCode(_ line: StyledLine, to width: Int) -> (StyledLine, Int) {
        let lineWidth = line.width
        guard lineWidth > width else { return (line, lineWidth) }
        let marker = theme.clipMarker
        let markerWidth = DisplayWidth.of(marker)
        guard width > markerWidth else { return (LayoutBuilder.clip(line, to: width), width) }
        var out = LayoutBuilder.clip(line, to: width - markerWidth)
        out.append(String(repeating: " ", count: width - markerWidth - out.width))
        out.append(marker, .dim)
        return (out, width)
    }
}
