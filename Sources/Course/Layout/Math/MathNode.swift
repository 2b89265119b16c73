/// A parsed LaTeX math expression (the subset lessons use).
indirect enum MathNode: Equatable {
    /// Text already in its Unicode form: a letter, digit, operator or symbol.
    case symbol(String)
    /// Source whitespace or an explicit space command.
    case space(String)
    case group([MathNode])
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    case fraction(MathNode, MathNode, FractionStyle)
    case root(MathNode, index: MathNode?)
    case accent(MathNode, Character)
    case font(MathFont, MathNode)
    /// `\text{…}`: shown as written.
    case text(String)
    /// `\left( … \right)`, delimiters already in Unicode (empty for `.`).
    case delimited(String, MathNode, String)
    /// An environment (`cases`, `matrix`, `pmatrix`, `bmatrix`, `aligned`…): rows of cells.
    case environment(String, [[MathNode]])
    /// A large operator (∑, ∏, ∫) or a function that takes limits (max, lim).
    case largeOperator(String)
    /// An upright function name (`log`, `exp`).
    case function(String)
    /// An unknown command, shown as written so nothing silently vanishes.
    case unknown(String)
    /// `\textstyle` or `\displaystyle` and the rest of its group.
    case style(MathStyle, MathNode)

    var isSpace: Bool {
        if case .space = self { return true }
        return false
    }
}

/// How a fraction is drawn: `\frac` follows the surrounding style, `\tfrac` is always
/// inline (`a/b`, `½`), `\dfrac` always stacked where there is room (display math).
enum FractionStyle: Equatable {
    case auto, text, display
}

/// The TeX math style in force: display stacks fractions and puts limits above and
/// below large operators; text keeps them on one line. Inside a stacked fraction,
/// fractions still stack but limits go beside their operator (`∑ⱼ`), as TeX sets the
/// parts of a displayed fraction in text style.
enum MathStyle: Equatable {
    case display, text, fractionPart
}

extension MathNode {
    /// Calls `body` on this node and every node inside it.
    func forEach(_ body: (MathNode) -> Void) {
        body(self)
        switch self {
        case .group(let nodes): for n in nodes { n.forEach(body) }
        case .scripts(let base, let sub, let sup):
            base.forEach(body)
            sub?.forEach(body)
            sup?.forEach(body)
        case .fraction(let n, let d, _):
            n.forEach(body)
            d.forEach(body)
        case .root(let content, let index):
            content.forEach(body)
            index?.forEach(body)
        case .accent(let content, _), .font(_, let content), .delimited(_, let content, _), .style(_, let content):
            content.forEach(body)
        case .environment(_, let rows):
            for row in rows { for cell in row { cell.forEach(body) } }
        case .symbol, .space, .text, .largeOperator, .function, .unknown: break
        }
    }

    /// Whether a `\dfrac` or `\displaystyle` inside asks for display style.
    var containsDisplayStyle: Bool {
        var found = false
        forEach { node in
            if case .fraction(_, _, .display) = node { found = true }
            if case .style(.display, _) = node { found = true }
        }
        return found
    }
}
