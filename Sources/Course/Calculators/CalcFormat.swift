import Foundation

/// Number formatting shared by every calculator's steps and headline.
public enum CalcFormat {
    /// `x` with at most `digits` decimals, trailing zeros dropped (`0.5`, `37.9918`).
    public static func number(_ x: Double, digits: Int = 4) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "−∞") }
        if x != 0 && abs(x) < pow(10, Double(-digits)) {
            return String(format: "%.\(max(1, digits - 1))e", x)
        }
        var text = String(format: "%.\(digits)f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
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
