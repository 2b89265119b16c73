/// A parsed JSON or YAML value that remembers where it was written, so that
/// content errors can say `file:line:column`.
public struct SourceNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([SourceNode])
        /// Members in file order; a key may appear twice (reported by readers).
        case object([(key: String, keyPosition: SourcePosition, value: SourceNode)])
    }

    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }

    public subscript(key: String) -> SourceNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var string: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    public var number: Double? {
        if case .number(let x) = value { return x }
        return nil
    }

    public var array: [SourceNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    public var members: [(key: String, keyPosition: SourcePosition, value: SourceNode)]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// What kind of value this is, for messages ("expected a string, found a number").
    public var kindName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

/// A 1-based line and column (columns count characters).
public struct SourcePosition: Equatable, Sendable {
    public var line: Int
    public var column: Int
    public static let start = SourcePosition(line: 1, column: 1)
}

/// A parse error located in its file.
public struct SourceParseError: Error, Equatable, Sendable {
    public var position: SourcePosition
    public var message: String
    public init(_ message: String, at position: SourcePosition) {
        self.message = message
        self.position = position
    }
}
