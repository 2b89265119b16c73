/// Why a formula could not be evaluated. Every case reads as a sentence a
/// learner can act on; formulas throw these instead of trapping.
public enum FormulaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A calculator argument is required but absent.
    case missingArgument(String)
    /// A calculator argument is present but unusable (name, reason).
    case invalidArgument(String, String)
    /// The inputs are individually fine but do not fit together or break a rule of the formula.
    case invalidInput(String)
    /// The calculator name is not known.
    case unknownCalculator(String)

    public var description: String {
        switch self {
        case .missingArgument(let key): return "missing argument '\(key)'"
        case .invalidArgument(let key, let reason): return "\(key): \(reason)"
        case .invalidInput(let message): return message
        case .unknownCalculator(let name):
            return "unknown calculator '\(name)' (known: \(Calculators.names.joined(separator: ", ")))"
        }
    }
}
