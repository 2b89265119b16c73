import Testing
@testable import Course

@Suite struct ANSITests {
    let line = StyledLine([StyledSpan("Title", .heading1), StyledSpan(" and "), StyledSpan("link", .link), StyledSpan("x", [.code, .codeKeyword])])

    @Test func plainHasNoEscapes() {
        #expect(ANSI.render(line, mode: .plain) == "Title and linkx")
    }

    /// The app's cell styles (`Style.cellStyle`): a level-1 heading bold bright cyan,
    /// a link underlined bright blue, a keyword bold magenta.
    @Test func colourAndAttributes() {
        #expect(ANSI.render(line, mode: .color) == "\u{1B}[1;96mTitle\u{1B}[0m and \u{1B}[4;94mlink\u{1B}[0m\u{1B}[1;35mx\u{1B}[0m")
    }

    @Test func everyColourHasItsCode() {
        #expect(ANSI.parameters(for: CellStyle(.red), mode: .color) == "31")
        #expect(ANSI.parameters(for: CellStyle(.brightWhite, on: .blue, [.bold, .reverse]), mode: .color) == "1;7;97;44")
        #expect(ANSI.parameters(for: CellStyle(.black, on: .brightBlack, [.dim, .italic]), mode: .color) == "2;3;30;100")
        #expect(ANSI.parameters(for: CellStyle(.green, [.bold], monochrome: [.underline]), mode: .noColor) == "4")
    }

    /// Without colour each role shows its monochrome attributes, as the app does under `NO_COLOR`.
    @Test func noColorKeepsAttributesOnly() {
        let rendered = ANSI.render(line, mode: .noColor)
        #expect(rendered == "\u{1B}[1;4mTitle\u{1B}[0m and \u{1B}[4mlink\u{1B}[0m\u{1B}[1mx\u{1B}[0m")
        for style in Style.allNamed.map(\.1) {
            let codes = ANSI.parameters(for: style.cellStyle, mode: .noColor).split(separator: ";")
            #expect(codes.allSatisfy { Int($0).map { $0 < 30 } ?? false }, "\(style.names)")
        }
    }

    @Test func modeFromEnvironment() {
        #expect(ANSI.mode(isTerminal: false, environment: [:]) == .plain)
        #expect(ANSI.mode(isTerminal: true, environment: ["TERM": "xterm-256color"]) == .color)
        #expect(ANSI.mode(isTerminal: true, environment: ["NO_COLOR": "1"]) == .noColor)
        #expect(ANSI.mode(isTerminal: true, environment: ["NO_COLOR": ""]) == .color)
        #expect(ANSI.mode(isTerminal: true, environment: ["TERM": "dumb"]) == .plain)
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        let evil = StyledLine([StyledSpan("a\u{1B}]0;x\u{7}b\u{9B}c", .strong)])
        for mode in [ANSI.Mode.color, .noColor, .plain] {
            let out = ANSI.render(evil, mode: mode)
            let escapes = out.unicodeScalars.filter { $0 == "\u{1B}" }.count
            #expect(escapes == (mode == .plain ? 0 : 2))
            #expect(!out.unicodeScalars.contains("\u{7}") && !out.unicodeScalars.contains("\u{9B}"))
        }
    }
}
