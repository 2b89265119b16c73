/// Writes one formula as text or as a display box. Holds the choices made for the
/// formula as a whole, so that sibling scripts look alike.
struct MathWriter {
    /// Subscript words (two letters or more) are written `_word`, not in Unicode
    /// subscript letters, because some subscript of this formula has no Unicode form:
    /// `ε_pos − ε_neg`, never `εₚₒₛ − ε_neg`.
    var plainWordSubscripts = false
    /// The same for superscripts.
    var plainWordSuperscripts = false
    /// Source spaces are dropped (the compact text of a script); `\text` keeps its own.
    var dropsSourceSpaces = false

    init(formula: MathNode) {
        let plain = MathWriter()
        var sub = false
        var sup = false
        formula.forEach { node in
            guard case .scripts(_, let s, let p) = node else { return }
            if let s, !sub, plain.unicodeScript(s, superscript: false) == nil { sub = true }
            if let p, !sup, plain.unicodeScript(p, superscript: true) == nil { sup = true }
        }
        plainWordSubscripts = sub
        plainWordSuperscripts = sup
    }

    private init() {}

    // MARK: Linear form

    func linear(_ node: MathNode) -> String {
        switch node {
        case .symbol(let s): return s
        case .space(let s): return dropsSourceSpaces ? "" : s
        case .group(let nodes): return sequence(nodes)
        case .scripts(let base, let sub, let sup):
            var out = linear(base)
            if case .fraction(let n, let d, let style) = base, MathWriter.vulgar(n, d, style) == nil { out = "(" + out + ")" }
            if let sub { out += script(sub, superscript: false) }
            if let sup { out += script(sup, superscript: true) }
            return out
        case .fraction(let n, let d, let style):
            if let v = MathWriter.vulgar(n, d, style) { return v }
            let top = MathRenderer.squeezeSpaces(linear(n))
            let bottom = MathRenderer.squeezeSpaces(linear(d))
            // A product over a fraction bar is unambiguous (XY/Z = X·(Y/Z)); a product
            // under it is not (a/dk), so only a single atom goes there unbracketed.
            let numerator = MathWriter.isProduct(n, text: top) ? top : "(" + top + ")"
            return numerator + "/" + (MathWriter.isAtom(d) ? bottom : "(" + bottom + ")")
        case .root(let content, let index):
            let inner = MathWriter.parenthesized(MathRenderer.squeezeSpaces(linear(content)))
            guard let index else { return "√" + inner }
            let mark = script(index, superscript: true)
            switch mark {
            case "³": return "∛" + inner
            case "⁴": return "∜" + inner
            default: return mark + "√" + inner
            }
        case .accent(let content, let mark): return MathWriter.accent(MathRenderer.squeezeSpaces(linear(content)), mark)
        case .font(let font, let content): return styled(content, font: font)
        case .text(let s): return s
        case .delimited(let open, let content, let close): return open + MathRenderer.squeezeSpaces(linear(content)) + close
        case .environment(let name, let rows):
            let body = rows.map { row in row.map { MathRenderer.squeezeSpaces(linear($0)) }.joined(separator: " ") }
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
        case .style(_, let content): return linear(content)
        }
    }

    /// A run of nodes; a fraction next to a factor is bracketed and set apart from it,
    /// so `\frac{1}{N}\sum_i` reads `(1/N) ∑ᵢ` and `\frac{\alpha}{r}BA` reads `(α/r)·BA`.
    private func sequence(_ nodes: [MathNode]) -> String {
        var out = ""
        for (k, node) in nodes.enumerated() {
            let text = linear(node)
            if let join = MathWriter.fractionJoin(nodes, at: k), !isVulgar(node) {
                out += "(" + text + ")" + join
            } else {
                out += text
            }
        }
        return out
    }

