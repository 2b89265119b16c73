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
    static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport
}

/// One editable argument of a calculator form.
public struct CalcField: Equatable, Sendable {
    public var key: String
    public var label: String
    public var example: String
    public init(_ key: String, _ label: String, example: String) {
        self.key = key
        self.label = label
        self.example = example
    }
}

public enum Calculators {
    /// Every calculator, in the order the calculator screen lists them.
    public static let all: [any Calculator.Type] = [
        BLEUCalculator.self,
        ROUGECalculator.self,
        QACalculator.self,
        CosineCalculator.self,
        PerplexityCalculator.self,
        SamplingCalculator.self,
        EloCalculator.self,
        LoRACalculator.self,
        VRAMCalculator.self,
        CFGCalculator.self,
        DDPMCalculator.self,
        AttentionCalculator.self,
        ChunksCalculator.self,
    ]

    public static var names: [String] { all.map { $0.name } }

    public static func named(_ name: String) -> (any Calculator.Type)? {
        all.first { $0.name == name.lowercased() }
    }

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        guard let calculator = named(call.name) else { throw .unknownCalculator(call.name) }
        return try calculator.evaluate(call)
    }

    /// The working example call that a calculator's form starts with.
    public static func exampleCall(for calculator: any Calculator.Type) -> CalcCall {
        CalcCall(name: calculator.name, arguments: calculator.fields.map { ($0.key, $0.example) })
    }
}
