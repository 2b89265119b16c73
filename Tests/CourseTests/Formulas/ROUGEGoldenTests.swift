import Testing
@testable import Course

/// Every vector of `Golden/rouge.json` (rouge-score 0.1.2) and `Golden/porter.json`
/// (nltk 3.10.4 PorterStemmer), from scripts/golden/rouge.py.
@Suite struct ROUGEGoldenTests {
    struct File: Decodable {
        var rouge_score: String
        var cases: [Case]
    }

    struct Score: Decodable {
        var precision: Double
        var recall: Double
        var fmeasure: Double
    }

    struct Case: Decodable, CustomTestStringConvertible {
        var name: String
        var reference: String
        var hypothesis: String
        var stem: Bool
        var expected: [String: Score]
        var testDescription: String { name }
    }

    struct Stems: Decodable {
        var nltk: String
        var stems: [[String]]
    }

    static let cases: [Case] = (try? Golden.load("rouge", as: File.self).cases) ?? []

    @Test func fileCoversTheRequiredCases() throws {
        let file = try Golden.load("rouge", as: File.self)
        #expect(file.rouge_score == "0.1.2")
        #expect(file.cases.count >= 80)
        #expect(file.cases.contains { $0.stem } && file.cases.contains { !$0.stem })
        #expect(file.cases.filter { $0.reference.contains("\n") && $0.hypothesis.contains("\n") }.count >= 10)
    }

    @Test(arguments: cases)
    func matchesRougeScore(_ golden: Case) throws {
        let result = ROUGE.score(hypothesis: golden.hypothesis, reference: golden.reference, useStemmer: golden.stem)
        let scores = ["rouge1": result.rouge1, "rouge2": result.rouge2, "rougeL": result.rougeL, "rougeLsum": result.rougeLsum]
        for (name, expected) in golden.expected {
            let actual = try #require(scores[name])
            #expect(close(actual.precision, expected.precision, relative: 1e-12, floor: 1), "\(name) precision")
            #expect(close(actual.recall, expected.recall, relative: 1e-12, floor: 1), "\(name) recall")
            #expect(close(actual.fmeasure, expected.fmeasure, relative: 1e-12, floor: 1), "\(name) fmeasure")
        }
    }

    @Test func stemsEveryWordLikeNLTK() throws {
        let file = try Golden.load("porter", as: Stems.self)
        #expect(file.nltk == "3.10.4")
        #expect(file.stems.count >= 300)
        var mismatches: [String] = []
        for pair in file.stems where PorterStemmer.stem(pair[0]) != pair[1] {
            mismatches.append("\(pair[0]) → \(PorterStemmer.stem(pair[0])), nltk \(pair[1])")
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
