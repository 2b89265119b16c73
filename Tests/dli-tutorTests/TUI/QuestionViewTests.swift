import Course
import Foundation
import Quiz
import Testing
@testable import dli_tutor

/// Questions laid out by display width: wide and combining characters, code
/// blocks and long options never overflow the columns given.
@Suite struct QuestionViewTests {
    @Test(arguments: [24, 40, 80]) func everyLineFitsItsWidth(width: Int) throws {
        for question in StudyFixtures.questions + StudyFixtures.formQuestions {
            let wrong: Answer? = question.response.hasOptions ? .option((question.answer + 1) % question.options.count) : nil
            let layouts = [
                QuestionView.asking(AnswerInput(question: question, confidenceMarking: true), width: width),
                QuestionView.answered(question, answer: wrong, correct: false, width: width),
            ]
            for layout in layouts {
                for line in layout.lines {
                    #expect(DisplayWidth.of(line.text) <= width, "\(question.id) at \(width): \(line.text)")
                }
                #expect(layout.optionRows.count == question.options.count)
            }
        }
    }

    @Test func wideCharactersTakeTwoCellsAndCombiningMarksNone() throws {
        let question = try #require(StudyFixtures.questions.first { $0.id == "s-003" })
        let layout = QuestionView.asking(AnswerInput(question: question, confidenceMarking: false), width: 30)
        var frame = Frame(size: Size(width: 30, height: layout.lines.count))
        RichText.draw(layout.lines, into: &frame, in: frame.bounds)
        let text = frame.text
        #expect(text.contains("Tiếng Việt"))
        #expect(text.contains("注意力"))
        // 注 fills its cell and a continuation cell.
        let row = try #require((0..<frame.height).first { frame.rowText($0).contains("注") })
        let column = try #require((0..<frame.width).first { frame[$0, row].text == "注" })
        #expect(frame[column + 1, row].isContinuation)
        // The first line of the stem is cut at 30 columns by display width, with "ế" one column.
        #expect(DisplayWidth.of(frame.rowText(0)) <= 30)
    }

    @Test func theCursorAndMarksAreSymbolsNotOnlyColours() {
        let question = Question(id: "p", lesson: "l", domain: "d", difficulty: .easy, stem: "Pick one.",
                                options: ["`one`", "two", "three"], answer: 0, explanation: "One.")
        var input = AnswerInput(question: question, confidenceMarking: false)
        _ = input.handle(.down)
        _ = input.handle(.down)
        let asking = QuestionView.asking(input, width: 40)
        #expect(asking.lines.map(\.text).contains { $0.hasPrefix("▸   c) three") })
        #expect(asking.lines[asking.optionRows[2]].allSatisfy { $0.background == Palette.selection })
        let text = QuestionView.answered(question, answer: .option(1), correct: false, width: 40).lines.map(\.text)
        #expect(text.contains { $0.hasPrefix("  ✓ a) one") && $0.contains("← correct answer") })
        #expect(text.contains { $0.hasPrefix("  ✗ b) two") && $0.contains("← your answer") })
        #expect(text.contains { $0.hasPrefix("✗ Wrong — the answer is a)") })
    }

    /// Once graded, a cloze's blank shows the key where the line still fits;
    /// a key too wide for its line leaves the blank as it was.
    @Test func aGradedClozeShowsItsKeyWhereItFits() {
        var cloze = Question(id: "c", lesson: "l", domain: "d", difficulty: .easy, stem: "Complete: `x = ____`",
                             options: [], answer: 0, explanation: "Why.")
        cloze.response = .text(TextKey(accept: ["torch.ones(3)"], match: .code))
        let wide = QuestionView.answered(cloze, answer: .text("torch.ones(3)"), correct: true, width: 40)
        #expect(wide.lines.contains { $0.text.contains("x = torch.ones(3)") })
        let narrow = QuestionView.answered(cloze, answer: .text("torch.ones(3)"), correct: true, width: 20)
        #expect(narrow.lines.contains { $0.text.contains("x = ____") })
        #expect(narrow.lines.allSatisfy { DisplayWidth.of($0.text) <= 20 })
    }
}
