import Foundation
import Testing
@testable import Course

/// A drawn question: texts filled, the computed truth as its key, the redraw
/// rule, and options generated from the mistakes.
@Suite struct TemplateDrawingTests {
    @Test func aDrawFillsTheTextsAndKeysTheComputedTruth() throws {
        let template = try #require(TemplateFixture.question(TemplateFixture.elo))
        #expect(template.isTemplate)
        let asked = try TemplateDrawing.draw(template, number: 4)
        let variant = try #require(asked.variant)
        #expect(!asked.isTemplate && asked.displayID == "t-1#4")
        let ra = try #require(variant.bindings.first { $0.name == "ra" }?.value.number)
        let rb = try #require(variant.bindings.first { $0.name == "rb" }?.value.number)
        #expect(asked.stem == "A is rated \(Int(ra)) and B \(Int(rb)). A's expected score?")
        let truth = 1 / (1 + pow(10, (rb - ra) / 400))
        #expect(abs(variant.truth - truth) < 1e-12)
        guard case .number(let key) = asked.response else { Issue.record("not a number question"); return }
        #expect(key.value == variant.truth)
        #expect(asked.explanation == "E = \(CalcFormat.number(truth, digits: 3)); the key is \(CalcFormat.number(truth, digits: 3)).")
        #expect(asked.check?.calc == "elo ra=\(Int(ra)) rb=\(Int(rb))")
        #expect(abs((variant.mistakes[0] ?? .nan) - (1 - truth)) < 1e-12)
        #expect(abs((variant.mistakes[1] ?? .nan) - 1 / (1 + pow(10, (rb - ra) / 40))) < 1e-12)
    }

    @Test func aDrawWhereAMistakeGivesTheTruthIsRedrawn() throws {
        // The sign mistake gives 1 − E, which equals E when the ratings are equal.
        let question = try #require(TemplateFixture.question(#"""
            "response": "number", "generate": {"ra": {"int": [1500, 1510], "step": 10}, "rb": {"int": [1500, 1510], "step": 10}},
            "stem": "{ra} {rb}", "check": {"calc": "elo ra={ra} rb={rb}", "field": "expected_a"}, "tolerance": {"abs": 0.001},
            "mistakes": [{"calc": "elo ra={rb} rb={ra}", "field": "expected_a", "says": "Sign."}], "explanation": "."
            """#))
        var redrawn = 0
        for number in 1...100 {
            let (variant, redraws) = try TemplateDrawing.variant(of: question, number: number)
            #expect(variant.bindings[0].value != variant.bindings[1].value, "draw \(number) kept equal ratings")
            if redraws > 0 { redrawn += 1 }
        }
        #expect(redrawn > 20, "about half the first draws have equal ratings: \(redrawn)")
        let problems = TemplateChecker.problems(with: question)
        #expect(problems.count == 1 && problems[0].contains("needed a redraw (more than 10%)"), "\(problems)")
    }

    @Test func aTemplateThatCanNeverBeDrawnSaysWhy() throws {
        let question = try #require(TemplateFixture.question(#"""
            "response": "number", "generate": {"a": {"int": [2, 2]}},
            "stem": "{a}", "check": {"expr": "a * a"},
            "mistakes": [{"expr": "a + a", "says": "Added."}], "explanation": "."
            """#))
        #expect(throws: TemplateDrawing.Failure.self) { try TemplateDrawing.variant(of: question, number: 1) }
        let problems = TemplateChecker.problems(with: question)
        #expect(problems.count == 1 && problems[0].contains("mistake 1 gives the truth"), "\(problems)")
    }

    @Test func generatedOptionsAreTheTruthAndThreeMistakesShuffled() throws {
        let template = try #require(TemplateFixture.question(TemplateFixture.generatedChoice))
        #expect(template.options.isEmpty && template.template?.generatesOptions == true)
        var keyedPositions = Set<Int>()
        for number in 1...40 {
            let asked = try TemplateDrawing.draw(template, number: number)
            let variant = try #require(asked.variant)
            #expect(asked.options.count == 4 && Set(asked.options).count == 4)
            #expect(asked.options[asked.answer] == CalcFormat.number(variant.truth, digits: 0))
            let r = try #require(variant.bindings.first { $0.name == "r" }?.value.number)
            let d = try #require(variant.bindings.first { $0.name == "d" }?.value.number)
            #expect(variant.truth == r * 2 * d)
            for (index, mistake) in (variant.optionMistakes ?? []).enumerated() {
                if let mistake { #expect(asked.options[index] == CalcFormat.number(variant.mistakes[mistake] ?? .nan, digits: 0)) }
            }
            keyedPositions.insert(asked.answer)
        }
        #expect(keyedPositions.count == 4, "the key moves between the options")
    }

    @Test func aVariantRoundTripsThroughJSONWithTheQuestionAsAsked() throws {
        let asked = try TemplateDrawing.draw(try #require(TemplateFixture.question(TemplateFixture.elo)), number: 9)
        let decoded = try JSONDecoder().decode(Question.self, from: JSONEncoder().encode(asked))
        #expect(decoded == asked)
        #expect(decoded.variant?.bindingsText == asked.variant?.bindingsText)
    }
}
