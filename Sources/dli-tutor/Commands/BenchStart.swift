import ArgumentParser
import Course
import Foundation

/// `dli-tutor bench start`: how long this binary takes to do the small things a
/// user does all day — print its version, print a lesson, list lessons, open the
/// app to its first frame — each launched as a whole process several times.
struct BenchStart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start-up times of --version, read, lessons and the app's first frame (whole processes).",
        discussion: """
            Each command is launched --runs times after --warmup runs that are not counted, \
            its output sent to /dev/null; wall time is launch to exit, CPU time the process's \
            user + system time, peak its largest resident memory. The app runs on a \
            pseudo-terminal with --first-frame-exit. /bin/true is timed the same way, as the \
            floor of starting any process here. All use a temporary data folder.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(parsing: .unconditional, help: "Counted runs of each command (the median is reported).") var runs = 15
    @Option(parsing: .unconditional, help: "Runs of each command before the counted ones.") var warmup = 2
    @Option(parsing: .unconditional, help: "Terminal width for the app.") var width = 120
    @Option(parsing: .unconditional, help: "Terminal height for the app.") var height = 40

    func validate() throws {
        if runs < 1 || warmup < 0 || width < 1 || height < 1 {
            throw ValidationError("--runs, --width and --height must be positive, --warmup at least 0")
        }
    }

    /// A command to time and the median wall time it should stay under.
    struct Case {
        var label: String
        var executable: String
        var arguments: [String]
        var target: Double?
    }

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-bench-start-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let course = try CourseContext(global).course(nil, parts: .lessons)
        guard let lessonFile = course.lessons.first?.file else { throw CommandFailure("the course has no lessons") }
        let binary = BenchTUI.executable.path
        let common = BenchTUI.contentArguments(global) + ["--data-dir", folder]
        let cases = [
            Case(label: "exec floor (/bin/true)", executable: "/bin/true", arguments: [], target: nil),
            Case(label: "dli-tutor --version", executable: binary, arguments: ["--version"], target: 8),
            Case(label: "dli-tutor read FILE.md", executable: binary, arguments: ["read", lessonFile] + common, target: nil),
            Case(label: "dli-tutor read 1", executable: binary, arguments: ["read", "1"] + common, target: 20),
            Case(label: "dli-tutor lessons --json", executable: binary, arguments: ["lessons", "--json"] + common, target: nil),
        ]
        var load = [0.0, 0.0, 0.0]
        _ = getloadavg(&load, 3)
        print("Start-up, \(runs) runs each after \(warmup) warm-up runs; "
              + String(format: "load average %.2f on %d cores", load[0], ProcessInfo.processInfo.activeProcessorCount))
        let environment = ProcessInfo.processInfo.environment
        for item in cases {
            var timings: [ProcessTiming] = []
            for run in 0..<(warmup + runs) {
                let timing = try ProcessTiming.run(item.executable, arguments: item.arguments, environment: environment)
                guard timing.status == 0 else { throw CommandFailure("\(item.label) exited with status \(timing.status)") }
                if run >= warmup { timings.append(timing) }
            }
            Self.report(item.label, wall: timings.map(\.wallSeconds), cpu: timings.map(\.cpuSeconds),
                        peak: timings.map { Double($0.peakBytes) }, target: item.target)
        }
        let frames = try Self.firstFrames(arguments: common, size: Size(width: width, height: height), runs: runs, warmup: warmup)
        Self.report("app to its first frame (\(width)x\(height))", wall: frames.map(\.seconds), cpu: frames.map(\.cpuSeconds),
                    peak: nil, target: 30)
    }

    /// The app launched on a pseudo-terminal with --first-frame-exit: it draws its first frame and exits.
    static func firstFrames(arguments: [String], size: Size, runs: Int, warmup: Int) throws -> [(seconds: Double, cpuSeconds: Double)] {
        var out: [(seconds: Double, cpuSeconds: Double)] = []
        for run in 0..<(warmup + runs) {
            let terminal = try PseudoTerminal(size: size)
            let result = try terminal.run(BenchTUI.executable, arguments: arguments + ["--first-frame-exit"],
                                          environment: BenchTUI.terminalEnvironment)
            guard result.status == 0 else { throw CommandFailure("start-up run exited with status \(result.status)") }
            if run >= warmup { out.append((result.seconds, result.cpuSeconds)) }
        }
        return out
    }

    static func report(_ label: String, wall: [Double], cpu: [Double], peak: [Double]?, target: Double?) {
        let w = Spread(wall.map { $0 * 1000 }), c = Spread(cpu.map { $0 * 1000 })
        var line = "  " + label.padding(toLength: 36, withPad: " ", startingAt: 0)
            + String(format: "wall median %6.2f ms (min %.2f, max %.2f), cpu median %6.2f ms", w.median, w.minimum, w.maximum, c.median)
        if let peak { line += String(format: ", peak %.1f MiB", Spread(peak).median / 1_048_576) }
        if let target { line += String(format: "; target < %.0f ms: %@", target, w.median < target ? "met" : "NOT met") }
        print(line)
    }
}
