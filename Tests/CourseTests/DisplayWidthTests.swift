import Testing
@testable import Course

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func vietnameseCombiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of("Tiếng Việt") == 10)
        // Decomposed: e + circumflex + dot below is still one column.
        let decomposed = "Vie\u{0302}\u{0323}t"
        #expect(decomposed.count == 4)
        #expect(DisplayWidth.of(decomposed) == 4)
    }

    @Test func eastAsianWideAndEmojiTakeTwo() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("中文：") == 6)
        #expect(DisplayWidth.of("🎉") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇻🇳") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("❤") == 1)
    }

    @Test func boxDrawingAndMathAreNarrow() {
        #expect(DisplayWidth.of("┌─┐│└┘━") == 7)
        #expect(DisplayWidth.of("∑√·×≤∈ℝαβ") == 9)
    }

    @Test func controlsTakeNoColumn() {
        #expect(DisplayWidth.of("a\u{7}b") == 2)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func clusterWidthsSumToStringWidth() {
        for text in ["Tiếng Việt có dấu", "日本語のテキスト", "👨‍👩‍👧 ok 🇻🇳", "x̂ ᾱ 𝐱", "e\u{301}\u{302}"] {
            #expect(text.reduce(0) { $0 + DisplayWidth.of($1) } == DisplayWidth.of(text), "\(text)")
        }
    }

    @Test func prefixNeverSplitsAClusterOrOverflows() {
        let text = "a日b👍🏽c"
        #expect(DisplayWidth.prefix(text, fitting: 2) == ("a", 1))
        #expect(DisplayWidth.prefix(text, fitting: 3) == ("a日", 3))
        #expect(DisplayWidth.prefix(text, fitting: 5) == ("a日b", 4))
        #expect(DisplayWidth.prefix(text, fitting: 6) == ("a日b👍🏽", 6))
        #expect(DisplayWidth.prefix(text, fitting: 0) == ("", 0))
    }

    @Test func tableIsTheGeneratedOne() {
        // Regenerate with scripts/unicode/generate-width-table.py.
        #expect(!DisplayWidthTable.unicodeVersion.isEmpty)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1100)!) == 2)  // Hangul choseong
        #expect(DisplayWidth.of(Unicode.Scalar(0x1160)!) == 0)  // Hangul jungseong filler
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0xFF21)!) == 2)  // fullwidth A
    }

    @Test func charactersNewerThanTheTableTakeTheirDefaultWidth() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x0378)!) == 1)  // unassigned (Greek block)
        #expect(DisplayWidth.of(Unicode.Scalar(0x11F04)!) == 1)  // Kawi letter A (Unicode 15)
        #expect(DisplayWidth.of(Unicode.Scalar(0x2EBF0)!) == 2)  // CJK extension I (Unicode 15.1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1FAE8)!) == 2)  // shaking face emoji (Unicode 15)
    }
}
