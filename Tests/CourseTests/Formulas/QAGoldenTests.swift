import Testing
@testable import Course

/// Every vector of `Golden/qa.json` (SQuAD v1.1 evaluate script logic, scripts/golden/qa.py).
@Suite struct QAGoldenTests {
    struct File: Decodable {
        var cases: [Case]
    }

    struct Case: Decodable, CustomTestStringConvertible {
        struct Expected: Decodable {
            var exact_match: Bool
            var f1: Double
            var simple_f1: Double
            var normalized_prediction: String
            var normalized_truths: [String]
        }
        var prediction: String
        var truths: [String]
        var expected: Expected
        var testDescription: String { "\(prediction.debugDescription) vs \(truths.debugDescription)" }
    }

    static let cases: [Case] = (try? Golden.load("qa", as: File.self).cases) ?? []

    @Test func fileHasEnoughCases() {
        #expect(QAGoldenTests.cases.count >= 50)
    }

    @Test(arguments: cases)
    func matchesSQuAD(_ golden: Case) throws {
        let result = try QA.evaluate(prediction: golden.prediction, truths: golden.truths)
        #expect(result.exactMatch == golden.expected.exact_match)
        #expect(close(result.f1, golden.expected.f1, relative: 1e-12, floor: 1))
        #expect(close(result.simpleF1, golden.expected.simple_f1, relative: 1e-12, floor: 1))
        #expect(result.normalizedPrediction.unicodeScalars.elementsEqual(golden.expected.normalized_prediction.unicodeScalars))
        #expect(result.normalizedTruths.count == golden.expected.normalized_truths.count)
        for (a, b) in zip(result.normalizedTruths, golden.expected.normalized_truths) {
            #expect(a.unicodeScalars.elementsEqual(b.unicodeScalars), "\(a.debugDescription) vs \(b.debugDescription)")
        }
    }
}
