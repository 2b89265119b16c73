import Course

/// The `?` overlay: the keys of the current screen, then the global ones,
/// generated from the key tables (never written by hand).
enum HelpOverlay {
    static func draw(into frame: inout Frame, title: String, sections: [(String, [KeyHelp])], scroll: Int) {
        var rows: [(label: String, help: String, heading: Bool)] = []
        for (name, entries) in sections where !entries.isEmpty {
            if !rows.isEmpty { rows.append(("", "", false)) }
            rows.append((name, "", true))
            rows += entries.map { ($0.label, $0.help, false) }
        }
        let labelWidth = min(24, rows.filter { !$0.heading }.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let helpWidth = rows.map { DisplayWidth.of($0.help) }.max() ?? 0
        let width = min(frame.width - 4, max(labelWidth + helpWidth + 7, DisplayWidth.of(title) + 8))
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
