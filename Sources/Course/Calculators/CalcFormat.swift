import Foundation

/// Number formatting shared by every calculator's steps and headline.
public enum CalcFormat {
    /// `x` with at most `digits` decimals, trailing zeros dropped (`0.5`, `37.9918`).
    /// A value too small for `digits` decimals to show three significant digits is
    /// shown with four (`0.001235`), and below 0.0001 in scientific form (`4.036e-5`),
    /// so a small figure reads the same in every step, headline and chart.
    public static func number(_ x: Double, digits: Int = 4) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "−∞") }
        let magnitude = abs(x)
        if x != 0 && magnitude < 0.1 && magnitude < pow(10, Double(2 - digits)) {
            if magnitude < 1e-4 { return scientific(x) }
            let exponent = Int(floor(log10(magnitude)))
            return fixed(x, decimals: 3 - exponent)
        }
        return fixed(x, decimals: digits)
    }

    /// `x` with `decimals` decimals, trailing zeros dropped.
    private static func fixed(_ x: Double, decimals: Int) -> String {
        var text = String(format: "%.\(max(0, decimals))f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Four significant digits in scientific form: `4.036e-5`, `1e-12`.
    private static func scientific(_ x: Double) -> String {
        let text = String(format: "%.3e", x)
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else { return text }
        var mantissa = String(text[..<e])
        while mantissa.hasSuffix("0") { mantissa.removeLast() }
        if mantissa.hasSuffix(".") { mantissa.removeLast() }
        return mantissa + "e" + String(exponent)
    }

    /// A number and its unit, singular for exactly 1: `1 bit`, `1.5 bits`, `0 tokens`.
    public static func quantity(_ x: Double, _ singular: String, _ plural: String, digits: Int = 4) -> String {
        let text = number(x, digits: digits)
        return text + " " + (text == "1" ? singular : plural)
    }

    /// An integer with thousands separators: `41,943,040`.
    public static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// A fraction shown as a percentage: `0.7597` → `75.97%`.
    public static func percent(_ fraction: Double, digits: Int = 2) -> String {
        number(fraction * 100, digits: digits) + "%"
    }

    /// Bytes in decimal units: `16.06 GB`, `83.9 MB`.
    public static func bytes(_ count: Double) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var value = count
        var unit = 0
        while abs(value) >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return number(value, digits: unit == 0 ? 0 : 2) + " " + units[unit]
    }

    /// A vector as `[0.1, 0.25, 0.65]`.
    public static func vector(_ xs: [Double], digits: Int = 4) -> String {
        "[" + xs.map { number($0, digits: digits) }.joined(separator: ", ") + "]"
    }
}
