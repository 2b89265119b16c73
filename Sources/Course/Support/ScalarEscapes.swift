import Foundation

/// How one text format escapes text: the scalars it writes another way, and
/// the rule for any others it must hide. One loop serves JSON and YAML strings,
/// HTML text and roff alike; each format is its table.
public struct ScalarEscapes: Sendable {
    public var table: [Unicode.Scalar: String]
    /// A scalar outside the table written another way (a control character as `\u0001`), or nil to keep it.
    public var other: @Sendable (Unicode.Scalar) -> String?

    public init(_ table: [Unicode.Scalar: String], other: @escaping @Sendable (Unicode.Scalar) -> String? = { _ in nil }) {
        self.table = table
        self.other = other
    }

    public func apply(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] ?? other(scalar) {
                out += replacement
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The backslash escapes of a JSON string and a YAML double-quoted scalar;
    /// the scalars `hidden` names as `\uXXXX` (lowercase hex for JSON, upper for YAML).
    public static func backslash(hidden: @escaping @Sendable (UInt32) -> Bool, uppercaseHex: Bool) -> ScalarEscapes {
        ScalarEscapes(["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"]) { scalar in
            hidden(scalar.value) ? String(format: uppercaseHex ? "\\u%04X" : "\\u%04x", scalar.value) : nil
        }
    }

    /// HTML text and attribute values: `&`, `<`, `>` and `"` as entities.
    public static let html = ScalarEscapes(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"])
}
