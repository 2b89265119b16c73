import Course

/// A centred box with wrapped lines of text: questions, errors, notices.
enum Dialog {
    static func draw(into frame: inout Frame, title: String, lines: [String], style: CellStyle = Palette.border) {
        let maxWidth = min(frame.width - 4, 64)
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : TextFit.wrap($0, width: maxWidth - 4) }
        let contentWidth = max(wrapped.map { DisplayWidth.of($0) }.max() ?? 0, DisplayWidth.of(title) + 4)
        let rect = frame.bounds.centred(width: min(maxWidth, contentWidth + 4), height: wrapped.count + 2)
        let inside = Box.draw(&frame, in: rect, title: title, style: style)
        for (i, line) in wrapped.prefix(inside.height).enumerated() {
            frame.write(line, x: inside.x + 1, y: inside.y + i, maxX: inside.maxX - 1)
        }
    }
}
