/// Parses LaTeX math source into `MathNode`s. Never fails: stray braces and unknown
/// commands are kept as text.
struct MathParser {
    private let chars: [Character]
    private var index = 0
    private var depth = 0
    static let maximumDepth = 40

    private enum Stop: Equatable { case end, closeBrace, right(String), endEnvironment, cell, row }

    init(_ source: String) { chars = Array(source) }

    static func parse(_ source: String) -> MathNode {
        var parser = MathParser(source)
        return parser.formula()
    }

    /// The whole source as one group.
    private mutating func formula() -> MathNode {
        var nodes: [MathNode] = []
        while true {
            let (part, stop) = sequence()
            nodes.append(contentsOf: part)
            switch stop {
            case .end: return .group(nodes)
            case .closeBrace: nodes.append(.symbol("}"))
            case .right(let d): nodes.append(.symbol(d))
            case .endEnvironment: break
            case .cell: nodes.append(.space(" "))
            case .row: nodes.append(.symbol("; "))
            }
        }
    }

    private var atEnd: Bool { index >= chars.count }

    /// Nodes up to a closing brace, `\right`, `\end`, `&`, `\\` or the end.
    private mutating func sequence() -> ([MathNode], Stop) {
        var nodes: [MathNode] = []
        depth += 1
        defer { depth -= 1 }
        while !atEnd {
            let c = chars[index]
            switch c {
            case "}":
                index += 1
                return (nodes, .closeBrace)
            case "&":
                index += 1
                return (nodes, .cell)
            case "^", "_":
                index += 1
                var base: MathNode = .symbol("")
                if let last = nodes.last, !last.isSpace {
                    base = nodes.removeLast()
                }
                let argument = self.argument()
                if case .scripts(let b, let sub, let sup) = base {
                    // x_i^2: both scripts on one base.
                    if c == "^" && sup == nil {
                        nodes.append(.scripts(base: b, sub: sub, sup: argument))
                        continue
                    }
                    if c == "_" && sub == nil {
                        nodes.append(.scripts(base: b, sub: argument, sup: sup))
                        continue
                    }
                    // A second script of the same kind (x^a^b) follows the first rather
                    // than nesting it, so a long chain cannot build a deep tree.
                    nodes.append(base)
                    base = .symbol("")
                }
                nodes.append(c == "^" ? .scripts(base: base, sub: nil, sup: argument) : .scripts(base: base, sub: argument, sup: nil))
            case "\\":
                if index + 1 < chars.count, chars[index + 1] == "\\" {
                    index += 2
                    return (nodes, .row)
                }
                if let stop = commandStop() { return (nodes, stop) }
                let name = commandName(at: index)
                if let name, let style = MathSymbols.styles[name] {
                    // The style holds for the rest of the group (past the depth limit
                    // the switch is dropped rather than nested further).
                    index += 1 + name.count
                    guard depth < MathParser.maximumDepth else { continue }
                    let (rest, stop) = sequence()
                    nodes.append(.style(style, .group(rest)))
                    return (nodes, stop)
                }
                if let name, MathSymbols.closingDelimiters.contains(name), nodes.last?.isSpace == true {
                    nodes.removeLast()
                }
                if let node = command() { nodes.append(node) }
                if let name, MathSymbols.openingDelimiters.contains(name) {
                    while !atEnd, chars[index].isWhitespace { index += 1 }
                }
            case "{":
                index += 1
                nodes.append(group())
            default:
                index += 1
                if c.isWhitespace {
                    if nodes.last?.isSpace != true { nodes.append(.space(" ")) }
                } else {
                    nodes.append(.symbol(MathParser.symbol(for: c)))
                }
            }
        }
        return (nodes, .end)
    }

    static func symbol(for c: Character) -> String {
        switch c {
        case "-": return "−"
        case "'": return "′"
        case "~": return " "
        default: return String(c)
        }
    }

    /// The contents of `{…}` after its opening brace.
    private mutating func group() -> MathNode {
        guard depth < MathParser.maximumDepth else { return .text(rawUntilBrace()) }
        var nodes: [MathNode] = []
        while true {
            let (part, stop) = sequence()
            nodes.append(contentsOf: part)
            switch stop {
            case .closeBrace, .end: return .group(nodes)
            case .cell: nodes.append(.space(" "))
            case .row: nodes.append(.symbol("; "))
            case .right(let d): nodes.append(.symbol(d))
            case .endEnvironment: break
            }
        }
    }

    /// Raw text up to the matching closing brace (used for `\text` and at the depth limit).
    private mutating func rawUntilBrace() -> String {
        var level = 1
        var out = ""
        while !atEnd {
            let c = chars[index]
            index += 1
            if c == "\\", !atEnd {
                let next = chars[index]
                if "{}$%&#_ \\".contains(next) {
                    out.append(next == "\\" ? " " : next)
                    index += 1
                    continue
                }
            }
            if c == "{" { level += 1 }
            if c == "}" {
                level -= 1
                if level == 0 { return out }
            }
            out.append(c)
        }
        return out
    }

    /// One argument: a `{group}`, a command, or a single character. Counts as a level
    /// of nesting, so chains such as `\sqrt\sqrt\sqrt…` stop at the depth limit.
    private mutating func argument() -> MathNode {
        depth += 1
        defer { depth -= 1 }
        while !atEnd, chars[index] == " " { index += 1 }
        guard !atEnd else { return .symbol("") }
        let c = chars[index]
        if c == "{" {
            index += 1
            return group()
        }
        if c == "\\" {
            if commandName(at: index) == nil, index + 1 < chars.count {
                let next = chars[index + 1]
                index += 2
                return .symbol(String(next))
            }
            return command() ?? .symbol("")
        }
        if c == "}" || c == "&" || c == "^" || c == "_" { return .symbol("") }
        index += 1
        return .symbol(MathParser.symbol(for: c))
    }

