import Course
import Testing
@testable import dli_tutor

@Suite struct FrameTests {
    @Test func writesAndMarksACutAtTheEdge() {
        var frame = Frame(size: Size(width: 8, height: 3))
        let end = frame.write("hello world", x: 2, y: 0)
        #expect(end == 8)
        #expect(frame.rowText(0) == "  hello…")
        #expect(frame.rowText(1) == "")
        // Drawing (rules, bars) is cut without a mark.
        frame.write("──────────", x: 0, y: 1, clip: .hard)
        #expect(frame.rowText(1) == "────────")
        // A number is never cut: it goes whole, with the space before it.
        frame.write("in 1520", x: 0, y: 2, maxX: 6)
        #expect(frame.rowText(2) == "in…")
    }

    @Test func wideCharactersTakeTwoCellsAndNeverStraddleTheEdge() {
        var frame = Frame(size: Size(width: 5, height: 2))
        frame.write("中文字", x: 0, y: 0, clip: .hard)
        // 中 文 fill four cells; 字 would straddle the edge and becomes a space.
        #expect(frame[0, 0].text == "中")
        #expect(frame[1, 0].isContinuation)
        #expect(frame[2, 0].text == "文")
        #expect(frame[4, 0].text == " ")
        #expect(frame.rowText(0) == "中文")
        frame.write("中文字", x: 0, y: 1)
        #expect(frame.rowText(1) == "中文…")
    }

    @Test func aWideCharacterCutAtTheLeftEdgeKeepsToTheClip() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.write("ab", x: 0, y: 0)
        // 中 starts off the left edge: its visible half would be a space at column 0, but the clip ends there.
        frame.write("中", x: -1, y: 0, maxX: 0)
        #expect(frame.rowText(0) == "ab")
        frame.write("中c", x: -1, y: 0)
        #expect(frame.rowText(0) == " c")
        // A frame without columns has nowhere to put that half (this trapped).
        var empty = Frame(size: Size(width: 0, height: 1))
        #expect(empty.write("中", x: -1, y: 0) == 1)
        #expect(empty.text == "")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(size: Size(width: 6, height: 1))
        frame.write("中文", x: 0, y: 0)
        frame.write("a", x: 1, y: 0)  // the right half of 中
        #expect(frame[0, 0].text == " ")
        #expect(frame[1, 0].text == "a")
        frame.write("b", x: 2, y: 0)  // the left half of 文
        #expect(frame[3, 0].text == " ")
        #expect(frame.rowText(0) == " ab")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var frame = Frame(size: Size(width: 12, height: 1))
        // "Việt" written with a decomposed ệ (e + U+0323 + U+0302): four columns.
        let decomposed = "Vi\u{0065}\u{0323}\u{0302}t"
        let end = frame.write(decomposed, x: 0, y: 0)
        #expect(end == 4)
        #expect(frame[2, 0].text == "e\u{0323}\u{0302}")
        #expect(frame[3, 0].text == "t")
    }

    @Test func controlCharactersTakeNoCell() {
        var frame = Frame(size: Size(width: 6, height: 1))
        frame.write("a\u{7}b\tc", x: 0, y: 0)
        #expect(frame.rowText(0) == "abc")
    }

    @Test func fillAndBlitKeepTheGridValid() {
        var frame = Frame(size: Size(width: 6, height: 2))
        frame.write("中文中", x: 0, y: 0)
        frame.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: Palette.selection)
        #expect(frame[0, 0].text == " ")
        #expect(frame[3, 0].text == " ")
        var source = Frame(size: Size(width: 3, height: 1))
        source.write("ab", x: 0, y: 0)
        frame.blit(source, fromRow: 0, rows: 1, to: Point(x: 2, y: 1))
        #expect(frame.rowText(1) == "  ab")
    }

    @Test func diffReportsOnlyChangedCells() {
        var old = Frame(size: Size(width: 10, height: 3))
        old.write("unchanged", x: 0, y: 0)
        var new = old
        #expect(FrameDiff(from: old, to: new).runs.isEmpty)
        new.write("X", x: 4, y: 1)
        new.write("中", x: 6, y: 2, style: Palette.match)
        let diff = FrameDiff(from: old, to: new)
        #expect(diff.runs.count == 2)
        #expect(diff.runs[0] == FrameDiff.Run(x: 4, y: 1, style: .plain, cells: ["X"]))
        #expect(diff.runs[1].cells == ["中", ""])
        #expect(!diff.runs[1].isASCII)
        #expect(FrameDiff(from: nil, to: new).changedCells == 30)
        #expect(FrameDiff(from: Frame(size: Size(width: 9, height: 3)), to: new).changedCells == 30)
    }
}

@Suite struct TextFieldTests {
    /// Applies one key; true when the field used it.
    private func press(_ field: inout TextField, _ key: Key) -> Bool { field.handle(key) }

    @Test func editsByGraphemeCluster() {
        var field = TextField("Việt")
        #expect(field.cursor == 4)
        #expect(press(&field, .backspace))
        #expect(field.text == "Việ")
        #expect(press(&field, .left))
        #expect(press(&field, .char("中")))
        #expect(field.text == "Vi中ệ")
        #expect(field.cursor == 3)
        #expect(press(&field, .home))
        #expect(press(&field, .delete))
        #expect(field.text == "i中ệ")
        #expect(press(&field, .end))
        #expect(field.cursor == 3)
        #expect(!press(&field, .tab))
    }

    @Test func aCombiningMarkJoinsTheLetterBeforeIt() {
        var field = TextField("e")
        field.insert("\u{0301}")  // combining acute
        #expect(field.text == "é")
        #expect(field.text.count == 1)
        #expect(field.cursor == 1)
    }

    @Test func deletesWordsAndEnds() {
        var field = TextField("top_k 40 top_p")
        #expect(press(&field, .ctrl("w")))
        #expect(field.text == "top_k 40 ")
        #expect(press(&field, .ctrl("w")))
        #expect(field.text == "top_k ")
        #expect(press(&field, .ctrl("a")))
        #expect(press(&field, .ctrl("k")))
        #expect(field.text == "")
        #expect(press(&field, .left))
        #expect(field.cursor == 0)
    }

    @Test func scrollsSoTheCursorStaysVisible() {
        let field = TextField("中文中文中文")  // 12 columns, cursor at the end
        var frame = Frame(size: Size(width: 8, height: 1))
        field.draw(into: &frame, x: 0, y: 0, width: 8, style: .plain, focused: true)
        #expect(frame.cursor == Point(x: 6, y: 0))
        #expect(frame.rowText(0) == "文中文")
    }
}

@Suite struct TextFitTests {
    @Test func wrapsByDisplayWidth() {
        #expect(TextFit.wrap("中文 中文 中文", width: 9) == ["中文 中文", "中文"])
        #expect(TextFit.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextFit.wrap("a\n\nb", width: 4) == ["a", "", "b"])
    }

    @Test func truncatesWithAnEllipsis() {
        #expect(TextFit.truncate("Transformers", to: 6) == "Trans…")
        #expect(TextFit.truncate("注意力机制", to: 6) == "注意…")
        #expect(DisplayWidth.of(TextFit.truncate("注意力机制", to: 6)) <= 6)
    }
}
