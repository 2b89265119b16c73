/// A syntax error in a call's text, located by column.
public struct CalcSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var column: Int
    public var message: String
    public var description: String { "column \(column): \(message)" }
}
