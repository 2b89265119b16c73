/// Why an `FSRSScheduler` could not be made from the settings given.
public enum FSRSSchedulerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// FSRS-6 has exactly 21 parameters (w0…w20); the count given.
    case wrongParameterCount(Int)
    /// The parameter at this index is NaN or infinite.
    case parameterNotFinite(index: Int)
    /// The parameter at this index lies outside py-fsrs's bounds for it.
    case parameterOutOfBounds(index: Int, value: Double, lower: Double, upper: Double)
    /// The desired retention is not strictly between 0 and 1.
    case retentionOutOfRange(Double)
    /// A learning or relearning step is not a positive, finite number of seconds.
    case invalidStep(kind: String, seconds: Double)
    /// The maximum interval is below one day or above `FSRSScheduler.maximumIntervalLimit`.
    case invalidMaximumInterval(Int)

    public var description: String {
        switch self {
        case .wrongParameterCount(let count):
            return "FSRS-6 needs \(FSRSScheduler.defaultParameters.count) parameters (w0…w20), got \(count)"
        case .parameterNotFinite(let index):
            return "parameter w\(index) is not a finite number"
        case let .parameterOutOfBounds(index, value, lower, upper):
            return "parameter w\(index) = \(value) is outside its range [\(lower), \(upper)]"
        case .retentionOutOfRange(let retention):
            return "desired retention must be strictly between 0 and 1, got \(retention)"
        case let .invalidStep(kind, seconds):
            return "\(kind) step \(seconds) s is not a positive number of seconds"
        case .invalidMaximumInterval(let days):
            return "maximum interval must be between 1 and \(FSRSScheduler.maximumIntervalLimit) days, got \(days)"
        }
    }
}
