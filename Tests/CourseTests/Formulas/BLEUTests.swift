import Testing
@testable import Course

@Suite struct BLEUTokenizerTests {
    @Test func mteval13a() {
        let t = BLEUTokenizer.mteval13a
        #expect(t.tokens("It costs 3.5 or 1,000 in 2020.") == ["It", "costs", "3.5", "or", "1,000", "in", "2020", "."])
        #expect(t.tokens("don't stop well-known 10-20") == ["don't", "stop", "well-known", "10", "-", "20"])
        #expect(t.tokens("Tom &amp; Jerry &lt;3 &quot;x&quot;") == ["Tom", "&", "Jerry", "<", "3", "\"", "x", "\""])
        #expect(t.tokens("a <skipped> b well-\nknown") == ["a", "b", "wellknown"])
        #expect(t.tokens("(a) b, c. d") == ["(", "a", ")", "b", ",", "c", ".", "d"])
    }

    @Test func international() {
        let t = BLEUTokenizer.international
        #expect(t.tokens("don't") == ["don", "'", "t"])
        #expect(t.tokens("25°C costs $5") == ["25", "°", "C", "costs", "$", "5"])
        #expect(t.tokens("up 50%") == ["up", "50%"])  // no padding: a final % after a digit stays
        #expect(t.tokens("In 2020.") == ["In", "2020."])
        #expect(t.tokens("«Bonjour», dit-il") == ["«", "Bonjour", "»", ",", "dit", "-", "il"])
    }

    @Test func charactersAndWhitespace() {
        #expect(BLEUTokenizer.characters.tokens("ab c\u{301}") == ["a", "b", "c", "\u{301}"])
        #expect(BLEUTokenizer.whitespace.tokens("a\u{1C}b\u{A0}c\u{3000}d\u{2028}e  ") == ["a", "b", "c", "d", "e"])
        #expect(BLEUTokenizer.whitespace.tokens("a\u{200B}b") == ["a\u{200B}b"])  // zero-width space is not whitespace
    }

    @Test func lowercaseFollowsPython() {
        #expect(BLEUTokenizer.whitespace.tokens("ΟΔΟΣ ΣΑΣ Σ", lowercase: true) == ["οδος", "σας", "σ"])
        #expect(BLEUTokenizer.whitespace.tokens("İ KIŞ", lowercase: true) == ["i\u{307}", "kiş"])
    }

    @Test func namesRoundTrip() throws {
        for tokenizer in BLEUTokenizer.allCases { #expect(try BLEUTokenizer(name: tokenizer.name) == tokenizer) }
        #expect(throws: FormulaError.self) { try BLEUTokenizer(name: "zh") }
    }
}

@Suite struct BLEUTests {
    @Test func precomposedAndCombiningSpellingsAreDifferentTokens() throws {
        let result = try BLEU.sentence(hypothesis: "Vi\u{1EC7}t Nam", references: ["Vie\u{323}\u{302}t Nam"])
        #expect(result.statistics.matches[0] == 1)
    }

    @Test func emptyHypothesisAndReference() throws {
        let emptyHypothesis = try BLEU.sentence(hypothesis: "", references: ["a b"])
        #expect(emptyHypothesis.score == 0 && emptyHypothesis.brevityPenalty == 0)
        let emptyReference = try BLEU.sentence(hypothesis: "a b", references: [""])
        #expect(emptyReference.score == 0 && emptyReference.brevityPenalty == 1 && emptyReference.referenceLength == 0)
    }

    @Test func effectiveOrderDefaultsDependOnTheLevel() throws {
        let sentence = try BLEU.sentence(hypothesis: "a b c", references: ["a b c"])
        #expect(sentence.score > 99.999 && sentence.orderUsed == 3 && sentence.options.effectiveOrder == true)
        let corpus = try BLEU.corpus(hypotheses: ["a b c"], references: [["a b c"]])
        #expect(corpus.score == 0 && corpus.options.effectiveOrder == false)
    }

    @Test func invalidInputThrows() {
        #expect(throws: FormulaError.self) { try BLEU.sentence(hypothesis: "a", references: []) }
        #expect(throws: FormulaError.self) { try BLEU.corpus(hypotheses: ["a", "b"], references: [["a"]]) }
        #expect(throws: FormulaError.self) { try BLEU.corpus(hypotheses: [], references: [[]]) }
        #expect(throws: FormulaError.self) { try BLEU.sentence(hypothesis: "a", references: ["a"], options: BLEUOptions(maxOrder: 5)) }
        #expect(throws: FormulaError.self) { try BLEU.sentence(hypothesis: "a", references: ["a"], options: BLEUOptions(maxOrder: 0)) }
        #expect(throws: FormulaError.self) {
            try BLEU.sentence(hypothesis: "a", references: ["a"], options: BLEUOptions(smoothing: .floor(-1)))
        }
        #expect(throws: FormulaError.self) { try BLEUSmoothing(name: "exp", value: 0.1) }
        #expect(throws: FormulaError.self) { try BLEUSmoothing(name: "method7") }
    }

