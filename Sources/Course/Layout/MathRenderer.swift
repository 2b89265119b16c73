/// Renders LaTeX math as readable Unicode: one line for inline math (`a/b`, `x²`,
/// `√(a+b)`), or a small block of lines for display math with stacked fractions,
/// limits under ∑ and tall delimiters. Unknown commands stay visible as written.
public enum MathRenderer {
    /// Inline math as one line of text.
    public static func inline(_ source: String) -> String {
        squeezeSpaces(linear(MathParser.parse(source)))
    }

    /// Display math as lines of equal display width.
    public static func display(_ source: String) -> [String] {
        let box = self.box(MathParser.parse(source))
        return box.rows.map { trimRight($0) }
    }

    // MARK: Linear form

    static func linear(_ node: MathNode) -> String {
        switch node {
        case .symbol(let s): return s
        case .space(let s): return s
        case .group(let nodes): return nodes.map(linear).joined()
        case .scripts(let base, let sub, let sup):
            var out = linear(base)
            if let sub { out += script(linear(sub), superscript: false) }
            if let sup { out += script(linear(sup), superscript: true) }
            return out
        case .fraction(let n, let d):
            return parenthesized(squeezeSpaces(linear(n))) + "/" + parenthesized(squeezeSpaces(linear(d)))
        case .root(let content, let index):
            let inner = parenthesized(squeezeSpaces(linear(content)))
            guard let index else { return "√" + inner }
            let i = squeezeSpaces(linear(index))
            switch i {
            case "3": return "∛" + inner
            case "4": return "∜" + inner
            default: return script(i, superscript: true) + "√" + inner
            }
        case .accent(let content, let mark): return accent(squeezeSpaces(linear(content)), mark)
        case .font(let font, let content): return styled(content, font: font)
        case .text(let s): return s
        case .delimited(let open, let content, let close): return open + squeezeSpaces(linear(content)) + close
        case .environment(let name, let rows):
            let body = rows.map { row in row.map { squeezeSpaces(linear($0)) }.joined(separator: " ") }
            switch name {
            case "cases": return "{ " + body.joined(separator: "; ") + " }"
            case "pmatrix", "binom": return "(" + body.joined(separator: "; ") + ")"
            case "bmatrix": return "[" + body.joined(separator: "; ") + "]"
            case "vmatrix": return "|" + body.joined(separator: "; ") + "|"
            default: return body.joined(separator: "; ")
            }
        case .largeOperator(let s): return s
        case .function(let s): return s
        case .unknown(let s): return s
        }
    }

    static func styled(_ node: MathNode, font: MathFont) -> String {
        switch node {
        case .symbol(let s): return String(s.map { MathSymbols.styled($0, font: font) })
        case .group(let nodes): return nodes.map { styled($0, font: font) }.joined()
        default: return linear(node)
        }
    }

    /// A script in Unicode sub/superscript characters when they all exist, otherwise
    /// `_x`, `^x` or `_(…)`, `^(…)`.
    static func script(_ text: String, superscript: Bool) -> String {
        let compact = text.filter { $0 != " " }
        guard !compact.isEmpty else { return "" }
        let table = superscript ? MathSymbols.superscripts : MathSymbols.subscripts
        var mapped = ""
        var allMapped = true
        for c in compact {
            guard let m = table[c] else {
                allMapped = false
                break
            }
            mapped.append(m)
        }
        if allMapped { return mapped }
        let mark = superscript ? "^" : "_"
        if compact.count == 1 || compact.allSatisfy({ $0.isLetter || $0.isNumber }) { return mark + compact }
        return mark + "(" + squeezeSpaces(text) + ")"
    }

    /// Wraps text in parentheses unless it is one term (no operator outside brackets).
    static func parenthesized(_ text: String) -> String {
        isSimple(text) ? text : "(" + text + ")"
    }

    static func isSimple(_ text: String) -> Bool {
        var level = 0
        for c in text {
            switch c {
            case "(", "[", "{", "⟨": level += 1
            case ")", "]", "}", "⟩": level -= 1
            case " ", "+", "−", "-", "=", "·", "×", "/", "±", "<", ">", "≤", "≥", "≈", ",", ";", "∈":
                if level == 0 { return false }
            default: break
            }
        }
        return true
    }

    static func accent(_ text: String, _ mark: Character) -> String {
        guard let first = text.first else { return String(mark) }
        if text.count == 1 { return String(first) + String(mark) }
        if mark == "\u{0304}" || mark == "\u{0305}" {
            // A bar over several characters: an overline on each.
            return text.map { String($0) + "\u{0305}" }.joined()
        }
        let names: [Character: String] = ["\u{0302}": "hat", "\u{0303}": "tilde", "\u{20D7}": "vec", "\u{0307}": "dot"]
        return (names[mark] ?? "") + "(" + text + ")"
    }

    static func squeezeSpaces(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text {
            if c == " " {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(c)
            }
        }
        return out
    }

    static func trimRight(_ s: String) -> String {
        var t = s
        while t.last == " " { t.removeLast() }
        return t
    }

    // MARK: Display form

    static func box(_ node: MathNode) -> MathBox {
        switch node {
        case .group(let nodes):
            var parts: [MathBox] = []
            var pendingSpace = false
            for child in nodes {
                if child.isSpace {
                    pendingSpace = !parts.isEmpty
                    continue
                }
                let next = box(child)
                if pendingSpace, let last = parts.last, !(last.height == 1 && last.rows[0].hasSuffix(" ")),
                    !(next.height == 1 && next.rows[0].hasPrefix(" "))
                {
                    parts.append(MathBox(" "))
                }
                pendingSpace = false
                parts.append(next)
            }
            return MathBox.row(parts)
        case .fraction(let n, let d):
            return MathBox.fraction(box(n), box(d))
        case .scripts(let base, let sub, let sup):
            if case .largeOperator(let op) = base {
                return MathBox.limits(
                    MathBox(op), above: sup.map { box($0) }, below: sub.map { box($0) })
            }
            let baseBox = box(base)
            if baseBox.height == 1 { return MathBox(linear(node)) }
            return MathBox.scripts(
                baseBox, sub: sub.map { script(linear($0), superscript: false) },
                sup: sup.map { script(linear($0), superscript: true) })
        case .delimited(let open, let content, let close):
            return MathBox.delimited(open, box(content), close)
        case .root(let content, let index):
            let inner = box(content)
            if inner.height == 1 { return MathBox(linear(node)) }
            let prefix = index.map { script(squeezeSpaces(linear($0)), superscript: true) } ?? ""
            return MathBox.row([MathBox(prefix + "√"), MathBox.delimited("(", inner, ")")])
        case .environment(let name, let rows):
            let grid = MathBox.grid(rows.map { $0.map { box($0) } })
            switch name {
            case "cases": return MathBox.delimited("{", grid, "")
            case "pmatrix", "binom": return MathBox.delimited("(", grid, ")")
            case "bmatrix": return MathBox.delimited("[", grid, "]")
            case "vmatrix": return MathBox.delimited("|", grid, "|")
            default: return grid
            }
        default:
            return MathBox(linear(node))
        }
    }
}

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
