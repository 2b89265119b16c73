import Course
import Foundation
import Testing
@testable import Quiz

/// Grading a drawn template: the truth is right, a mistake's value is wrong and
/// named, anything else is wrong without a name; generated options carry theirs.
@Suite struct TemplateGradingTests {
    @Test func aTypedNumberMatchingAMistakeNamesIt() throws {
        let asked = try TemplateDrawing.draw(TemplateQuestions.elo(), number: 5)
        let variant = try #require(asked.variant)
        let right = try AnswerGrader.grade(.number(variant.truth, typed: "t"), for: asked)
        #expect(right.correct && right.mistake == nil)
        for (index, value) in variant.mistakes.enumerated() {
            let x = try #require(value)
            let grade = try AnswerGrader.grade(.number(x + 0.004, typed: "m"), for: asked)
            #expect(!grade.correct && grade.mistake == index, "mistake \(index) within the tolerance is named")
        }
        let unrelated = try AnswerGrader.grade(.number(variant.truth + 0.2, typed: "u"), for: asked)
        #expect(!unrelated.correct)
        #expect(unrelated.mistake == nil || abs((variant.mistakes[unrelated.mistake!] ?? 9) - (variant.truth + 0.2)) <= 0.005)
    }

    @Test func aNonTemplateNumberNeverNamesAMistake() throws {
        let fixed = Question(id: "n", lesson: "l", domain: "d", difficulty: .easy, stem: "?", options: [], answer: 0,
                             explanation: ".", response: .number(NumberKey(value: 2)))
        #expect(try AnswerGrader.grade(.number(3, typed: "3"), for: fixed).mistake == nil)
    }

    @Test func eachGeneratedOptionButTheKeyNamesItsMistake() throws {
        let asked = try TemplateDrawing.draw(TemplateQuestions.lora(), number: 2)
        let order = try #require(asked.variant?.optionMistakes)
        for index in asked.options.indices {
            let grade = try AnswerGrader.grade(.option(index), for: asked)
            #expect(grade.correct == (index == asked.answer))
            #expect(grade.mistake == order[index])
        }
    }

    @Test func theFeedbackNamesTheMistakeAndShowsTheWorking() throws {
        let asked = try TemplateDrawing.draw(TemplateQuestions.elo(), number: 7)
        let lines = TemplateFeedback.lines(asked, mistake: 1)
        #expect(lines.first == "A known mistake: The scale is 400, not 40.")
        #expect(lines[1] == "The right computation: \(asked.check?.calc ?? "?")")
        #expect(lines.contains { $0.contains("E_A") }, "the calculator's steps: \(lines)")
        #expect(lines.last == "⇒ expected_a = \(CalcFormat.number(asked.variant?.truth ?? 0, digits: 3))")
        let lora = try TemplateDrawing.draw(TemplateQuestions.lora(), number: 1)
        let working = TemplateFeedback.lines(lora, mistake: nil)
        #expect(working.count == 1 && working[0].hasPrefix("The right computation: r * (d + d) with r="), "\(working)")
    }
}
