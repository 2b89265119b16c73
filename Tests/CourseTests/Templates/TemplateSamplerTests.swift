import Foundation
import Testing
@testable import Course

/// Drawing a variable: bounds, steps, decimals, listed values, distinct groups,
/// and the same draw for the same question id and number in every process.
@Suite struct TemplateSamplerTests {
    @Test func intDrawsStayInBoundsOnTheStepGrid() {
        let variable = TemplateVariable(name: "n", kind: .int(low: 1200, high: 2000, step: 50))
        var generator = SeededGenerator(seed: 7)
        var seen = Set<Double>()
        for _ in 0..<2000 {
            guard case .number(let x) = variable.draw(using: &generator) else { Issue.record("not a number"); return }
            #expect((1200...2000).contains(x))
            #expect(Int(x - 1200) % 50 == 0)
            seen.insert(x)
        }
        #expect(seen.count == 17, "every step from 1200 to 2000 is drawn: \(seen.count)")
        #expect(seen.contains(1200) && seen.contains(2000), "both bounds are inclusive")
    }

    @Test func realDrawsAreRoundedToTheirDigits() {
        let variable = TemplateVariable(name: "x", kind: .real(low: 0.1, high: 0.9, digits: 2))
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<1000 {
            let x = variable.draw(using: &generator).number ?? .nan
            #expect((0.1...0.9).contains(x))
            #expect(abs(x * 100 - (x * 100).rounded()) < 1e-9, "\(x) has two decimals")
        }
    }

    @Test func chooseDrawsOnlyListedValues() {
        let values: [TemplateValue] = [.number(16), .text("1,2,3"), .text("the cat sat")]
        let variable = TemplateVariable(name: "v", kind: .choose(values))
        var generator = SeededGenerator(seed: 11)
        var seen: [TemplateValue] = []
        for _ in 0..<300 {
            let value = variable.draw(using: &generator)
            #expect(values.contains(value))
            if !seen.contains(value) { seen.append(value) }
        }
        #expect(seen.count == 3)
    }

    @Test func sameIDAndNumberDrawTheSameVariantAndOthersDiffer() throws {
        let question = try #require(TemplateFixture.question(TemplateFixture.elo))
        let first = try TemplateDrawing.variant(of: question, number: 3).variant
        let again = try TemplateDrawing.variant(of: question, number: 3).variant
        #expect(first == again)
        let others = try (1...20).map { try TemplateDrawing.variant(of: question, number: $0).variant.bindingsText }
        #expect(Set(others).count >= 15, "twenty numbers give mostly different draws: \(others)")
        var renamed = question
        renamed.id = "t-2"
        let elsewhere = try (1...20).map { try TemplateDrawing.variant(of: renamed, number: $0).variant.bindingsText }
        #expect(elsewhere != others, "another id draws other numbers")
    }

    @Test func distinctGroupsNeverDrawEqualValues() throws {
        let question = try #require(TemplateFixture.question(#"""
            "response": "number", "generate": {"a": {"int": [1, 2]}, "b": {"int": [1, 2]}, "distinct": [["a", "b"]]},
            "stem": "{a} {b}", "check": {"expr": "a + 10 * b"}, "explanation": "."
            """#))
        for number in 1...100 {
            let variant = try TemplateDrawing.variant(of: question, number: number).variant
            #expect(variant.bindings[0].value != variant.bindings[1].value)
        }
    }

    @Test func valuesAreWrittenAsInAStem() {
        #expect(TemplateValue.number(1550).text == "1550")
        #expect(TemplateValue.number(0.25).text == "0.25")
        #expect(TemplateValue.number(-3).text == "-3")
        #expect(TemplateValue.text("1,2,3").text == "1,2,3")
    }
}
