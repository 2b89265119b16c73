import Foundation

/// A typed number: `41943040`, `41,943,040`, `4.194e7`, `-0.5`, `.76`, `−3`,
/// and `76%`, which is 76 when the answer's unit is `%` and 0.76 otherwise.
/// Anything else is not a number (never graded wrong: the learner retypes it).
public enum NumberInput {
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The hint shown with "not a number".
    public static let hint = "type digits, e.g. 41943040, 41,943,040, 4.19e7, -0.5, .76 or 76%"

    public static func parse(_ typed: String, percentUnit: Bool = false) -> Result<Double, Problem> {
        var text = typed.trimmingCharacters(in: .whitespaces)
        text = text.replacingOccurrences(of: "−", with: "-")
        var percent = false
        if text.hasSuffix("%") {
            percent = true
            text.removeLast()
            text = text.trimmingCharacters(in: .whitespaces)
        }
        guard let value = number(text) else {
            return .failure(Problem(description: "'\(typed.trimmingCharacters(in: .whitespaces))' is not a number: \(hint)"))
        }
        return .success(percent && !percentUnit ? value / 100 : value)
    }

    /// A decimal with optional sign, thousands separators in groups of three, and exponent.
    private static func number(_ text: String) -> Double? {
        var rest = Substring(text)
        var sign = ""
        if let first = rest.first, first == "-" || first == "+" {
            sign = String(first)
            rest = rest.dropFirst()
        }
        let exponentStart = rest.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = exponentStart.map { rest[..<$0] } ?? rest
        let exponent = exponentStart.map { rest[rest.index(after: $0)...] }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        guard let digits = wholeDigits(whole) else { return nil }
        var literal = sign + (digits.isEmpty ? "0" : digits) + (parts.count == 2 ? "." + fraction : "")
        if let exponent {
            var e = exponent
            if let first = e.first, first == "-" || first == "+" { e = e.dropFirst() }
            guard !e.isEmpty, e.allSatisfy(\.isASCIIDigit) else { return nil }
            literal += "e" + exponent
        }
        guard let value = Double(literal), value.isFinite else { return nil }
        return value
    }

    /// The digits of the whole part, thousands separators (`,`) checked and removed.
    private static func wholeDigits(_ whole: Substring) -> String? {
        guard whole.contains(",") else { return whole.allSatisfy(\.isASCIIDigit) ? String(whole) : nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return groups.joined()
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