    /// `½` for a `\tfrac` of two small whole numbers. Looks only at digits, so asking
    /// costs nothing for any other fraction.
    private static func vulgar(_ n: MathNode, _ d: MathNode, _ style: FractionStyle) -> String? {
        guard style == .text, let top = digits(n), let bottom = digits(d) else { return nil }
        return MathSymbols.vulgarFractions[top + "/" + bottom]
    }

    /// The digits of a number written as symbols (and spaces), or nil.
    private static func digits(_ node: MathNode) -> String? {
        switch node {
        case .symbol(let s): return !s.isEmpty && s.allSatisfy(\.isNumber) ? s : nil
        case .group(let nodes):
            var out = ""
            for node in nodes where !node.isSpace {
                guard case .symbol(let s) = node, s.allSatisfy(\.isNumber) else { return nil }
                out += s
            }
            return out.isEmpty ? nil : out
        default: return nil
        }
    }

    private func isVulgar(_ node: MathNode) -> Bool {
        if case .fraction(let n, let d, let style) = node { return MathWriter.vulgar(n, d, style) != nil }
        return false
    }

    func styled(_ node: MathNode, font: MathFont) -> String {
        switch node {
        case .symbol(let s): return String(s.map { MathSymbols.styled($0, font: font) })
        case .group(let nodes): return nodes.map { styled($0, font: font) }.joined()
        default: return linear(node)
        }
    }

    // MARK: Scripts

    /// A script in Unicode sub/superscript characters when every character has one
    /// (and the formula does not write its script words plainly), otherwise `_x`,
    /// `^x` or `_(…)`, `^(…)`.
    func script(_ node: MathNode, superscript: Bool) -> String {
        let compact = compactText(node)
        guard !compact.isEmpty else { return "" }
        let plainWords = superscript ? plainWordSuperscripts : plainWordSubscripts
        if !(plainWords && MathWriter.isWord(node)), let mapped = MathWriter.unicodeScript(compact, superscript: superscript) {
            return mapped
        }
        let mark = superscript ? "^" : "_"
        if compact.count == 1 || compact.allSatisfy({ $0.isLetter || $0.isNumber }) { return mark + compact }
        // Writing the script again with its spaces is needed only when they count: done
        // for every level of nested scripts, it would double the work at each level.
        let written = dropsSourceSpaces ? compact : linear(node)
        return mark + "(" + MathRenderer.squeezeSpaces(written) + ")"
    }

    /// The script's Unicode form, if every character has one.
    func unicodeScript(_ node: MathNode, superscript: Bool) -> String? {
        MathWriter.unicodeScript(compactText(node), superscript: superscript)
    }

    /// The text of a script without source spaces (`i = 1` is `i=1`); spaces written
    /// inside `\text{…}` stay.
    private func compactText(_ node: MathNode) -> String {
        var writer = self
        writer.dropsSourceSpaces = true
        return writer.linear(node)
    }

    static func unicodeScript(_ text: String, superscript: Bool) -> String? {
        let table = superscript ? MathSymbols.superscripts : MathSymbols.subscripts
        var mapped = ""
        for c in text {
            guard let m = table[c] else { return nil }
            mapped.append(m)
        }
        return mapped
    }

    /// A word rather than an index: text (`\text{kv}`, `\mathrm{kv}`) of two letters
    /// or more, or three letters in a row (`simple`); not `i`, `ij` or `i=1`.
    static func isWord(_ script: MathNode) -> Bool {
        var word = false
        script.forEach { node in
            switch node {
            case .text(let s): if s.filter(\.isLetter).count >= 2 { word = true }
            case .font(.roman, let content): if lettersInARow(MathWriter().linear(content)) >= 2 { word = true }
            default: break
            }
        }
        return word || lettersInARow(MathWriter().compactText(script)) >= 3
    }

