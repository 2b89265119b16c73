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
        CalcCall(name: calculator.name, arguments: calculator.fields.filter { !$0.example.isEmpty }.map { ($0.key, $0.example) })
    }
}
