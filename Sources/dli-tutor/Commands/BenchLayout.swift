import ArgumentParser
import Course
import Foundation

/// `dli-tutor bench layout [FILES…]`: parse and lay out lesson files, timing both.
struct BenchLayout: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout",
        abstract: "Time Markdown parsing and terminal layout of lesson files.",
        discussion: """
            Without FILES, uses the 20 upstream fixture lessons under \
            ../shared/fixtures/xdev/content (or $DLI_TUTOR_XDEV_FIXTURES). Files are read and \
            their front matter stripped before timing; each pass parses, lays out and \
            frees all files. Target: all 20 lessons in under 50 ms per pass in a release build.
            """
    )

    @Argument(help: "Markdown files (default: the fixture lessons).")
    var files: [String] = []

    @Option(parsing: .unconditional, help: "Layout width in columns.")
    var width = 100

    @Option(parsing: .unconditional, help: "Timed passes over all files (the best and the median are reported).")
    var iterations = 20

    func run() throws {
        guard width >= 1 else { throw ValidationError("--width must be at least 1") }
        guard iterations >= 1 else { throw ValidationError("--iterations must be at least 1") }
        let paths = try files.isEmpty ? BenchLayout.fixtureLessons() : files
        var bodies: [(body: String, line: Int)] = []
        var bytes = 0
        for path in paths {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ValidationError("cannot read \(path)")
            }
            let split = try? FrontMatter.split(text)
            let body = split?.body ?? text
            bodies.append((body, split?.bodyStartLine ?? 1))
            bytes += body.utf8.count
        }

        var parseTimes: [Double] = []
        var layoutTimes: [Double] = []
        var freeTimes: [Double] = []
        var totalTimes: [Double] = []
        var cpuTimes: [Double] = []
        var outputLines = 0
        let clock = ContinuousClock()
        for pass in 0...iterations {
            let cpuStart = BenchLayout.threadCPUTime()
            let t0 = clock.now
            var documents = bodies.map { MarkdownParser.parse($0.body, firstLine: $0.line) }
            let t1 = clock.now
            var rendered = documents.map { TerminalLayout.render($0, width: width) }
            let t2 = clock.now
            outputLines = rendered.reduce(0) { $0 + $1.lines.count }
            let t3 = clock.now
            withExtendedLifetime((documents, rendered)) {}
            documents.removeAll()
            rendered.removeAll()
            let t4 = clock.now
            let cpu = BenchLayout.threadCPUTime() - cpuStart
            if pass == 0 { continue }  // warm-up
            cpuTimes.append(cpu)
            parseTimes.append((t1 - t0).milliseconds)
            layoutTimes.append((t2 - t1).milliseconds)
            freeTimes.append((t4 - t3).milliseconds)
            totalTimes.append(((t2 - t0) + (t4 - t3)).milliseconds)
        }
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        func line(_ name: String, _ xs: [Double]) -> String {
            "\(name) best \(f(xs.min()!)) ms, median \(f(BenchLayout.median(xs))) ms"
        }
        print("files: \(paths.count), \(bytes) bytes of Markdown, \(outputLines) lines at width \(width), \(iterations) passes")
        print(line("parse: ", parseTimes))
        print(line("layout:", layoutTimes))
        print(line("free:  ", freeTimes))
        print(line("total: ", totalTimes) + " per pass over all files (parse + layout + free)")
        print(line("cpu:   ", cpuTimes) + " of thread CPU time per pass (less disturbed by other load)")
        print("total_ms_best=\(f(totalTimes.min()!)) total_ms_median=\(f(BenchLayout.median(totalTimes)))")
    }

    /// CPU time of the calling thread in milliseconds.
    static func threadCPUTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
    }

    static func median(_ xs: [Double]) -> Double {
        let sorted = xs.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// The upstream lessons (`content/**/lessons/*.md`), sorted.
    static func fixtureLessons() throws -> [String] {
        let root = ProcessInfo.processInfo.environment["DLI_TUTOR_XDEV_FIXTURES"].flatMap { $0.isEmpty ? nil : $0 + "/content" }
            ?? "../shared/fixtures/xdev/content"
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw ValidationError("no FILES given and \(root) not found (set DLI_TUTOR_XDEV_FIXTURES)")
        }
        var out: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".md"), path.contains("/lessons/") { out.append(root + "/" + path) }
        }
        guard !out.isEmpty else { throw ValidationError("no lessons under \(root)") }
        return out.sorted()
    }
}
