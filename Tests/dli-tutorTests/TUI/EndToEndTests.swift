import Course
import Foundation
import Testing

/// tmux on a private socket, driving one pane (session `e2e`).
struct Tmux {
    static var executable: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
    static var isInstalled: Bool { executable != nil }

    let socket = "dli-tutor-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    /// Runs a tmux command and returns what it printed. Spawned and reaped with
    /// `posix_spawn`/`waitpid`, its output going through a file: the server that
    /// `new-session` starts would hold a pipe open, and Foundation's `Process`
    /// can miss the exit of a client whose server lives on.
    @discardableResult
    func run(_ arguments: String...) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let executable = Tmux.executable ?? "/usr/bin/tmux"
        let argv = ([executable, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // A clean signal mask and default handlers, whatever the test runner's thread has.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // A UTF-8 client outside any tmux the tests themselves may run in.
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, &attributes, argv, envp) == 0 else { return "" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// Starts the session running `command` (a shell command line) in a width×height pane.
    func start(_ command: String, width: Int, height: Int) throws {
        try run("new-session", "-d", "-s", "e2e", "-x", String(width), "-y", String(height), command)
    }

    /// Whether the session is still there (its program has not exited).
    var isRunning: Bool {
        ((try? run("list-sessions", "-F", "#{session_name}")) ?? "").split(separator: "\n").contains("e2e")
    }

    /// Waits until the session's program has exited; false on timeout.
    func waitForExit(timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isRunning { return true }
            usleep(50_000)
        }
        return false
    }

    func keys(_ keys: String...) throws {
        for key in keys { try run("send-keys", "-t", "e2e", key) }
    }

    /// Types a literal string (no key names).
    func type(_ text: String) throws { try run("send-keys", "-t", "e2e", "-l", text) }

    func screen() throws -> String { try run("capture-pane", "-p", "-t", "e2e") }

    /// Waits until the pane shows `text`; records the pane when it never does.
    @discardableResult
    func wait(for text: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        try wait(until: "“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) } != nil
    }

    /// Waits until the pane passes `condition` and returns it; records the last
    /// pane (and returns nil) when it never does. A pane is captured while the
    /// program may still be writing, so check everything a step needs at once.
    @discardableResult
    func wait(until description: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation,
              _ condition: (String) -> Bool) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        Issue.record("the pane never showed \(description):\n\(last)", sourceLocation: sourceLocation)
        return nil
    }

    /// Stops the server and removes its socket.
    func kill() {
        _ = try? run("kill-server")
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(folder)/tmux-\(getuid())/\(socket)")
    }
}

/// The real binary in tmux: read a lesson and search it, open a calculator from
/// a calc block and edit a field, quit; then check that SIGTERM restores the terminal.
@Suite(.serialized) struct EndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled course and a lesson of it with a calc block.
    static func lessonWithCalculator() throws -> (Course, Lesson, CalcCall) {
        let folder = CourseLibrary.courseFolders(in: repository.appendingPathComponent("Content").path)
        let course = try #require(folder.first.flatMap { CourseLoader.load(folder: $0).course })
        for lesson in course.lessons {
            let calls = MarkdownParser.parse(lesson.body).calcCalls.compactMap { try? $0.parsed.get() }
            if let call = calls.first(where: { Calculators.named($0.name) != nil }) { return (course, lesson, call) }
        }
        throw CommandError("no lesson with a calculator block")
    }

    struct CommandError: Error { var message: String; init(_ m: String) { message = m } }

    func start(_ tmux: Tmux, data: URL) throws {
        let shell = "env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=\(data.path) TERM=tmux-256color LANG=C.UTF-8 PS1='e2e$ ' bash --norc --noprofile"
        try tmux.start(shell, width: 120, height: 40)
        try tmux.wait(for: "e2e$")
    }

