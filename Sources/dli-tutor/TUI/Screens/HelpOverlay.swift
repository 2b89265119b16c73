import Course

/// The `?` overlay: the keys of the current screen, then the global ones,
/// generated from the key tables (never written by hand). A help text longer
/// than the box wraps under itself; the box scrolls with j/k.
enum HelpOverlay {
    static func draw(into frame: inout Frame, title: String, sections: [(String, [KeyHelp])], scroll: Int) {
        let entries = sections.flatMap(\.1)
        let labelWidth = min(24, entries.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let helpWidth = entries.map { DisplayWidth.of($0.help) }.max() ?? 0
        let width = min(frame.width - 4, max(labelWidth + helpWidth + 7, DisplayWidth.of(title) + 8))
        let textWidth = max(10, width - labelWidth - 7)
        var rows: [(label: String, help: String, heading: Bool)] = []
        for (name, entries) in sections where !entries.isEmpty {
            if !rows.isEmpty { rows.append(("", "", false)) }
            rows.append((name, "", true))
            for entry in entries {
                for (i, line) in TextFit.wrap(entry.help, width: textWidth).enumerated() {
                    rows.append((i == 0 ? entry.label : "", line, false))
                }
            }
        }
        let height = min(frame.height - 2, rows.count + 4)
        let inside = Box.draw(&frame, in: frame.bounds.centred(width: width, height: height), title: title)
        let visible = inside.height - 2
        let top = min(scroll, max(0, rows.count - visible))
        for (i, row) in rows.dropFirst(top).prefix(visible).enumerated() {
            let y = inside.y + 1 + i
            if row.heading {
                frame.write(row.label, x: inside.x + 1, y: y, style: Palette.title)
            } else {
                frame.write(TextFit.truncate(row.label, to: labelWidth), x: inside.x + 2, y: y, style: Palette.footerKey)
                frame.write(row.help, x: inside.x + 4 + labelWidth, y: y, maxX: inside.maxX - 1)
            }
        }
        let more = rows.count > visible ? "j/k scroll · " : ""
        frame.write(more + "any key closes", x: inside.x + 1, y: inside.maxY - 1, style: Palette.dim, maxX: inside.maxX)
    }
}
