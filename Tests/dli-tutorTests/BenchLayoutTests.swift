import Foundation
import Testing

/// `dli-tutor bench layout`: prints figures for the given files; bad arguments exit 2.
@Suite struct BenchLayoutTests {
    @Test func timesTheGivenFiles() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString).md")
        try "---\ntitle: x\n---\n# Title\n\nSome *text* and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Binary.run(["bench", "layout", "--iterations", "2", "--width", "60", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("files: 1,"))
        #expect(result.stdout.contains("lines at width 60"))
        #expect(result.stdout.contains("total_ms_best="))
    }

    @Test func badArgumentsExitWithStatusTwo() throws {
        let missing = try Binary.run(["bench", "layout", "/nonexistent/lesson.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read /nonexistent/lesson.md"))
        let width = try Binary.run(["bench", "layout", "--width", "0", "x.md"])
        #expect(width.status == 2)
    }
}
