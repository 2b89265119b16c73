/// GitHub and HTML tables fitted to the width: columns shrink (the widest first) and
/// cell text wraps inside its column; a table that cannot fit readably is drawn as a
/// stack of records (`Header: value`) instead of overflowing.
extension LayoutBuilder {
    /// Below this many columns per cell the table is read as records.
    static let minimumCellWidth = 5

    mutating func table(_ table: MarkdownTable) {
        let columns = table.columnCount
        guard columns > 0 else { return }
        let header = table.header.isEmpty ? nil : table.header.map { runs($0, style: baseStyle.union([.strong, .tableHeader])) }
        let rows = table.rows.map { row in (0..<columns).map { c in c < row.count ? runs(row[c], style: baseStyle) : [] } }
        let all = (header.map { [$0] } ?? []) + rows
        var natural = [Int](repeating: 1, count: columns)
        var words = [Int](repeating: 1, count: columns)
        for row in all {
            for (c, cell) in row.enumerated() {
                natural[c] = max(natural[c], LayoutBuilder.widest(cell, words: false))
                words[c] = max(words[c], min(LayoutBuilder.widest(cell, words: true), LayoutBuilder.longestUnbrokenWord))
            }
        }
        let room = available - (3 * columns + 1)
        guard let widths = LayoutBuilder.fit(natural, words: words, into: room) else {
            records(header: header, rows: rows, columns: columns)
            return
        }
        let box = theme.box
        func rule(_ left: String, _ middle: String, _ right: String, _ horizontal: String) -> StyledLine {
            let parts = widths.map { String(repeating: horizontal, count: $0 + 2) }
            return StyledLine([StyledSpan(left + parts.joined(separator: middle) + right, .tableBorder)])
        }
        var wrappedRows: [[[WrappedLine]]] = []
        for row in all {
            wrappedRows.append(row.enumerated().map { c, cell in TextWrapper.wrap(cell, width: widths[c]) })
        }
        let multiline = wrappedRows.contains { row in row.contains { $0.count > 1 } }
        // Exact when the border glyphs are one column each (true of the built-in themes).
        let narrowGlyphs = [box.horizontal, box.headerHorizontal, box.vertical, box.cross, box.teeDown, box.teeUp]
            .allSatisfy { DisplayWidth.of($0) == 1 }
        let tableWidth = narrowGlyphs ? widths.reduce(0, +) + 3 * columns + 1 : nil
        let separator = rule(box.teeRight, box.cross, box.teeLeft, box.horizontal)
        emit(rule(box.topLeft, box.teeDown, box.topRight, box.horizontal), width: tableWidth)
        for (r, row) in wrappedRows.enumerated() {
            let rowWidth = row.allSatisfy { $0.allSatisfy(\.exact) } ? tableWidth : nil
            if r > 0 {
                if r == 1 && header != nil {
                    emit(rule(box.teeRight, box.cross, box.teeLeft, box.headerHorizontal), width: tableWidth)
                } else if multiline {
                    emit(separator, width: tableWidth)
                }
            }
            let height = row.map(\.count).max() ?? 1
            for k in 0..<height {
                var line = prefixLine()
                line.append(box.vertical + " ", .tableBorder)
                var lineLinks: [(link: Int, columns: Range<Int>)] = []
                var x = 2
                for c in 0..<columns {
                    let cell = k < row[c].count ? row[c][k] : WrappedLine()
                    let slack = widths[c] - cell.width
                    let alignment = c < table.alignments.count ? table.alignments[c] : .none
                    let left: Int
                    switch alignment {
                    case .right: left = slack
                    case .center: left = slack / 2
                    default: left = 0
                    }
                    line.append(LayoutBuilder.spaces(left))
                    line.append(contentsOf: cell.line)
                    line.append(LayoutBuilder.spaces(slack - left))
                    for (link, cols) in cell.links {
                        lineLinks.append((link, (cols.lowerBound + x + left)..<(cols.upperBound + x + left)))
                    }
                    line.append(c == columns - 1 ? " " + box.vertical : " " + box.vertical + " ", .tableBorder)
                    x += widths[c] + 3
                }
                emitPrefixed(line, contentWidth: rowWidth, links: lineLinks)
            }
        }
        emit(rule(box.bottomLeft, box.teeUp, box.bottomRight, box.horizontal), width: tableWidth)
    }

