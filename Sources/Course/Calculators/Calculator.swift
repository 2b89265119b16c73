/// A family of formulas exposed to learners: in lesson `calc` blocks, quiz
/// checks, `dli-tutor calc NAME`, and the calculator screen. The math itself
/// lives in `Formulas`; a calculator only reads arguments and builds a report.
public protocol Calculator: Sendable {
    /// The call name, e.g. `bleu`.
    static var name: String { get }
    /// One line for lists and help.
    static var summary: String { get }
    /// Every argument the calculator reads, in the form's order: the one list
    /// that its form, its check for unknown arguments and the options of its
    /// `calc` subcommand follow (a test holds the subcommand to it).
    static var arguments: [CalcArgument] { get }
    /// The form the calculator screen shows, prefilled with a working example.
    static var fields: [CalcField] { get }
    /// The keys of `arguments`, what `evaluate` accepts.
    static var keys: Set<String> { get }
    static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport
}

extension Calculator {
    public static var fields: [CalcField] { arguments.flatMap(\.fields) }
    public static var keys: Set<String> { Set(arguments.map(\.key)) }
}
