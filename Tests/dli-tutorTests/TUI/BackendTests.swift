import Foundation
import Testing
@testable import dli_tutor

@Suite struct BackendTests {
    @Test func withoutColourStylesFallBackToAttributes() {
        let shown = Terminal.resolve(Palette.match, in: .none)
        #expect(shown.foreground == nil && shown.background == nil)
        #expect(shown.attributes == Palette.match.monochrome)
        // Every style that means something in colour still means something without it.
        for style in [Palette.selection, Palette.match, Palette.currentMatch, Palette.header, Palette.focus, Palette.error] {
            #expect(!Terminal.resolve(style, in: .none).attributes.isEmpty)
        }
        #expect(Terminal.resolve(Palette.match, in: .none).attributes != Terminal.resolve(Palette.currentMatch, in: .none).attributes)
    }

    @Test func eightColourTerminalsGetBoldInsteadOfBright() {
        let shown = Terminal.resolve(Palette.title, in: .eight)  // bright cyan
        #expect(shown.foreground == TerminalColor.cyan.index)
        #expect(shown.attributes.contains(.bold))
        let sixteen = Terminal.resolve(Palette.title, in: .sixteen)
        #expect(sixteen.foreground == TerminalColor.brightCyan.index)
        #expect(Terminal.resolve(Palette.currentMatch, in: .eight).background == TerminalColor.magenta.index)
    }

    @Test func keysDecodeFromCursesCodes() {
        #expect(KeyDecoder.key(UInt32(Character("q").asciiValue!), isKeyCode: false) == .char("q"))
        #expect(KeyDecoder.key(0x4E2D, isKeyCode: false) == .char("中"))
        #expect(KeyDecoder.key(4, isKeyCode: false) == .ctrl("d"))
        #expect(KeyDecoder.key(13, isKeyCode: false) == .enter)
        #expect(KeyDecoder.key(27, isKeyCode: false) == .escape)
        #expect(KeyDecoder.key(127, isKeyCode: false) == .backspace)
        #expect(KeyDecoder.key(9, isKeyCode: false) == .tab)
        #expect(KeyDecoder.key(0o541, isKeyCode: true) == .backTab)     // KEY_BTAB
        #expect(KeyDecoder.key(0o522, isKeyCode: true) == .pageDown)    // KEY_NPAGE
        #expect(KeyDecoder.key(0o411, isKeyCode: true) == .function(1))  // KEY_F(1)
    }

    /// The app refuses a dumb terminal with one line, and prints its help in a pipe.
    @Test func dumbTerminalsAndPipesGetAClearAnswer() throws {
        let terminal = try PseudoTerminal(size: Size(width: 80, height: 24))
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "dumb"
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-dumb-\(getpid())")
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try terminal.run(Binary.url, arguments: ["--data-dir", data.path], environment: environment)
        #expect(result.status == 1)
        // The pseudo-terminal's reader thread may still be copying what the child wrote.
        let deadline = Date().addingTimeInterval(10)
        var output = ""
        repeat {
            output = String(decoding: terminal.output, as: UTF8.self)
            if output.contains("TERM=dumb") { break }
            usleep(10_000)
        } while Date() < deadline
        #expect(output.contains("TERM=dumb"), "\(output)")
        #expect(!FileManager.default.fileExists(atPath: data.path))  // nothing opened or created
        let piped = try Binary.run(["--data-dir", data.path])
        #expect(piped.status == 0)
        #expect(piped.stdout.contains("USAGE"))
    }
}
