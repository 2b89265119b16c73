import Testing
@testable import Course

enum RandomText {
    static let words = [
        "the", "cat", "sat", "on", "mat", "model", "trained", "3.5", "1,000", "2020.", "don't", "well-known",
        "Tiếng", "Việt", "我们", "ΟΔΟΣ", "İstanbul", "(a)", "b,", "x.y", "&amp;", "50%", "$5", "°C", "running",
        "connections", "happily", "news", "skies", "a", "an", "e\u{301}", "—", "“quote”",
    ]

    static func sentence(_ rng: inout SeededGenerator, words count: Int) -> String {
        (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
    }
}

@Suite struct TextMetricPropertyTests {
    @Test func bleuOfASentenceAgainstItselfIs100() throws {
        var rng = SeededGenerator(seed: 7)
        for trial in 0..<200 {
            let text = RandomText.sentence(&rng, words: 4 + trial % 20)
            for tokenizer in BLEUTokenizer.allCases {
                // 13a and intl may split a word into several tokens; any sentence of
                // four or more words has at least four tokens.
                let result = try BLEU.sentence(hypothesis: text, references: [text], options: BLEUOptions(tokenizer: tokenizer))
                #expect(abs(result.score - 100) < 1e-9, "\(tokenizer) \(text)")
                let textbook = try BLEU.sentence(
                    hypothesis: text, references: [text], options: BLEUOptions(tokenizer: tokenizer, textbook: true))
                #expect(abs(textbook.score - 100) < 1e-9)
            }
        }
    }

    @Test func rougeOfATextAgainstItselfIsOne() {
        var rng = SeededGenerator(seed: 11)
        for trial in 0..<200 {
            var text = RandomText.sentence(&rng, words: 2 + trial % 15) + " word"
            if trial % 3 == 0 { text += "\n" + RandomText.sentence(&rng, words: 3) }
            for stem in [false, true] {
                let result = ROUGE.score(hypothesis: text, reference: text, useStemmer: stem)
                for score in [result.rouge1, result.rouge2, result.rougeL, result.rougeLsum] {
                    #expect(score.precision == 1 && score.recall == 1 && score.fmeasure == 1, "\(text)")
                }
            }
        }
    }

    @Test func f1IsSymmetric() throws {
        var rng = SeededGenerator(seed: 13)
        for trial in 0..<300 {
            let a = RandomText.sentence(&rng, words: trial % 8)
            let b = RandomText.sentence(&rng, words: (trial / 8) % 8)
            let ab = try QA.evaluate(prediction: a, truths: [b])
            let ba = try QA.evaluate(prediction: b, truths: [a])
            #expect(ab.f1 == ba.f1)
            #expect(ab.simpleF1 == ba.simpleF1)
            #expect(ab.exactMatch == ba.exactMatch)
        }
    }

    @Test func corpusStatisticsDoNotDependOnTheSplit() throws {
        var rng = SeededGenerator(seed: 17)
        let hypotheses = (0..<5000).map { _ in RandomText.sentence(&rng, words: Int(rng.next() % 30)) }
        let references = (0..<5000).map { _ in RandomText.sentence(&rng, words: Int(rng.next() % 30)) }
        let h = TextLines(hypotheses), r = [TextLines(references)]
        let options = BLEUOptions()
        let one = try BLEU.statistics(hypotheses: h, references: r, options: options, chunks: 1)
        for chunks in [2, 7, 64] {
            #expect(try BLEU.statistics(hypotheses: h, references: r, options: options, chunks: chunks) == one)
        }
        #expect(try BLEU.statistics(hypotheses: h, references: r) == one)
        var summed = BLEUStatistics(maxOrder: 4)
        for i in 0..<hypotheses.count {
            summed.add(try BLEU.statistics(hypotheses: TextLines([hypotheses[i]]), references: [TextLines([references[i]])]))
        }
        #expect(summed == one)
    }
}