    /// The dictionary path (segments with 65,535+ distinct tokens) agrees with the packed keys.
    @Test func dictionaryPathMatchesPackedKeys() throws {
        let golden = BLEUGoldenTests.cases.filter { !$0.options.textbook }
        #expect(!golden.isEmpty)
        for item in golden {
            let options = BLEUOptions(
                tokenizer: try BLEUTokenizer(name: item.options.tokenize), lowercase: item.options.lowercase,
                maxOrder: item.options.max_n)
            var packed = BLEUStatistics(maxOrder: options.maxOrder), dictionary = packed
            let fast = BLEUSegmentCounter(options: options)
            let slow = BLEUSegmentCounter(options: options, packedLimit: 0)
            for (i, hypothesis) in item.hypotheses.enumerated() {
                let hyp = Array(hypothesis.utf8)
                let refs = item.references.map { Array($0[i].utf8) }
                hyp.withUnsafeBufferPointer { h in
                    let pointers = refs.map { $0.withUnsafeBufferPointer { $0 } }
                    fast.add(hypothesis: h, references: pointers, to: &packed)
                    slow.add(hypothesis: h, references: pointers, to: &dictionary)
                }
            }
            #expect(packed == dictionary, "\(item.name)")
        }
    }

    @Test func manyDistinctTokensTakeTheDictionaryPath() throws {
        let words = (0..<70_000).map { "w\($0)" }
        let hypothesis = words.joined(separator: " ")
        let reference = words.dropFirst(10).joined(separator: " ")
        let result = try BLEU.sentence(hypothesis: hypothesis, references: [reference], options: BLEUOptions(tokenizer: .whitespace))
        #expect(result.statistics.matches == [69_990, 69_989, 69_988, 69_987])
        #expect(result.statistics.totals == [70_000, 69_999, 69_998, 69_997])
    }
}

@Suite struct TextLinesTests {
    @Test func splitsLikePythonNewlineMode() throws {
        let lines = try TextLines(utf8: Array("a\r\nb\n\nc".utf8))
        #expect(lines.count == 4)
        #expect(lines[0] == "a\r" && lines[2] == "" && lines[3] == "c")
        #expect(try TextLines(utf8: Array("a\n".utf8)).count == 1)
        #expect(try TextLines(utf8: []).count == 0)
    }

    @Test func rejectsInvalidUTF8WithTheLine() {
        #expect(throws: FormulaError.invalidInput("line 2 is not valid UTF-8")) {
            try TextLines(utf8: Array("ok\nbad \u{1}".utf8).dropLast() + [0xFF])
        }
    }
}

@Suite struct PythonTextTests {
    @Test func whitespaceSet() {
        for v: UInt32 in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] {
            #expect(PythonText.isWhitespace(v), "\(v)")
        }
        for v: UInt32 in [0x00, 0x08, 0x21, 0x180E, 0x200B, 0xFEFF, 0x2060] {
            #expect(!PythonText.isWhitespace(v), "\(v)")
        }
    }

    @Test func lowercase() {
        #expect(PythonText.lowercased("ΟΔΟΣ.") == "οδος.")
        #expect(PythonText.lowercased("Σ") == "σ")
        #expect(PythonText.lowercased("ΑΣ\u{301}Β") == "ασ\u{301}β")
        #expect(PythonText.lowercased("İ").unicodeScalars.map(\.value) == [0x69, 0x307])
        #expect(PythonText.lowercased("\u{212A}") == "k")
    }

    @Test func rstripAndSplit() {
        let bytes = Array("a b\u{3000}\t\u{85}".utf8)
        let end = bytes.withUnsafeBufferPointer { PythonText.rstrippedEnd($0, start: 0, end: $0.count) }
        #expect(end == 3)
        #expect(PythonText.split(" a\u{1F}b  c ") == ["a", "b", "c"])
    }
}

@Suite struct UTF8ValidationTests {
    /// The validator agrees with the standard library's on random and edge-case bytes.
    @Test func agreesWithTheStandardLibrary() {
        var rng = SeededGenerator(seed: 99)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90]
        var samples: [[UInt8]] = [
            Array("plain ASCII text long enough for the fast path".utf8), Array("Tiếng Việt 我們 🤖".utf8),
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0xC0, 0xAF], [0xF0, 0x9F, 0xA4, 0x96],
        ]
        for _ in 0..<20_000 {
            let count = Int(rng.next() % 12)
            samples.append((0..<count).map { _ in
                rng.next() % 3 == 0 ? UInt8(truncatingIfNeeded: rng.next()) : interesting[Int(rng.next() % UInt64(interesting.count))]
            })
        }
        for bytes in samples {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer { UTF8Bytes.isValid($0) } == expected, "\(bytes)")
        }
    }
}
