import ArgumentParser
import Course
import Foundation
import Quiz
import Study

/// `dli-tutor bench tui`: the reader's keypress-to-frame time on the longest
/// lesson (start-up to the first frame is `bench start`'s).
struct BenchTUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Reader keypress-to-frame time on the longest lesson (bench start times start-up).",
        discussion: """
            In-process: each key of a reading script (scroll, page, search, next match, \
            contents, calculator focus, bookmarks) is handled, the frame drawn and diffed. \
            In the binary: the same keys are typed into the app on a pseudo-terminal and \
            the app reports input-to-frame times (DLI_TUTOR_FRAME_TRACE).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: "Terminal width.") var width = 200
    @Option(parsing: .unconditional, help: "Terminal height.") var height = 60
    @Option(parsing: .unconditional, help: "Times the key script runs in-process.") var rounds = 20

    func validate() throws {
        if width < 1 || height < 1 || rounds < 1 {
            throw ValidationError("--width, --height and --rounds must be positive")
        }
    }

    /// The reading script: what a learner does in a long lesson.
    static let script: [Key] =
        Array(repeating: .char("j"), count: 12) + Array(repeating: .pageDown, count: 6)
        + [.ctrl("d"), .ctrl("u"), .pageUp, .char("G"), .char("g")]
        + [.char("/")] + "attention".map { .char($0) } + [.enter]
        + Array(repeating: .char("n"), count: 8) + [.char("N"), .char("N")]
        + [.char("t"), .char("j"), .char("j"), .enter, .tab, .tab, .backTab, .escape]
        + [.char("b"), .char("B"), .escape, .char("b")]
        + Array(repeating: .char(" "), count: 10) + Array(repeating: .char("k"), count: 6)

    func run() throws {
        let context = CourseContext(global)
        let course = try context.course(nil)
        guard let lesson = course.lessons.max(by: { $0.body.utf8.count < $1.body.utf8.count }) else {
            throw CommandFailure("the course has no lessons")
        }
        let size = Size(width: width, height: height)
        var load = [0.0, 0.0, 0.0]
        _ = getloadavg(&load, 3)
        print("Reader at \(size), longest lesson: \(lesson.id) (\(lesson.body.utf8.count) bytes); "
              + String(format: "load average %.2f on %d cores", load[0], ProcessInfo.processInfo.activeProcessorCount))
        try inProcess(course: course, lesson: lesson, size: size)
        try inBinary(course: course, lesson: lesson, size: size)
    }

    private func inProcess(course: Course, lesson: Lesson, size: Size) throws {
        let store = ProgressStudyStore(store: try ProgressStore(inMemory: "bench"), scheduler: try FSRSScheduler())
        try store.save(.courseOpened(course, at: Date()))
        let env = AppEnvironment(library: [.init(course: course, source: .bundled)], course: course, store: store, clock: Date.init)
        var app = App(env: env, size: size, root: try HomeScreen(env: env))
        var frame = Frame(size: size)
        var previous: Frame?
        let open = Self.time {
            app.perform(.open(.reader(lessonID: lesson.id)))
            app.draw(into: &frame)
            previous = frame
        }
        guard app.top is ReaderScreen else { throw CommandFailure("the reader did not open") }
        let lines = (app.top as? ReaderScreen)?.lineCount ?? 0
        print(String(format: "  open the lesson (parse, lay out %d lines, first frame): %.2f ms", lines, open))
        var samples: [Double] = []
        var changed = 0
        for _ in 0..<rounds {
            for key in Self.script {
                samples.append(Self.time {
                    app.handle(.key(key))
                    AppRunner.carryOutWrites(of: &app)
                    app.draw(into: &frame)
                    changed += FrameDiff(from: previous, to: frame).changedCells
                    previous = frame
                })
            }
            app.handle(.key(.char("g")))
            guard app.top is ReaderScreen else { throw CommandFailure("the key script left the reader") }
        }
        Self.report("keypress to frame, in-process (handle + draw + diff)", samples)
        print(String(format: "    %.0f changed cells per frame on average", Double(changed) / Double(max(1, samples.count))))
        let relayout = Self.time {
            app.resize(to: Size(width: 90, height: size.height))
            app.draw(into: &frame)
        }
        let cached = Self.time {
            app.resize(to: size)
            app.draw(into: &frame)
        }
        print(String(format: "  resize: new width %.2f ms, back to a cached width %.2f ms", relayout, cached))
    }

    /// Types the script into the real binary on a pseudo-terminal; the app reports
    /// the time from reading each input to writing its frame.
    private func inBinary(course: Course, lesson: Lesson, size: Size) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let trace = folder.appendingPathComponent("frames.txt").path
        let terminal = try PseudoTerminal(size: size)
        let index = course.lessons.firstIndex { $0.id == lesson.id } ?? 0
        let keys: [Key] = [.char("l")] + Array(repeating: .char("j"), count: index) + [.enter] + Self.script + [.char("Q")]
        var environment = Self.terminalEnvironment
        environment["DLI_TUTOR_FRAME_TRACE"] = trace
        let result = try terminal.run(Self.executable, arguments: Self.contentArguments(global) + ["--data-dir", folder.path],
                                      environment: environment, typing: keys.map(Self.bytes), pause: 0.03)
        guard result.status == 0, let text = try? String(contentsOfFile: trace, encoding: .utf8) else {
            print("  in the binary: the app exited with status \(result.status) and no trace")
            return
        }
        let samples = text.split(separator: "\n").compactMap { Double($0) }
        // The first frames open the lessons list and the lesson itself.
        Self.report("keypress to frame, in the binary (input read → curses wrote the frame)", Array(samples.dropFirst(index + 2)))
    }

    static var executable: URL { URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath() }

    static var terminalEnvironment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "NO_COLOR")
        return env
    }

    static func contentArguments(_ global: GlobalOptions) -> [String] {
        global.contentDirectory.map { ["--content", $0] } ?? []
    }

    /// What a terminal sends for a key.
    static func bytes(_ key: Key) -> [UInt8] {
        switch key {
        case .char(let c): return Array(String(c).utf8)
        case .ctrl(let c): return [UInt8((c.asciiValue ?? 64) & 0x1F)]
        case .enter: return [13]
        case .escape: return [27]
        case .tab: return [9]
        case .backTab: return Array("\u{1B}[Z".utf8)
        case .up: return Array("\u{1B}[A".utf8)
        case .down: return Array("\u{1B}[B".utf8)
        case .pageUp: return Array("\u{1B}[5~".utf8)
        case .pageDown: return Array("\u{1B}[6~".utf8)
        default: return []
        }
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    static func report(_ label: String, _ samples: [Double]) {
        guard !samples.isEmpty else { return }
        let sorted = samples.sorted()
        let median = sorted[sorted.count / 2]
        let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
        print(String(format: "  %@: median %.3f ms, p95 %.3f ms, max %.3f ms (%d samples)",
                     label, median, p95, sorted.last ?? 0, samples.count))
    }
}
