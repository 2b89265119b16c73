import Testing
@testable import Course

/// The tokenizers restated literally (Python semantics on code-point arrays,
/// one pass per regular expression), to check the byte-level implementation on
/// many random strings built from the characters that interact.
enum TokenizerOracle {
    typealias Text = [Unicode.Scalar]

    static func replace(_ s: Text, _ pattern: String, _ replacement: String) -> Text {
        let p = Array(pattern.unicodeScalars), r = Array(replacement.unicodeScalars)
        var out: Text = [], i = 0
        while i < s.count {
            if i + p.count <= s.count && Array(s[i..<(i + p.count)]) == p {
                out += r
                i += p.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    /// `re.sub('(A)(B)', template)` for single-character classes A and B.
    static func substitutePairs(_ s: Text, _ a: (Unicode.Scalar) -> Bool, _ b: (Unicode.Scalar) -> Bool, _ template: (Unicode.Scalar, Unicode.Scalar) -> Text) -> Text {
        var out: Text = [], i = 0
        while i < s.count {
            if i + 1 < s.count && a(s[i]) && b(s[i + 1]) {
                out += template(s[i], s[i + 1])
                i += 2
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    static func split(_ s: Text) -> [String] {
        var tokens: [String] = [], current = String.UnicodeScalarView()
        for c in s {
            if PythonText.isWhitespace(c) {
                if !current.isEmpty { tokens.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    static func rstripped(_ text: String) -> Text {
        var s = Array(text.unicodeScalars)
        while let last = s.last, PythonText.isWhitespace(last) { s.removeLast() }
        return s
    }

    static func mteval13a(_ text: String) -> [String] {
        var s = rstripped(text)
        s = replace(s, "<skipped>", "")
        s = replace(s, "-\n", "")
        s = replace(s, "\n", " ")
        if s.contains("&") {
            s = replace(s, "&quot;", "\"")
            s = replace(s, "&amp;", "&")
            s = replace(s, "&lt;", "<")
            s = replace(s, "&gt;", ">")
        }
        s = [" "] + s + [" "]
        let symbols = Set(##" !"#$%&()*+/:;<=>?@[\]^_`{|}~"##.unicodeScalars)
        s = s.flatMap { symbols.contains($0) ? [" ", $0, " "] : [$0] }
        let digit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let periodOrComma: (Unicode.Scalar) -> Bool = { $0 == "." || $0 == "," }
        s = substitutePairs(s, { !digit($0) }, periodOrComma) { [$0, " ", $1, " "] }
        s = substitutePairs(s, periodOrComma, { !digit($0) }) { [" ", $0, " ", $1] }
        s = substitutePairs(s, digit, { $0 == "-" }) { [$0, " ", $1, " "] }
        return split(s)
    }

    static func international(_ text: String) -> [String] {
        var s = rstripped(text)
        func category(_ c: Unicode.Scalar) -> IntlCharacter.Kind { IntlCharacter.kind(of: c.value) }
        s = substitutePairs(s, { category($0) != .number }, { category($0) == .punctuation }) { [$0, " ", $1, " "] }
        s = substitutePairs(s, { category($0) == .punctuation }, { category($0) != .number }) { [" ", $0, " ", $1] }
        s = s.flatMap { category($0) == .symbol ? [" ", $0, " "] : [$0] }
        return split(s)
    }

    static func characters(_ text: String) -> [String] {
        split(rstripped(text).flatMap { [$0, " "] })
    }
}

@Suite struct BLEUTokenizerOracleTests {
    static let pieces = [
        "a", "Bc", "1", "9", ".", ",", "-", "'", " ", "  ", "\t", "\n", "\r", "<skipped>", "<skip", "ped>", "&amp;",
        "&lt;", "&gt;", "&quot;", "&", "amp;", "<", ">", "(", ")", "$", "%", "°", "é", "e\u{301}", "€", "«", "»",
        "…", "—", "\u{A0}", "\u{3000}", "\u{2028}", "\u{85}", "\u{1C}", "\u{1F}", "x.y", "3.5", "1,000", "2020.",
        "10-20", "don't", "我", "。", "Σ", "İ", "🤖", "_", "@", "#", "~", "\\", "\"",
    ]

    func randomText(_ rng: inout SeededGenerator) -> String {
        let count = Int(rng.next() % 24)
        return (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
    }

    @Test func matchesTheLiteralPasses() {
        var rng = SeededGenerator(seed: 2024)
        var failures: [String] = []
        for _ in 0..<10_000 {
            let text = randomText(&rng)
            let lowercase = rng.next() % 4 == 0
            let input = lowercase ? PythonText.lowercased(text) : text
            let checks: [(BLEUTokenizer, [String])] = [
                (.mteval13a, TokenizerOracle.mteval13a(input)),
                (.international, TokenizerOracle.international(input)),
                (.characters, TokenizerOracle.characters(input)),
                (.whitespace, TokenizerOracle.split(TokenizerOracle.rstripped(input))),
            ]
            for (tokenizer, expected) in checks {
                let actual = tokenizer.tokens(text, lowercase: lowercase)
                let same = actual.count == expected.count
                    && zip(actual, expected).allSatisfy { $0.unicodeScalars.elementsEqual($1.unicodeScalars) }
                if !same && failures.count < 10 { failures.append("\(tokenizer) \(text.debugDescription): \(actual) vs \(expected)") }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }
}
