import Course
import Foundation
import Testing
@testable import dli_tutor

/// Questions laid out by display width: wide and combining characters, code
/// blocks and long options never overflow the columns given.
@Suite struct QuestionViewTests {
    @Test(arguments: [24, 40, 80]) func everyLineFitsItsWidth(width: Int) throws {
        for question in StudyFixtures.questions {
            var marks: [Int: QuestionView.Mark] = [question.answer: .correct]
            marks[(question.answer + 1) % question.options.count] = .wrong
            let layout = QuestionView.layout(stem: question.stem + "\n\n" + question.explanation, options: question.options,
                                             width: width, cursor: 0, marks: marks)
            for line in layout.lines {
                #expect(DisplayWidth.of(line.text) <= width, "\(question.id) at \(width): \(line.text)")
            }
            #expect(layout.optionRows.count == question.options.count)
        }
    }

    @Test func wideCharactersTakeTwoCellsAndCombiningMarksNone() throws {
        let question = try #require(StudyFixtures.questions.first { $0.id == "s-003" })
        let layout = QuestionView.layout(stem: question.stem, options: question.options, width: 30, cursor: nil)
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
        let layout = QuestionView.layout(stem: "Pick one.", options: ["`one`", "two", "three"], width: 40, cursor: 2,
                                         marks: [0: .correct, 1: .wrong])
        let text = layout.lines.map(\.text)
        #expect(text.contains { $0.hasPrefix("  ✓ a) one") && $0.contains("← correct answer") })
        #expect(text.contains { $0.hasPrefix("  ✗ b) two") && $0.contains("← your answer") })
        #expect(text.contains { $0.hasPrefix("▸   c) three") })
        #expect(layout.lines.last?.background == Palette.selection)
    }
}
