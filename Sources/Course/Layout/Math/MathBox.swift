/// A block of text lines with a baseline, for laying out display math.
struct MathBox: Equatable {
    var rows: [String]
    var baseline: Int
    var width: Int

    var height: Int { rows.count }

    init(_ text: String) {
        rows = [text]
        baseline = 0
        width = DisplayWidth.of(text)
    }

    init(rows: [String], baseline: Int) {
        let width = rows.map { DisplayWidth.of($0) }.max() ?? 0
        self.rows = rows.map { DisplayWidth.pad($0, to: width) }
        self.baseline = baseline
        self.width = width
    }

    static func centered(_ text: String, in width: Int) -> String {
        let w = DisplayWidth.of(text)
        let left = max(0, (width - w) / 2)
        return DisplayWidth.pad(String(repeating: " ", count: left) + text, to: width)
    }

    /// Boxes side by side, aligned on their baselines.
    static func row(_ parts: [MathBox]) -> MathBox {
        guard !parts.isEmpty else { return MathBox("") }
        if parts.count == 1 { return parts[0] }
        let above = parts.map(\.baseline).max() ?? 0
        let below = parts.map { $0.height - $0.baseline - 1 }.max() ?? 0
        var rows = [String](repeating: "", count: above + below + 1)
        for part in parts {
            let blank = String(repeating: " ", count: part.width)
            for r in 0..<rows.count {
                let k = r - (above - part.baseline)
                rows[r] += (k >= 0 && k < part.height) ? part.rows[k] : blank
            }
        }
        return MathBox(rows: rows, baseline: above)
    }

    static func fraction(_ numerator: MathBox, _ denominator: MathBox) -> MathBox {
        let width = max(numerator.width, denominator.width) + 2
        let rows = numerator.rows.map { centered($0, in: width) } + [String(repeating: "─", count: width)]
            + denominator.rows.map { centered($0, in: width) }
        return MathBox(rows: rows, baseline: numerator.height)
    }

    static func limits(_ op: MathBox, above: MathBox?, below: MathBox?) -> MathBox {
        let width = max(op.width, above?.width ?? 0, below?.width ?? 0)
        var rows: [String] = []
        if let above { rows += above.rows.map { centered($0, in: width) } }
        let baseline = rows.count + op.baseline
        rows += op.rows.map { centered($0, in: width) }
        if let below { rows += below.rows.map { centered($0, in: width) } }
        return MathBox(rows: rows, baseline: baseline)
    }

    static func scripts(_ base: MathBox, sub: String?, sup: String?) -> MathBox {
        var scriptRows = [String](repeating: "", count: base.height)
        if let sup { scriptRows[0] = sup }
        if let sub { scriptRows[base.height - 1] += sub }
        return row([base, MathBox(rows: scriptRows, baseline: base.baseline)])
    }

    static func delimited(_ open: String, _ content: MathBox, _ close: String) -> MathBox {
        let h = content.height
        func column(_ d: String, left: Bool) -> MathBox? {
            guard !d.isEmpty else { return nil }
            if h == 1 { return MathBox(d) }
            return MathBox(rows: tall(d, height: h, middle: content.baseline), baseline: content.baseline)
        }
        let parts = [column(open, left: true), content, column(close, left: false)].compactMap { $0 }
        return row(parts)
    }

    /// A delimiter drawn over several lines with the bracket-piece characters.
    static func tall(_ d: String, height h: Int, middle: Int) -> [String] {
        let pieces: (String, String, String, String)?
        switch d {
        case "(": pieces = ("⎛", "⎜", "⎝", "⎜")
        case ")": pieces = ("⎞", "⎟", "⎠", "⎟")
        case "[": pieces = ("⎡", "⎢", "⎣", "⎢")
        case "]": pieces = ("⎤", "⎥", "⎦", "⎥")
        case "{": pieces = ("⎧", "⎪", "⎩", "⎨")
        case "}": pieces = ("⎫", "⎪", "⎭", "⎬")
        default: pieces = nil
        }
        guard let (top, fill, bottom, mid) = pieces else {
            let bar = d == "‖" ? "‖" : (d == "|" ? "│" : d)
            return [String](repeating: bar, count: h)
        }
        return (0..<h).map { r in
            if r == 0 { return top }
            if r == h - 1 { return bottom }
            if (d == "{" || d == "}") && r == min(max(middle, 1), h - 2) { return mid }
            return fill
        }
    }

    /// Cells in aligned columns, two spaces apart.
    static func grid(_ rows: [[MathBox]]) -> MathBox {
        guard !rows.isEmpty else { return MathBox("") }
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (c, cell) in row.enumerated() { widths[c] = max(widths[c], cell.width) }
        }
        var lines: [String] = []
        for row in rows {
            var parts: [MathBox] = []
            for c in 0..<columns {
                let cell = c < row.count ? row[c] : MathBox("")
                let padded = MathBox(rows: cell.rows.map { DisplayWidth.pad($0, to: widths[c]) }, baseline: cell.baseline)
                if c > 0 { parts.append(MathBox("  ")) }
                parts.append(padded)
            }
            lines.append(contentsOf: MathBox.row(parts).rows)
        }
        let baseline = lines.count / 2
        return MathBox(rows: lines, baseline: baseline)
    }
}
