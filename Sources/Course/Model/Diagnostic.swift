/// A problem found while loading content, located as `file:line:column`.
/// Loading returns what loaded plus these; one bad file never hides the rest.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int = 1, column: Int = 1, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

    /// Where something was written.
    public struct Location: Equatable, Sendable {
        public var file: String
        public var line: Int
        public var column: Int
    }

    public init(at location: Location, message: String, severity: Severity = .error) {
        self.init(file: location.file, line: location.line, column: location.column, message: message, severity: severity)
    }
}
