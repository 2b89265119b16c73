import Foundation

/// A JSON value whose objects keep their keys in insertion order, so that the
/// `--json` output of every command has stable, readable keys.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Numbers are equal by value whether written as integers or not; a boolean
    /// equals only a boolean (`true` is not `1`).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.number(a), .number(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.number(a), .integer(b)), let (.integer(b), .number(a)): return a == Double(b)
        default: return false
        }
    }

    /// The member at `key` of an object, or the element at a decimal index of an array.
    public subscript(key: String) -> JSONValue? {
        switch self {
        case .object(let members): return members.first { $0.0 == key }?.1
        case .array(let items):
            guard let index = Int(key), items.indices.contains(index) else { return nil }
            return items[index]
        default: return nil
        }
    }

    /// Follows a dotted path such as `rouge1.fmeasure` or `precisions.3`.
    public func value(atPath path: String) -> JSONValue? {
        var current: JSONValue? = self
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            current = current?[String(part)]
        }
        return current
    }

    public var doubleValue: Double? {
        switch self {
        case .number(let x): return x
        case .integer(let n): return Double(n)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// Compact JSON text (one line), numbers in their shortest round-trip form.
    public func serialized() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let n): out += String(n)
        case .number(let x): out += JSONValue.format(x)
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += ", " }
                JSONValue.writeString(key, to: &out)
                out += ": "
                value.write(to: &out)
            }
            out += "}"
        }
    }

    /// JSON has no NaN or infinity; they become `null`. Integral doubles keep a `.0`
    /// so readers see a float where the field is a float.
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded(), abs(x) < 1e16 { return String(format: "%.1f", x) }
        return "\(x)"
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static let stringEscapes = ScalarEscapes.backslash(hidden: { $0 < 0x20 }, uppercaseHex: false)

    static func writeString(_ s: String, to out: inout String) {
        out += "\"" + stringEscapes.apply(s) + "\""
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
}

extension JSONValue {
    public static func numbers(_ xs: [Double]) -> JSONValue { .array(xs.map { .number($0) }) }
    public static func integers(_ xs: [Int]) -> JSONValue { .array(xs.map { .integer($0) }) }
}
