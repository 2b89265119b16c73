import Course

/// One terminal cell: a grapheme cluster and its style. A wide character fills
/// its first cell; the cell to its right is a continuation (empty text).
struct Cell: Equatable, Sendable {
    var text: String
    var style: CellStyle

    static let blank = Cell(text: " ", style: .plain)
    var isContinuation: Bool { text.isEmpty }
}

/// A grid of styled cells that a screen draws into and the backend blits.
/// Drawing clips at the edges and never splits or half-overwrites a wide
/// character, so whatever is written the grid stays a valid screen.
struct Frame: Equatable, Sendable {
    let size: Size
    private(set) var cells: [Cell]
    /// Where the terminal cursor is shown (a focused text field), or hidden when nil.
    var cursor: Point?

    init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    var width: Int { size.width }
    var height: Int { size.height }
    var bounds: Rect { Rect(size) }

    subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Every cell back to a blank space; the cursor hidden.
    mutating func clear() {
        for i in cells.indices { cells[i] = .blank }
        cursor = nil
    }

    /// Fills `rect` (clipped) with spaces in `style`.
    mutating func fill(_ rect: Rect, style: CellStyle = .plain) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1 else { return }
        for y in y0..<y1 {
            if x0 > 0 && cells[y * width + x0].isContinuation { cells[y * width + x0 - 1].text = " " }
            if x1 < width && cells[y * width + x1].isContinuation { cells[y * width + x1].text = " " }
            for x in x0..<x1 { cells[y * width + x] = Cell(text: " ", style: style) }
        }
    }

    /// How `write` marks text that does not fit.
    enum Clip {
        /// End in `…` where the text was cut, never inside a number (`TextFit.truncate`).
        case ellipsis
        /// Just stop at the limit (rules, bars and other drawing).
        case hard
    }

    /// Writes `text` from column `x` on row `y`, clipped at `maxX` (default: the
    /// right edge): text that does not fit ends in `…` (unless `clip` is `.hard`).
    /// Control characters and lone combining marks take no cell; a wide character
    /// that would straddle the limit becomes a space. Returns the column after
    /// the last cell written.
    @discardableResult
    mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: CellStyle = .plain, maxX: Int? = nil,
                        clip: Clip = .ellipsis) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, maxX ?? width)
        var column = x
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if column >= limit {
                // Cut: rewrite it with the ellipsis (only when something is left to show).
                if clip == .ellipsis, x >= 0, limit > x, text[index...].contains(where: { DisplayWidth.of($0) > 0 }) || DisplayWidth.of(character) > 0 {
                    return rewriteCut(text, x: x, y: y, style: style, limit: limit)
                }
                break
            }
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column < 0 {
                column += w
                if column > 0 && limit > 0 { put(" ", x: 0, y: y, width: 1, style: style) }
                continue
            }
            if w == 2 && column + 1 >= limit {
                if clip == .ellipsis, x >= 0 {
                    return rewriteCut(text, x: x, y: y, style: style, limit: limit)
                }
                put(" ", x: column, y: y, width: 1, style: style)
                column += 1
                break
            }
            put(String(character), x: column, y: y, width: w, style: style)
            column += w
        }
        return column
    }

    /// Text that ran into the limit, written again cut with `…` over what it wrote.
    private mutating func rewriteCut(_ text: some StringProtocol, x: Int, y: Int, style: CellStyle, limit: Int) -> Int {
        fill(Rect(x: x, y: y, width: limit - x, height: 1), style: style)
        return write(TextFit.truncate(String(text), to: limit - x), x: x, y: y, style: style, maxX: limit, clip: .hard)
    }

    /// Applies `overlay` to the styles of `count` cells from (`x`, `y`), clipped.
    mutating func highlight(x: Int, y: Int, count: Int, with overlay: CellStyle) {
        guard y >= 0, y < height else { return }
        let x0 = max(0, x), x1 = min(width, x + count)
        guard x0 < x1 else { return }
        for i in (y * width + x0)..<(y * width + x1) { cells[i].style = cells[i].style.merged(with: overlay) }
    }

    /// Replaces the style of `count` cells from (`x`, `y`), clipped.
    mutating func restyle(x: Int, y: Int, count: Int, style: CellStyle) {
        guard y >= 0, y < height else { return }
        let x0 = max(0, x), x1 = min(width, x + count)
        guard x0 < x1 else { return }
        for i in (y * width + x0)..<(y * width + x1) { cells[i].style = style }
    }

    /// Copies `rows` rows of `source` starting at row `sourceY` to `origin`, clipped.
    mutating func blit(_ source: Frame, fromRow sourceY: Int, rows: Int, to origin: Point) {
        for row in 0..<rows {
            let sy = sourceY + row, y = origin.y + row
            guard sy >= 0, sy < source.height, y >= 0, y < height else { continue }
            for sx in 0..<source.width {
                let x = origin.x + sx
                guard x >= 0, x < width else { continue }
                cells[y * width + x] = source[sx, sy]
            }
            // A wide character cut at either edge becomes a space.
            if origin.x >= 0, origin.x < width, cells[y * width + origin.x].isContinuation {
                cells[y * width + origin.x].text = " "
            }
            let end = origin.x + source.width
            if end > 0, end < width, cells[y * width + end].isContinuation {
                cells[y * width + end].text = " "
            }
        }
    }

    private mutating func put(_ text: String, x: Int, y: Int, width w: Int, style: CellStyle) {
        let row = y * width
        // Writing over half of a wide character turns its other half into a space.
        if cells[row + x].isContinuation && x > 0 { cells[row + x - 1].text = " " }
        let end = x + w
        if end < width && cells[row + end].isContinuation { cells[row + end].text = " " }
        cells[row + x] = Cell(text: text, style: style)
        if w == 2 { cells[row + x + 1] = Cell(text: "", style: style) }
    }

    /// The grid as text, one line per row, trailing spaces dropped (for snapshots and tests).
    var text: String {
        (0..<height).map { rowText($0) }.joined(separator: "\n")
    }

    /// One row as text with trailing spaces dropped.
    func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<width { line += cells[y * width + x].text }
        while line.last == " " { line.removeLast() }
        return line
    }
}