    /// Words longer than this may be broken inside a cell rather than forcing records.
    static let longestUnbrokenWord = 16

    /// The widest stretch of a cell's text between line breaks: its widest line
    /// left unwrapped (an upper bound: repeated spaces count), or with `words`
    /// its longest run of text without a space.
    static func widest(_ runs: [TextRun], words: Bool) -> Int {
        var widest = 0
        var current = 0
        for run in runs {
            if run.isBreak {
                current = 0
                continue
            }
            let text = run.text
            var start = text.utf8.startIndex
            while words, let space = text.utf8[start...].firstIndex(of: 0x20) {
                widest = max(widest, current + DisplayWidth.of(text[start..<space]))
                current = 0
                start = text.utf8.index(after: space)
            }
            current += DisplayWidth.of(text[start...])
            widest = max(widest, current)
        }
        return widest
    }

    /// Column widths that fit `room`: natural widths when they fit; else each column
    /// keeps at least its longest word and the widest columns share what is left; nil
    /// when even the words do not fit (the table is then drawn as records).
    static func fit(_ natural: [Int], words: [Int], into room: Int) -> [Int]? {
        if natural.reduce(0, +) <= room { return natural }
        let floor = zip(words, natural).map { max(min($0, $1), min(minimumCellWidth, $1)) }
        guard floor.reduce(0, +) <= room else { return nil }
        func total(_ cap: Int) -> Int { zip(natural, floor).reduce(0) { $0 + max($1.1, min($1.0, cap)) } }
        // The largest cap c with Σ max(floor, min(natural, c)) ≤ room.
        var low = 0
        var high = natural.max() ?? 0
        while low < high {
            let mid = (low + high + 1) / 2
            if total(mid) <= room { low = mid } else { high = mid - 1 }
        }
        var widths = zip(natural, floor).map { max($0.1, min($0.0, low)) }
        // Hand out the columns the cap left over, widest natural first.
        var spare = room - widths.reduce(0, +)
        for c in natural.indices.sorted(by: { natural[$0] > natural[$1] }) where spare > 0 && widths[c] < natural[c] {
            let extra = min(spare, natural[c] - widths[c])
            widths[c] += extra
            spare -= extra
        }
        return widths
    }

    /// One record per row: each cell on its own line, labelled with its column header.
    mutating func records(header: [[TextRun]]?, rows: [[[TextRun]]], columns: Int) {
        let separator = StyledLine([StyledSpan(String(repeating: theme.rule, count: available), .tableBorder)])
        emit(separator)
        for row in rows {
            for c in 0..<columns {
                var field: [TextRun]
                if let header, c < header.count, !header[c].isEmpty {
                    field = header[c] + [TextRun(": ", baseStyle.union([.strong, .tableHeader]))]
                } else {
                    field = [TextRun("Column \(c + 1): ", baseStyle.union([.strong, .tableHeader]))]
                }
                field += row[c]
                // Continuation lines hang two columns in.
                let hang = available > 12 ? 2 : 0
                for (k, wrapped) in TextWrapper.wrap(field, width: available - hang).enumerated() {
                    guard k > 0 && hang > 0 else {
                        emit(wrapped.line, width: wrapped.exactWidth, links: wrapped.links)
                        continue
                    }
                    var line = StyledLine()
                    line.append(LayoutBuilder.spaces(hang))
                    line.append(contentsOf: wrapped.line)
                    let links = wrapped.links.map { ($0.link, ($0.columns.lowerBound + hang)..<($0.columns.upperBound + hang)) }
                    emit(line, width: wrapped.exactWidth.map { $0 + hang }, links: links)
                }
            }
            emit(separator)
        }
    }
}