    /// The longest run of letters in `text`.
    private static func lettersInARow(_ text: String) -> Int {
        var longest = 0
        var run = 0
        for c in text {
            run = c.isLetter ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    // MARK: Atoms and factors

    /// One term that needs no brackets as a numerator or denominator: a symbol, a
    /// number, a word, or one of these with scripts or an accent; a root, a bracket.
    static func isAtom(_ node: MathNode) -> Bool {
        switch node {
        case .symbol(let s): return s.count == 1 && s.allSatisfy { $0.isLetter || $0.isNumber || "∞∂∇".contains($0) }
        case .group(let nodes):
            let parts = nodes.filter { !$0.isSpace }
            if parts.count == 1 { return isAtom(parts[0]) }
            // A number: digits and a decimal point.
            return !parts.isEmpty && parts.allSatisfy {
                if case .symbol(let s) = $0 { return s.allSatisfy { $0.isNumber || $0 == "." } }
                return false
            }
        case .scripts(let base, _, _): return isAtom(base)
        case .accent(let content, _): return isAtom(content)
        case .font(_, let content): return isAtom(content) || isLetters(content)
        case .text(let s), .unknown(let s): return !s.isEmpty && !s.contains(" ")
        case .root, .delimited, .environment: return true
        case .style(_, let content): return isAtom(content)
        case .space, .fraction, .largeOperator, .function: return false
        }
    }

    /// One term or a product with no operator or space outside brackets: `2PR`,
    /// `QKᵀ`, `r(d+k)`; not `a + b`, `log x` or `∑ᵢxᵢ`.
    static func isProduct(_ node: MathNode, text: String) -> Bool {
        if isAtom(node) { return true }
        guard isSimple(text) else { return false }
        guard case .group(let nodes) = node else { return true }
        return !nodes.contains {
            switch $0 {
            case .largeOperator, .scripts(.largeOperator, _, _): return true
            default: return false
            }
        }
    }

    /// A group of letters only (`\mathrm{softmax}`).
    private static func isLetters(_ node: MathNode) -> Bool {
        guard case .group(let nodes) = node, !nodes.isEmpty else { return false }
        return nodes.allSatisfy {
            if case .symbol(let s) = $0 { return s.allSatisfy(\.isLetter) }
            return false
        }
    }

    /// What goes between a fraction at `k` and what follows it, when it touches a
    /// factor on either side (`nil`: it stands alone and needs no brackets).
    static func fractionJoin(_ nodes: [MathNode], at k: Int) -> String? {
        guard case .fraction = nodes[k] else { return nil }
        let before = nodes[..<k].last { !$0.isSpace }
        let afterIndex = nodes[(k + 1)...].firstIndex { !$0.isSpace }
        let touchesBefore = before.map(endsFactor) ?? false
        let touchesAfter = afterIndex.map { startsFactor(nodes[$0]) } ?? false
        guard touchesBefore || touchesAfter else { return nil }
        guard touchesAfter, let afterIndex, afterIndex == k + 1 else { return "" }
        return separator(before: nodes[afterIndex])
    }

    /// `·` before a plain factor, a space before an operator such as ∑ or log, nothing
    /// before a bracket.
    private static func separator(before node: MathNode) -> String {
        switch node {
        case .largeOperator, .function: return " "
        case .scripts(let base, _, _): return separator(before: base)
        case .group(let nodes): return nodes.first.map { separator(before: $0) } ?? ""
        case .style(_, let content): return separator(before: content)
        case .delimited(let open, _, _) where !open.isEmpty: return ""
        case .environment: return ""
        case .symbol(let s) where s.first.map(isOpening) ?? false: return ""
        default: return "·"
        }
    }

    private static func isOpening(_ c: Character) -> Bool { "([{⟨‖|⌈⌊".contains(c) }

    /// Whether a node begins with something a fraction before it would multiply.
    static func startsFactor(_ node: MathNode) -> Bool {
        switch node {
        case .symbol(let s):
            guard let c = s.first else { return false }
            return c.isLetter || c.isNumber || isOpening(c) || c == "√"
        case .group(let nodes): return nodes.first { !$0.isSpace }.map(startsFactor) ?? false
        case .scripts(let base, _, _): return startsFactor(base)
        case .text(let s): return s.first?.isLetter ?? false
        case .fraction, .root, .accent, .font, .delimited, .environment, .largeOperator, .function: return true
        case .style(_, let content): return startsFactor(content)
        case .space, .unknown: return false
        }
    }

    /// Whether a node ends with a factor (or an operator such as log or ∑) that a
    /// fraction after it would be read together with.
    static func endsFactor(_ node: MathNode) -> Bool {
        switch node {
        case .symbol(let s):
            guard let c = s.last else { return false }
            return c.isLetter || c.isNumber || ")]⟩′".contains(c)
        case .group(let nodes): return nodes.last { !$0.isSpace }.map(endsFactor) ?? false
        case .text(let s): return s.last?.isLetter ?? false
        case .scripts, .fraction, .root, .accent, .font, .delimited, .environment, .largeOperator, .function:
            return true
        case .style(_, let content): return endsFactor(content)
        case .space, .unknown: return false
        }
    }

    static func parenthesized(_ text: String) -> String {
        isSimple(text) ? text : "(" + text + ")"
    }

    /// One term: no operator outside brackets.
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

    // MARK: Display form

    func box(_ node: MathNode, _ style: MathStyle) -> MathBox {
        switch node {
        case .group(let nodes):
            if style == .text && !node.containsDisplayStyle {
                return MathBox(MathRenderer.squeezeSpaces(linear(node)))
            }
            var parts: [MathBox] = []
            var pendingSpace = false
            for (k, child) in nodes.enumerated() {
                if child.isSpace {
                    pendingSpace = !parts.isEmpty
                    continue
                }
                var next = box(child, style)
                if next.height == 1, !isVulgar(child), let join = MathWriter.fractionJoin(nodes, at: k) {
                    next = MathBox("(" + next.rows[0] + ")" + join)
                }
                if pendingSpace, let last = parts.last, !(last.height == 1 && last.rows[0].hasSuffix(" ")),
                    !(next.height == 1 && next.rows[0].hasPrefix(" "))
                {
                    parts.append(MathBox(" "))
                }
                pendingSpace = false
                parts.append(next)
            }
            return MathBox.row(parts)
        case .fraction(let n, let d, let fraction):
            switch (fraction, style) {
            case (.display, _), (.auto, .display), (.auto, .fractionPart):
                // A `\dfrac` inside text style sets its parts in text style, as TeX does.
                let inner: MathStyle = style == .text ? .text : .fractionPart
                return MathBox.fraction(box(n, inner), box(d, inner))
            case (.text, _), (.auto, .text):
                return MathBox(linear(node))
            }
        case .scripts(let base, let sub, let sup):
            if case .largeOperator(let op) = base, style == .display {
                return MathBox.limits(
                    MathBox(op), above: sup.map { box($0, style) }, below: sub.map { box($0, style) })
            }
            let baseBox = box(base, style)
            if baseBox.height == 1 { return MathBox(linear(node)) }
            return MathBox.scripts(
                baseBox, sub: sub.map { script($0, superscript: false) },
                sup: sup.map { script($0, superscript: true) })
        case .delimited(let open, let content, let close):
            return MathBox.delimited(open, box(content, style), close)
        case .root(let content, let index):
            let inner = box(content, style)
            if inner.height == 1 { return MathBox(linear(node)) }
            let prefix = index.map { script($0, superscript: true) } ?? ""
            return MathBox.row([MathBox(prefix + "√"), MathBox.delimited("(", inner, ")")])
        case .environment(let name, let rows):
            let grid = MathBox.grid(rows.map { $0.map { box($0, style) } })
            switch name {
            case "cases": return MathBox.delimited("{", grid, "")
            case "pmatrix", "binom": return MathBox.delimited("(", grid, ")")
            case "bmatrix": return MathBox.delimited("[", grid, "]")
            case "vmatrix": return MathBox.delimited("|", grid, "|")
            default: return grid
            }
        case .style(let inner, let content):
            return box(content, inner)
        default:
            return MathBox(linear(node))
        }
    }
}
