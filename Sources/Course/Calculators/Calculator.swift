/// A family of formulas exposed to learners: in lesson `calc` blocks, quiz
/// checks, `dli-tutor calc NAME`, and the calculator screen. The math itself
/// lives in `Formulas`; a calculator only reads arguments and builds a report.
public protocol Calculator: Sendable {
    /// The call name, e.g. `bleu`.
    static var name: String { get }
    /// One line for lists and help.
    static var summary: String { get }
    /// The form the calculator screen shows, prefilled with a working example.
    static var fields: [CalcField] { get }
    /// Every argument the calculator takes (each is also a `calc NAME` option, `_` written `-`).
    static var arguments: Set<String> { get }
    static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport
}
