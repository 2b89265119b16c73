import Course
import CNcurses
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

    /// A terminal that goes away without a SIGHUP (a pseudo-terminal that is not
    /// the app's controlling terminal, its other end closed) stops the app as a
    /// hang-up would; it used to spin on the dead input for ever.
    @Test func aTerminalThatHangsUpStopsTheApp() throws {
        var master: Int32 = -1, slave: Int32 = -1
        try #require(dt_open_pty(&master, &slave, 24, 80) == 0)
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-hangup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let content = EndToEndTests.repository.appendingPathComponent("Content").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        let arguments: [String] = [Binary.url.path, "--content", content, "--data-dir", data.path]
        let environment: [String] = ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        try #require(posix_spawn(&pid, Binary.url.path, &actions, nil, argv, envp) == 0)
        close(slave)

        // The first frame, then the terminal goes away.
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(20)
        while !String(decoding: output, as: UTF8.self).contains("Continue reading") && Date() < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        #expect(String(decoding: output, as: UTF8.self).contains("Continue reading"))
        close(master)

        var status: Int32 = 0
        var exited = false
        let stop = Date().addingTimeInterval(20)
        while Date() < stop {
            if waitpid(pid, &status, WNOHANG) == pid { exited = true; break }
            usleep(20_000)
        }
        if !exited {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        #expect(exited, "the app kept running after its terminal went away")
        #expect(!exited || (status & 0x7F == 0 && (status >> 8) & 0xFF == 128 + SIGHUP))
    }
}

/// Defect 11: an emoji that U+FE0F makes two columns wide (`🖼️`) is one column
/// for wcwidth, which curses trusts, and one or two for the terminal. The app
/// writes what follows it by absolute position and puts the cursor back where
/// curses believes it is, so no terminal shifts the rest of the row.
@Suite struct WideEmojiTests {
    @Test func onlyCellsCursesWouldMeasureNarrowerArePlacedAbsolutely() {
        let curses: (String) -> Int = { text in text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FE0F}" ? 0 : ($1.value == 0x1F600 || $1 == "中" ? 2 : 1)) } }
        #expect(DisplayWidth.of("🖼️") == 2)
        #expect(FrameDiff.needsAbsolutePlacement("🖼️", columns: curses))
        #expect(!FrameDiff.needsAbsolutePlacement("😀", columns: curses))
        #expect(!FrameDiff.needsAbsolutePlacement("中", columns: curses))
        #expect(!FrameDiff.needsAbsolutePlacement("a", columns: curses))
    }

    @Test func theEmojiIsFollowedByAnAbsoluteCursorPositionInTheRealApp() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-emoji-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = folder.appendingPathComponent("content/emoji")
        try FileManager.default.createDirectory(at: course.appendingPathComponent("lessons"), withIntermediateDirectories: true)
        try """
            id: emoji
            title: Emoji
            chapters:
              - id: one
                number: 1
                title: One
                weight: 100
            exam:
              questions: 1
              minutes: 5
              pass_percent: 70
              domains:
                - chapter: one
                  questions: 1
            """.write(to: course.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        try "---\nid: l1\ntitle: Pictures\nchapter: one\norder: 1\n---\n# Pictures\n\n| kind | note |\n|---|---|\n| 🖼️ image | framed |\n"
            .write(to: course.appendingPathComponent("lessons/01-l1.md"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(size: Size(width: 60, height: 20))
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "NO_COLOR")
        let result = try terminal.run(Binary.url, arguments: ["--content", folder.appendingPathComponent("content").path,
                                                              "--data-dir", folder.appendingPathComponent("data").path],
                                      environment: environment, typing: [Array("c".utf8), Array("Q".utf8)], pause: 0.8)
        #expect(result.status == 0)
        let deadline = Date().addingTimeInterval(10)
        var output = Data()
        repeat {
            output = terminal.output
            if output.range(of: Data("🖼️".utf8)) != nil && output.suffix(200).contains(0x6C) { break }
            usleep(10_000)
        } while Date() < deadline
        let emoji = try #require(output.range(of: Data("🖼️".utf8)), "the lesson with the emoji was not drawn")
        // Right after the glyph: ESC [ row ; column H, the column one after the glyph's own.
        let after = String(decoding: output[emoji.upperBound...].prefix(12), as: UTF8.self)
        let before = String(decoding: output[..<emoji.lowerBound].suffix(12), as: UTF8.self)
        let placed = try #require(before.firstMatch(of: /\[(\d+);(\d+)H$/), "\(before.debugDescription)")
        let moved = try #require(after.firstMatch(of: /^\u{1B}\[(\d+);(\d+)H/), "\(after.debugDescription)")
        #expect(moved.1 == placed.1 && Int(moved.2) == Int(placed.2)! + 1)
    }
}
