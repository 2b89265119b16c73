import Testing
@testable import Course

/// Every vector of `Golden/bleu.json` (sacrebleu 2.6.0, scripts/golden/bleu.py).
@Suite struct BLEUGoldenTests {
    struct File: Decodable {
        var sacrebleu: String
        var cases: [Case]
    }

    struct Case: Decodable, CustomTestStringConvertible {
        struct Options: Decodable {
            var tokenize: String
            var smooth: String
            var smooth_value: Double?
            var lowercase: Bool
            var effective_order: Bool?
            var max_n: Int
            var textbook: Bool
        }
        struct Expected: Decodable {
            var score: Double
            var precisions: [Double]
            var counts: [Double]
            var totals: [Double]
            var bp: Double
            var sys_len: Int
            var ref_len: Int
        }
        var name: String
        var level: String
        var hypotheses: [String]
        var references: [[String]]
        var options: Options
        var expected: Expected
        var testDescription: String { name }
    }

    static let cases: [Case] = (try? Golden.load("bleu", as: File.self).cases) ?? []

    @Test func fileCoversTheRequiredCases() throws {
        let file = try Golden.load("bleu", as: File.self)
        #expect(file.sacrebleu == "2.6.0")
        #expect(file.cases.count >= 150)
        #expect(Set(file.cases.map(\.options.tokenize)) == ["13a", "intl", "char", "none"])
        #expect(Set(file.cases.map(\.options.smooth)) == ["exp", "floor", "add-k", "none"])
        #expect(Set(file.cases.map(\.options.max_n)) == [1, 2, 3, 4])
        #expect(Set(file.cases.map(\.references.count)) == [1, 2, 3, 4])
        #expect(file.cases.contains { $0.level == "corpus" && $0.options.textbook })
        #expect(file.cases.contains { $0.options.lowercase })
    }

    @Test(arguments: cases)
    func matchesSacrebleu(_ golden: Case) throws {
        let o = golden.options
        let options = BLEUOptions(
            tokenizer: try BLEUTokenizer(name: o.tokenize), lowercase: o.lowercase,
            smoothing: try BLEUSmoothing(name: o.smooth, value: o.smooth_value),
            effectiveOrder: o.effective_order, maxOrder: o.max_n, textbook: o.textbook)
        let result: BLEUResult
        if golden.level == "sentence" {
            result = try BLEU.sentence(
                hypothesis: golden.hypotheses[0], references: golden.references.map { $0[0] }, options: options)
        } else {
            result = try BLEU.corpus(hypotheses: golden.hypotheses, references: golden.references, options: options)
        }
        let e = golden.expected
        #expect(abs(result.score - e.score) <= 1e-9, "score \(result.score) vs \(e.score)")
        #expect(result.precisions.count == e.precisions.count)
        for (a, b) in zip(result.precisions, e.precisions) { #expect(abs(a - b) <= 1e-9, "precisions \(result.precisions) vs \(e.precisions)") }
        #expect(result.counts == e.counts)
        #expect(result.totals == e.totals)
        #expect(abs(result.brevityPenalty - e.bp) <= 1e-9, "bp \(result.brevityPenalty) vs \(e.bp)")
        #expect(result.hypothesisLength == e.sys_len)
        #expect(result.referenceLength == e.ref_len)
    }
}