    private func commandName(at i: Int) -> String? {
        var j = i + 1
        var name = ""
        while j < chars.count, chars[j].isASCII, chars[j].isLetter {
            name.append(chars[j])
            j += 1
        }
        return name.isEmpty ? nil : name
    }

    /// `\right…` and `\end{…}` end the sequence that holds them.
    private mutating func commandStop() -> Stop? {
        guard let name = commandName(at: index) else { return nil }
        if name == "right" {
            index += 1 + name.count
            return .right(delimiter())
        }
        if name == "end" {
            index += 1 + name.count
            _ = braced()
            return .endEnvironment
        }
        return nil
    }

    /// The text of a `{…}` argument if one follows.
    private mutating func braced() -> String? {
        while !atEnd, chars[index] == " " { index += 1 }
        guard !atEnd, chars[index] == "{" else { return nil }
        index += 1
        return rawUntilBrace()
    }

    /// A delimiter after `\left`, `\right` or `\big`: `(`, `\{`, `\langle`, `.`…
    private mutating func delimiter() -> String {
        while !atEnd, chars[index] == " " { index += 1 }
        guard !atEnd else { return "" }
        let c = chars[index]
        if c == "\\" {
            if let name = commandName(at: index) {
                index += 1 + name.count
                return MathSymbols.commands[name] ?? "\\" + name
            }
            index += 1
            guard !atEnd else { return "" }
            let next = chars[index]
            index += 1
            return next == "|" ? "‖" : String(next)
        }
        index += 1
        return c == "." ? "" : String(c)
    }

    private mutating func command() -> MathNode? {
        guard let name = commandName(at: index) else {
            // A backslash before a non-letter: an escaped character or a space.
            index += 1
            guard !atEnd else { return .symbol("\\") }
            let c = chars[index]
            index += 1
            switch c {
            case ",", ":", ";", " ", ">": return .space(" ")
            case "!": return nil
            case "|": return .symbol("‖")
            default: return .symbol(String(c))
            }
        }
        index += 1 + name.count
        guard depth < MathParser.maximumDepth else { return .unknown("\\" + name) }
        if let symbol = MathSymbols.commands[name] { return .symbol(symbol) }
        if let op = MathSymbols.bigOperators[name] { return .largeOperator(op) }
        if let limits = MathSymbols.functions[name] {
            let display = name == "argmax" ? "arg max" : name == "argmin" ? "arg min" : name
            return limits ? .largeOperator(display) : .function(display)
        }
        if let space = MathSymbols.spaces[name] { return .space(space) }
        if MathSymbols.sizing.contains(name) { return nil }
        if let mark = MathSymbols.accents[name] {
            let base = argument()
            return base == .symbol("") ? .unknown("\\" + name) : .accent(base, mark)
        }
        if let font = MathFont(command: name) {
            let content = argument()
            return content == .symbol("") ? .unknown("\\" + name) : .font(font, content)
        }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = argument()
            let style: FractionStyle = name == "tfrac" ? .text : name == "frac" ? .auto : .display
            return .fraction(numerator, argument(), style)
        case "binom", "tbinom", "dbinom":
            let n = argument()
            return .delimited("(", .environment("binom", [[n], [argument()]]), ")")
        case "sqrt":
            var rootIndex: MathNode?
            while !atEnd, chars[index] == " " { index += 1 }
            if !atEnd, chars[index] == "[" {
                index += 1
                var text = ""
                while !atEnd, chars[index] != "]" {
                    text.append(chars[index])
                    index += 1
                }
                if !atEnd { index += 1 }
                var inner = MathParser(text)
                inner.depth = depth + 1
                rootIndex = inner.formula()
            }
            return .root(argument(), index: rootIndex)
        case "text", "textrm", "textnormal", "mbox", "textit", "textbf", "textsf", "texttt", "operatorname", "mathop":
            return .text(braced() ?? "")
        case "left":
            let open = delimiter()
            var nodes: [MathNode] = []
            while true {
                let (part, stop) = sequence()
                nodes.append(contentsOf: part)
                switch stop {
                case .right(let close): return .delimited(open, .group(nodes), close)
                case .end, .endEnvironment: return .delimited(open, .group(nodes), "")
                case .closeBrace: nodes.append(.symbol("}"))
                case .cell: nodes.append(.space(" "))
                case .row: nodes.append(.symbol("; "))
                }
            }
        case "begin":
            let environment = braced() ?? ""
            if ["array", "tabular"].contains(environment) { _ = braced() }
            var rows: [[MathNode]] = []
            var cells: [MathNode] = []
            while true {
                let (part, stop) = sequence()
                cells.append(.group(part))
                switch stop {
                case .cell: continue
                case .row:
                    rows.append(cells)
                    cells = []
                case .closeBrace: cells[cells.count - 1] = .group(part + [.symbol("}")])
                case .right(let d): cells[cells.count - 1] = .group(part + [.symbol(d)])
                case .end, .endEnvironment:
                    if !(cells.count == 1 && cells[0] == .group([])) { rows.append(cells) }
                    return .environment(environment, rows)
                }
            }
        default:
            // Unknown: shown as written, with its braced arguments.
            var written = "\\" + name
            while !atEnd, chars[index] == "{" {
                index += 1
                written += "{" + rawUntilBrace() + "}"
            }
            return .unknown(written)
        }
    }
}
