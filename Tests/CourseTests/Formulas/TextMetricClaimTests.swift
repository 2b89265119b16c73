import Foundation
import Testing
@testable import Course

/// The step-3 claim checks of REFERENCES.md §7 (a) and (b), as explicit tests.
@Suite struct TextMetricClaimTests {
    static let hypothesis = "the cat sat on the mat"
    static let references = ["the cat is on the mat", "there is a cat on the mat"]

    func bleu(_ options: BLEUOptions = BLEUOptions()) throws -> BLEUResult {
        try BLEU.sentence(hypothesis: Self.hypothesis, references: Self.references, options: options)
    }

    func rounded(_ x: Double, _ digits: Double = 4) -> Double {
        let scale = pow(10, digits)
        return (x * scale).rounded() / scale
    }

    @Test func claimAClippedCountsLengthsAndBrevityPenalty() throws {
        let result = try bleu()
        #expect(result.statistics.matches == [5, 3, 1, 0])
        #expect(result.statistics.totals == [6, 5, 4, 3])
        #expect(result.hypothesisLength == 6)
        #expect(result.referenceLength == 6)
        #expect(result.brevityPenalty == 1)
    }

    @Test func claimATextbookBLEU4IsZeroNotPoint4647() throws {
        let textbook = try bleu(BLEUOptions(textbook: true))
        #expect(textbook.score == 0)
        #expect(rounded(try bleu(BLEUOptions(maxOrder: 3, textbook: true)).score, 6) == 50)  // BLEU-3 = 0.5
    }

    @Test func claimASacrebleuSmoothingVariants() throws {
        #expect(rounded(try bleu().score) == 37.9918)
        #expect(rounded(try bleu().precisions[3]) == 16.6667)  // 100 / (2 · 3)
        #expect(try bleu(BLEUOptions(smoothing: .none)).score == 0)
        #expect(rounded(try bleu(BLEUOptions(smoothing: .floor(0.1))).score) == 25.4066)
        let addK = try bleu(BLEUOptions(smoothing: .addK(1)))
        #expect(rounded(addK.score) == 48.5492)
        #expect(addK.counts == [5, 4, 2, 1])
        #expect(addK.totals == [6, 6, 5, 4])
    }

    @Test func claimANoVariantGivesPoint4647() throws {
        var scores: [Double] = []
        for smoothing in [BLEUSmoothing.exp, .floor(0.1), .addK(1), .none] {
            for effective in [true, false] {
                scores.append(try bleu(BLEUOptions(smoothing: smoothing, effectiveOrder: effective)).score)
            }
        }
        for n in 1...4 { scores.append(try bleu(BLEUOptions(maxOrder: n, textbook: true)).score) }
        #expect(!scores.contains { abs($0 - 46.47) < 0.01 })
    }

    @Test func claimBTokenF1() throws {
        let prediction = "Barack Obama was the 44th president"
        let truth = "The 44th president was Barack Obama"
        let result = try QA.evaluate(prediction: prediction, truths: [truth])
        #expect(result.simpleF1 == 1.0)  // lowercase + split, not 0.8571
        #expect(result.f1 == 1.0)  // SQuAD-normalised
        #expect(result.exactMatch == false)
        let caseSensitive = QA.tokenF1(prediction: PythonText.split(prediction), truth: PythonText.split(truth))
        #expect(rounded(caseSensitive) == 0.8333)
    }
}
