/// Python 3 `str` rules that the reference metrics (sacrebleu, rouge-score,
/// the SQuAD script) depend on: which code points `split()` and `rstrip()` treat
/// as whitespace, and what `lower()` does (full mappings and the final sigma).
/// Everything works on Unicode scalars or UTF-8 bytes, never on `Character`s,
/// because Python compares code points, not grapheme clusters.
enum PythonText {
    /// `str.isspace()` for one code point: bidirectional class WS, B or S, or category Zs.
    /// Unlike Swift's `isWhitespace`, this includes U+001C…U+001F.
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { isWhitespace(scalar.value) }

    /// ASCII bytes that are Python whitespace.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20)
    }

    /// The byte length of the whitespace code point that starts at `i`, or 0 if
    /// the code point there is not whitespace. `bytes` must be valid UTF-8.
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return isASCIIWhitespace(b) ? 1 : 0 }
        switch b {
        case 0xC2:
            guard i + 1 < end else { return 0 }
            let c = bytes[i + 1]
            return c == 0x85 || c == 0xA0 ? 2 : 0
        case 0xE1:
            guard i + 2 < end else { return 0 }
            return bytes[i + 1] == 0x9A && bytes[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < end else { return 0 }
            let c = bytes[i + 1], d = bytes[i + 2]
            if c == 0x80 {
                return (d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF ? 3 : 0
            }
            return c == 0x81 && d == 0x9F ? 3 : 0
        case 0xE3:
            guard i + 2 < end else { return 0 }
            return bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// The end of `bytes[start..<end]` after `str.rstrip()`.
    static func rstrippedEnd(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int {
        var e = end
        while e > start {
            let last = bytes[e - 1]
            if last < 0x80 {
                guard isASCIIWhitespace(last) else { break }
                e -= 1
                continue
            }
            var lead = e - 1
            while lead > start && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let length = whitespaceLength(bytes, at: lead, end: e)
            guard length > 0, length == e - lead else { break }
            e = lead
        }
        return e
    }

    /// `str.split()` with no argument: runs of whitespace separate, empty pieces vanish.
    static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                if !current.isEmpty {
                    pieces.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { pieces.append(String(current)) }
        return pieces
    }

    /// `str.lower()`: full lowercase mappings (`İ` → `i̇`) and the final-sigma rule.
    static func lowercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar)
            } else if v == 0x3A3 {
                out.append(isFinalSigma(scalars, at: i) ? "\u{3C2}" : "\u{3C3}")
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }

    static func lowercased(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: lowercased(Array(text.unicodeScalars)))
        return String(view)
    }

    /// Appends `str.lower()` of valid UTF-8 `bytes` to `out`, with an ASCII fast path.
    static func appendLowercased(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for b in bytes { out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
            return
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: lowercased(Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)))
        out.append(contentsOf: String(view).utf8)
    }

    /// CPython's `handle_capital_sigma`: Σ preceded by a cased letter (skipping
    /// case-ignorables) and not followed by one becomes ς.
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && scalars[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && scalars[j].properties.isCased else { return false }
        j = i + 1
        while j < scalars.count && scalars[j].properties.isCaseIgnorable { j += 1 }
        return j == scalars.count || !scalars[j].properties.isCased
    }
}
