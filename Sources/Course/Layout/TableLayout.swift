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
        for row in all {
            for (c, cell) in row.enumerated() {
                natural[c] = max(natural[c], LayoutBuilder.naturalWidth(cell))
            }
        }
        let room = available - (3 * columns + 1)
        guard let widths = LayoutBuilder.fit(natural, into: room) else {
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
        let tableWidth = widths.reduce(0, +) + 3 * columns + 1
        let separator = rule(box.teeRight, box.cross, box.teeLeft, box.horizontal)
        emit(rule(box.topLeft, box.teeDown, box.topRight, box.horizontal), width: tableWidth)
        for (r, row) in wrappedRows.enumerated() {
            if r > 0 {
                if r == 1 && header != nil {
                    emit(rule(box.teeRight, box.cross, box.teeLeft, box.headerHorizontal), width: tableWidth)
                } else if multiline {
                    emit(separator, width: tableWidth)
                }
            }
            let height = row.map(\.count).max() ?? 1
            for k in 0..<height {
                var line = StyledLine([StyledSpan(box.vertical + " ", .tableBorder)])
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
                emit(line, width: tableWidth, links: lineLinks)
            }
        }
        emit(rule(box.bottomLeft, box.teeUp, box.bottomRight, box.horizontal), width: tableWidth)
    }

    /// The widest line of a cell left unwrapped (an upper bound: repeated spaces count).
    static func naturalWidth(_ runs: [TextRun]) -> Int {
        var widest = 0
        var current = 0
        for run in runs {
            if run.isBreak {
                current = 0
            } else {
                current += DisplayWidth.of(run.text)
                widest = max(widest, current)
            }
        }
        return widest
    }

    /// Column widths that fit `room`: natural widths when they fit, else the widest
    /// columns capped at a common width; nil when that would be narrower than readable.
    static func fit(_ natural: [Int], into room: Int) -> [Int]? {
        let total = natural.reduce(0, +)
        if total <= room { return natural }
        guard room >= natural.count * minimumCellWidth else { return nil }
        // The largest cap c with Σ min(natural, c) ≤ room.
        var low = 1
        var high = natural.max() ?? 1
        while low < high {
            let mid = (low + high + 1) / 2
            if natural.reduce(0, { $0 + min($1, mid) }) <= room { low = mid } else { high = mid - 1 }
        }
        var widths = natural.map { min($0, low) }
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
                emitWrapped(field)
            }
            emit(separator)
        }
    }
}
