import Course
import Foundation
import Study

/// The reader drawn into a frame: header, text with search hits and focus, scrollbar, lists.
extension ReaderScreen {
    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, body) = area.splitTop(1)
        drawHeader(into: &frame, in: headerRow)
        let x = body.x + textX(in: body.width)
        let bookmarkLines = Set(bookmarks.compactMap { rendered.line(forSourceLine: $0.sourceLine) })
        let focusLines = focused.map { focusables[$0].lines } ?? 0..<0
        for row in 0..<min(body.height, max(0, lineCount - top)) {
            let index = top + row
            let y = body.y + row
            frame.write(rendered.lines[index], x: x, y: y, maxX: body.maxX - 1)
            if focusLines.contains(index) { frame.write("▌", x: x - 2, y: y, style: Palette.focus) }
            if bookmarkLines.contains(index) { frame.write("◆", x: x - 2, y: y, style: Palette.accent) }
        }
        if !matches.isEmpty {
            let visible = top..<(top + body.height)
            for (i, match) in matches.enumerated() where visible.contains(match.line) {
                frame.highlight(x: x + match.column, y: body.y + match.line - top, count: match.width,
                                with: i == currentMatch ? Palette.currentMatch : Palette.match)
            }
        }
        drawScrollbar(into: &frame, x: body.maxX - 1, y: body.y, height: body.height)
        switch mode {
        case .reading: break
        case .searching: drawSearchPrompt(into: &frame, in: body.row(body.height - 1))
        case .contents(let selected): drawContents(into: &frame, in: body, selected: selected)
        case .bookmarks(let selected): drawBookmarks(into: &frame, in: body, selected: selected)
        }
    }

    /// The header: the lesson and how much of it was read (the share of its lines
    /// that were on screen, as the lessons list shows it), with a bar.
    func drawHeader(into frame: inout Frame, in row: Rect) {
        var right = completed ? "✓ read" : StudyFormat.percent(100 * share) + " read"
        if !activeQuery.isEmpty && mode != .searching {
            let counter = matches.isEmpty ? "no match" : "\((currentMatch ?? 0) + 1)/\(matches.count)"
            right = "“\(TextFit.truncate(activeQuery, to: 16))” \(counter)   " + right
        }
        let barWidth = row.width >= 100 ? 20 : 10
        Chrome.header(&frame, in: row, title: "\(lesson.order). \(lesson.title)", right: right + String(repeating: " ", count: barWidth + 1))
        let barX = row.maxX - 1 - barWidth
        if DisplayWidth.of(right) + barWidth + 5 < row.width / 2 {
            ProgressBar.draw(&frame, x: barX, y: row.y, width: barWidth, fraction: completed ? 1 : share, style: Palette.header)
            frame.restyle(x: barX, y: row.y, count: barWidth, style: Palette.header)
        }
    }

    func drawScrollbar(into frame: inout Frame, x: Int, y: Int, height: Int) {
        guard lineCount > height, height > 0 else { return }
        let thumb = max(1, height * height / lineCount)
        let start = maxTop == 0 ? 0 : (height - thumb) * top / maxTop
        for row in 0..<height {
            let inThumb = row >= start && row < start + thumb
            frame.write(inThumb ? "┃" : "│", x: x, y: y + row, style: inThumb ? Palette.accent : Palette.barEmpty)
        }
    }

    func drawSearchPrompt(into frame: inout Frame, in row: Rect) {
        frame.fill(row, style: Palette.plain)
        frame.write("/", x: row.x + 1, y: row.y, style: Palette.footerKey)
        let counter = activeQuery.isEmpty ? "" : matches.isEmpty ? "no match" : "\((currentMatch ?? 0) + 1)/\(matches.count)"
        let counterWidth = DisplayWidth.of(counter)
        query.draw(into: &frame, x: row.x + 2, y: row.y, width: row.width - counterWidth - 5, style: Palette.plain, focused: true)
        frame.write(counter, x: row.maxX - counterWidth - 2, y: row.y, style: matches.isEmpty ? Palette.warning : Palette.dim)
    }

    func drawContents(into frame: inout Frame, in body: Rect, selected: Int) {
        let headings = rendered.headings
        let width = min(body.width - 4, max(40, (headings.map { DisplayWidth.of($0.text) + 2 * $0.level }.max() ?? 0) + 6))
        let height = min(body.height - 2, headings.count + 2)
        let inside = Box.draw(&frame, in: body.centred(width: width, height: height), title: "Contents")
        let top = ScrollWindow.top(keeping: selected, visible: inside.height, count: headings.count, currentTop: 0)
        let current = currentHeading
        for (offset, heading) in headings.dropFirst(top).prefix(inside.height).enumerated() {
            let index = top + offset
            let y = inside.y + offset
            let style = index == selected ? Palette.selection : heading.level <= 2 ? Palette.bold : Palette.plain
            if index == selected { frame.fill(inside.row(offset), style: style) }
            let indent = 1 + 2 * max(0, heading.level - 1)
            frame.write(index == current ? "•" : " ", x: inside.x, y: y, style: index == selected ? style : Palette.accent)
            frame.write(heading.text, x: inside.x + indent, y: y, style: style, maxX: inside.maxX)
        }
    }

    func drawBookmarks(into frame: inout Frame, in body: Rect, selected: Int) {
        let width = min(body.width - 4, 70)
        let question = deletingBookmark ? 1 : 0
        let height = min(body.height - 2, bookmarks.count + 2 + question)
        var inside = Box.draw(&frame, in: body.centred(width: width, height: height), title: "Bookmarks")
        if deletingBookmark {
            let row = inside.row(inside.height - 1)
            frame.fill(row, style: Palette.warning)
            frame.write(TextFit.truncate("Delete this bookmark? y/Enter deletes · any other key keeps it", to: row.width - 2),
                        x: row.x + 1, y: row.y, style: Palette.warning)
            inside.height -= 1
        }
        let top = ScrollWindow.top(keeping: selected, visible: inside.height, count: bookmarks.count, currentTop: 0)
        for (offset, mark) in bookmarks.dropFirst(top).prefix(inside.height).enumerated() {
            let index = top + offset
            let line = rendered.line(forSourceLine: mark.sourceLine) ?? 0
            let section = rendered.headings.last { $0.line <= line }?.text ?? lesson.title
            let snippet = self.snippet(at: line)
            let percent = StudyFormat.percent(100 * mark.share(in: lesson))
            let style = index == selected ? Palette.selection : Palette.plain
            if index == selected { frame.fill(inside.row(offset), style: style) }
            let label = "\(percent.leftPadded(to: 4))  \(section)" + (snippet == section || snippet.isEmpty ? "" : " · \(snippet)")
            frame.write(label, x: inside.x + 1, y: inside.y + offset, style: style, maxX: inside.maxX)
        }
    }
}
