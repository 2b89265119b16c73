import Foundation

/// YAML scalars written so any text reads back unchanged.
enum YAMLScalar {
    /// A double-quoted scalar; quotes, backslashes, line breaks and every
    /// non-printable character escaped.
    static func quoted(_ text: String) -> String {
        "\"" + escapes.apply(text) + "\""
    }

    static let escapes = ScalarEscapes.backslash(hidden: { v in
        v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF
    }, uppercaseHex: true)

    /// Whole numbers without a fraction, others in their shortest exact form.
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }
}