    func launch(_ tmux: Tmux, data: URL) throws {
        let content = Self.repository.appendingPathComponent("Content").path
        let command = "sh -c 'echo $$ > \(data.path)/app.pid; exec \(Binary.url.path) --content \(content) --data-dir \(data.path)'; echo \"exit=$?\""
        try tmux.type(command)
        try tmux.keys("Enter")
        try tmux.wait(for: "Continue reading")
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed (scripts/install-deps --test installs it); end-to-end test skipped"))
    func readSearchCalculateAndQuit() throws {
        let (course, lesson, call) = try Self.lessonWithCalculator()
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let tmux = Tmux()
        defer {
            tmux.kill()
            try? FileManager.default.removeItem(at: data)
        }
        try start(tmux, data: data)
        try launch(tmux, data: data)

        // Lessons → the lesson (the list starts on the first lesson).
        try tmux.keys("l")
        try tmux.wait(for: "Lessons ·")
        let index = try #require(course.lessons.firstIndex(of: lesson))
        for _ in 0..<index { try tmux.keys("j") }
        try tmux.keys("Enter")
        try tmux.wait(for: "\(lesson.order). \(lesson.title)")

        // Search: the prompt counts the hits; Enter keeps them and the header shows them.
        try tmux.keys("/")
        try tmux.type(call.name)
        try tmux.wait(for: "1/")
        try tmux.keys("Enter")
        try tmux.wait(for: "“\(call.name)” 1/")
        try tmux.keys("n")
        try tmux.wait(for: "“\(call.name)” 2/")

        // The first calc block, opened in the calculator screen.
        try tmux.keys("g", "Tab")
        try tmux.wait(for: "Enter opens this block in the calculator")
        try tmux.keys("Enter")
        try tmux.wait(for: "Calculators · \(call.name)")
        try tmux.wait(for: "── Result")
        // Edit the first field: a stray letter is an error shown in place, Backspace fixes it.
        try tmux.keys("End")
        try tmux.type("q")
        try tmux.wait(for: "✗")
        try tmux.wait(for: "Last valid result")
        try tmux.keys("BSpace")
        try tmux.wait(for: "── Result")
        #expect(try !tmux.screen().contains("✗"))

        // Back to the lesson, then quit.
        try tmux.keys("Escape")
        try tmux.wait(for: "\(lesson.order). \(lesson.title)")
        try tmux.keys("Q")
        try tmux.wait(for: "exit=0")
        #expect(try tmux.run("display-message", "-p", "-t", "e2e", "#{alternate_on}").trimmingCharacters(in: .whitespacesAndNewlines) == "0")

        // The progress was saved: the next start offers to continue this lesson.
        try tmux.keys("C-l")
        try launch(tmux, data: data)
        try tmux.wait(until: "“Continue reading” with the lesson") { home in
            home.split(separator: "\n").contains { $0.contains("Continue reading") && $0.contains("\(lesson.order). \(lesson.title)") }
        }
        try tmux.keys("Q")
        try tmux.wait(for: "exit=0")
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed (scripts/install-deps --test installs it); end-to-end test skipped"))
    func sigtermRestoresTheTerminal() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-e2e-term-\(getpid())")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let tmux = Tmux()
        defer {
            tmux.kill()
            try? FileManager.default.removeItem(at: data)
        }
        try start(tmux, data: data)
        try launch(tmux, data: data)
        #expect(try tmux.run("display-message", "-p", "-t", "e2e", "#{alternate_on}").trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        let pidText = try String(contentsOf: data.appendingPathComponent("app.pid"), encoding: .utf8)
        let pid = try #require(Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTERM) == 0)
        try tmux.wait(for: "exit=143")
        #expect(try tmux.run("display-message", "-p", "-t", "e2e", "#{alternate_on}").trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        try tmux.type("clear; stty -a")
        try tmux.keys("Enter")
        // stty's flags, then the shell's next prompt.
        let screen = try #require(try tmux.wait(until: "stty's flags and the prompt after them") { screen in
            screen.contains("icanon") && screen.split(separator: "\n").last?.hasPrefix("e2e$") == true
        })
        let flags = screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
        #expect(flags.contains("icanon"))
        #expect(flags.contains("echo"))
        #expect(!flags.contains("-icanon"))
        #expect(!flags.contains("-echo"))
    }
}
