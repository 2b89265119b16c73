import Course

/// The header bar and footer line every screen shares.
enum Chrome {
    /// A full-width bar: `title` on the left, `right` on the right. When both do
    /// not fit the title is cut first (to no less than 16 columns), then `right`
    /// is dropped.
    static func header(_ frame: inout Frame, in row: Rect, title: String, right: String = "") {
        frame.fill(row, style: Palette.header)
        let rightWidth = DisplayWidth.of(right)
        let roomForRight = rightWidth > 0 && rightWidth + 4 + min(16, DisplayWidth.of(title)) <= row.width
        let titleLimit = row.width - 2 - (roomForRight ? rightWidth + 2 : 0)
        frame.write(TextFit.truncate(title, to: titleLimit), x: row.x + 1, y: row.y, style: Palette.header)
        if roomForRight {
            frame.write(right, x: row.maxX - 1 - rightWidth, y: row.y, style: Palette.headerDim)
        }
    }

    /// The footer: a status message if any, then key hints (`key text`), as many
    /// as fit; screen hints give way before the global ones.
    static func footer(_ frame: inout Frame, in row: Rect, hints: [(key: String, text: String)],
                       global: [(key: String, text: String)], status: String?) {
        frame.fill(row)
        var x = row.x + 1
        if let status, !status.isEmpty {
            let text = TextFit.truncate(status, to: row.width - 2)
            x = frame.write(text, x: x, y: row.y, style: Palette.footerStatus) + 3
        }
        func width(_ list: [(key: String, text: String)]) -> Int {
            list.reduce(0) { $0 + DisplayWidth.of($1.key) + 1 + DisplayWidth.of($1.text) + 2 }
        }
        var shown = hints
        while !shown.isEmpty && x + width(shown + global) > row.maxX { shown.removeLast() }
        var all = shown + global
        while !all.isEmpty && x + width(all) > row.maxX { all.removeFirst() }
        for hint in all {
            x = frame.write(hint.key, x: x, y: row.y, style: Palette.footerKey, maxX: row.maxX)
            x = frame.write(" " + hint.text, x: x, y: row.y, style: Palette.footerText, maxX: row.maxX) + 2
        }
    }
}
