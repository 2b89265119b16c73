import Course
import Foundation
import Glibc
import Quiz
import Testing

/// The full-screen app end to end: the real binary in tmux with a fresh data
/// folder. Practise, start an exam, answer some, quit mid-exam, start the
/// binary again, find the exam resumed with the clock still running, submit,
/// see the result; then check the database.
@Suite(.serialized) struct ExamEndToEndTests {
    /// A tmux server of our own (its own socket), one session running the app.
    final class Tmux {
        let socket = "dli-e2e-\(UUID().uuidString.prefix(8))"
        let session = "app"

        /// Runs a tmux client through `/bin/sh` and waits for that client alone
        /// (`waitpid`): starting a session forks the tmux server, which must not
        /// hold anything the test waits on. Returns what the client printed.
        @discardableResult
        func run(_ arguments: [String]) throws -> String {
            let output = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(socket)-\(UUID().uuidString).out")
            defer { try? FileManager.default.removeItem(atPath: output) }
            let command = (["tmux", "-L", socket] + arguments).map(Self.quoted).joined(separator: " ")
                + " </dev/null >\(Self.quoted(output)) 2>/dev/null"
            let status = Self.shell(command)
            guard status == 0 || arguments.first != "new-session" else { throw Failure(message: "tmux \(arguments.first ?? ""): status \(status)") }
            return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        }

        struct Failure: Error { var message: String }

        static func quoted(_ word: String) -> String {
            "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }

        /// `/bin/sh -c command`, waited for with `waitpid`; the exit status.
        static func shell(_ command: String) -> Int32 {
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            environment["LC_ALL"] = "C.UTF-8"
            environment.removeValue(forKey: "TMUX")
            let arguments = ["/bin/sh", "-c", command].map { (word: String) in strdup(word) }
            let variables = environment.map { (key: String, value: String) in strdup(key + "=" + value) }
            defer { (arguments + variables).forEach { free($0) } }
            var argv = arguments + [nil], envp = variables + [nil]
            var pid: pid_t = 0
            guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, &envp) == 0 else { return -1 }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            return (status >> 8) & 0xff
        }

        /// Starts `command` in a width×height window.
        func start(_ command: [String], width: Int = 100, height: Int = 30) throws {
            let line = command.map(Self.quoted).joined(separator: " ")
            try run(["-u", "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
                     "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color " + line])
        }

        var screen: String { (try? run(["capture-pane", "-p", "-t", session])) ?? "" }
        var isRunning: Bool { ((try? run(["list-sessions", "-F", "#{session_name}"])) ?? "").contains(session) }

        func send(_ keys: String...) throws {
            try run(["send-keys", "-t", session] + keys)
        }

        /// Polls the screen until it contains `text`; the last screen on timeout.
        @discardableResult
        func waitFor(_ text: String, timeout: TimeInterval = 20) -> (found: Bool, screen: String) {
            let deadline = Date().addingTimeInterval(timeout)
            var last = ""
            while Date() < deadline {
                last = screen
                if last.contains(text) { return (true, last) }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return (false, last)
        }

        func waitForExit(timeout: TimeInterval = 20) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if !isRunning { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }

        func stop() {
            _ = try? run(["kill-server"])
        }
    }

    /// Seconds of the countdown shown (`41:23 left`).
    func countdown(_ screen: String) -> Int? {
        guard let match = screen.firstMatch(of: /(\d+):(\d\d) left/) else { return nil }
        return (Int(match.1) ?? 0) * 60 + (Int(match.2) ?? 0)
    }

    func expectOnScreen(_ tmux: Tmux, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (found, screen) = tmux.waitFor(text)
        #expect(found, "not on screen: \(text)\n\(screen)", sourceLocation: sourceLocation)
    }

