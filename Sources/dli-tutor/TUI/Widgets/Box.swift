import Course

/// A bordered panel with an optional title in its top border.
enum Box {
    /// Clears `rect`, draws its border and returns the inside.
    @discardableResult
    static func draw(_ frame: inout Frame, in rect: Rect, title: String = "", style: CellStyle = Palette.border) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        frame.fill(rect)
        let horizontal = String(repeating: "─", count: rect.width - 2)
        frame.write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style, clip: .hard)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            frame.write("│", x: rect.x, y: y, style: style)
            frame.write("│", x: rect.maxX - 1, y: y, style: style)
        }
        frame.write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style, clip: .hard)
        if !title.isEmpty {
            let text = " " + TextFit.truncate(title, to: rect.width - 6) + " "
            frame.write(text, x: rect.x + 2, y: rect.y, style: Palette.title)
        }
        return rect.inset(dx: 1, dy: 1)
    }
}
