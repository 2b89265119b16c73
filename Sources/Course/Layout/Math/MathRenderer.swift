/// Renders LaTeX math as readable Unicode: one line for inline math (`a/b`, `x²`,
/// `√(a+b)`), or a small block of lines for display math with stacked fractions,
/// limits under ∑ and tall delimiters. Unknown commands stay visible as written.
public enum MathRenderer {
    /// Inline math as one line of text.
    public static func inline(_ source: String) -> String {
        let formula = MathParser.parse(source)
        return squeezeSpaces(MathWriter(formula: formula).linear(formula))
    }

    /// Display math as lines of equal display width.
    public static func display(_ source: String) -> [String] {
        box(MathParser.parse(source)).rows.map { trimRight($0) }
    }

    /// A parsed formula laid out in display style.
    static func box(_ formula: MathNode) -> MathBox {
        MathWriter(formula: formula).box(formula, .display)
    }

    static func squeezeSpaces(_ text: String) -> String {
        text.collapsingSpaces { $0 == " " }
    }

    static func trimRight(_ s: String) -> String {
        var t = s
        while t.last == " " { t.removeLast() }
        return t
    }
}