    @Test func practiseThenAnExamQuitMidwayResumedAfterARestartAndSubmitted() throws {
        let data = try BundledCourse.freshDataDirectory()
        let content = (BundledCourse.folder as NSString).deletingLastPathComponent
        let command = [Binary.url.path, "--content", content, "--data-dir", data]
        let tmux = Tmux()
        defer { tmux.stop() }

        // Practice: two questions answered and rated.
        try tmux.start(command)
        expectOnScreen(tmux, "Continue reading")
        try tmux.send("p")
        expectOnScreen(tmux, "Practice · All questions")
        for answered in 1...2 {
            try tmux.send("a")
            expectOnScreen(tmux, "Enter: ")
            try tmux.send("Enter")
            expectOnScreen(tmux, "\(answered) answered")
        }
        try tmux.send("q")
        expectOnScreen(tmux, "Continue reading")

        // An exam: two answers, then quit the app in the middle.
        try tmux.send("e")
        expectOnScreen(tmux, "15 questions · 45 minutes · pass mark 70%")
        try tmux.send("Enter")
        expectOnScreen(tmux, "Mock exam 1 · Question 1 of 15")
        try tmux.send("b")
        expectOnScreen(tmux, "Question 2 of 15")
        try tmux.send("c")
        let before = tmux.waitFor("Question 3 of 15")
        #expect(before.found, "\(before.screen)")
        let shownBefore = try #require(countdown(before.screen), "\(before.screen)")
        #expect(shownBefore <= 45 * 60 && shownBefore > 44 * 60)
        try tmux.send("Q")
        expectOnScreen(tmux, "Exam 1 is in progress")
        try tmux.send("y")
        #expect(tmux.waitForExit(), "the app did not quit")

        // The database has the practice reviews and the open exam.
        do {
            let store = try ProgressStore(dataDirectory: data)
            defer { store.close() }
            let archive = try store.exportArchive()
            #expect(archive.reviews.count == 2 && archive.reviews.allSatisfy { $0.source == .practice })
            let open = try #require(try store.openAttempt(course: BundledCourse.id))
            #expect(open.items.count == 15 && open.position == 2)
            #expect(open.items.prefix(2).allSatisfy { $0.chosen != nil } && open.items.dropFirst(2).allSatisfy { $0.chosen == nil })
            #expect(open.items[0].chosen == open.items[0].optionOrder[1] && open.items[1].chosen == open.items[1].optionOrder[2])
        }
        Thread.sleep(forTimeInterval: 2.2)

        // Restarted: the exam opens where it was, with less time left.
        try tmux.start(command)
        expectOnScreen(tmux, "Continue reading")
        try tmux.send("e")
        let resumed = tmux.waitFor("Mock exam 1 · Question 3 of 15")
        #expect(resumed.found, "\(resumed.screen)")
        let shownAfter = try #require(countdown(resumed.screen), "\(resumed.screen)")
        #expect(shownAfter < shownBefore - 1, "before \(shownBefore) s, after \(shownAfter) s")
        #expect(resumed.screen.contains("answered 2/15"))
        let record = try ProgressStore(dataDirectory: data).openAttempt(course: BundledCourse.id)
        let deadline = try #require(record?.deadline)
        #expect(abs(Double(shownAfter) - deadline.timeIntervalSinceNow) < 4)

        // Submit: the confirmation lists the unanswered, then the result.
        try tmux.send("s")
        expectOnScreen(tmux, "Unanswered (13): 3, 4, 5")
        try tmux.send("y")
        let result = tmux.waitFor("Mock exam 1 · result")
        #expect(result.found, "\(result.screen)")
        let score = try #require(result.screen.firstMatch(of: /(\d+)\/15 · (\d+)%  (PASSED|NOT PASSED)/), "\(result.screen)")
        let right = try #require(Int(score.1))
        #expect(right <= 2 && score.3 == "NOT PASSED")
        #expect(result.screen.contains("By domain"))
        try tmux.send("q")
        expectOnScreen(tmux, "Continue reading")
        try tmux.send("q")
        #expect(tmux.waitForExit(), "the app did not quit")

        let store = try ProgressStore(dataDirectory: data)
        defer { store.close() }
        #expect(try store.openAttempt(course: BundledCourse.id) == nil)
        let summary = try #require(try store.attemptSummaries(course: BundledCourse.id).first)
        #expect(summary.correct == right && summary.total == 15 && summary.submittedAt != nil && !summary.autoSubmitted)
        let reviews = try store.exportArchive().reviews
        #expect(reviews.count { $0.source == .exam } == 15)
        #expect(reviews.count { $0.source == .practice } == 2)
    }
}
