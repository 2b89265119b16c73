import Foundation
import Testing

@Suite struct ReadCommandTests {
    @Test func readsALessonByNumberAsPlainTextInAPipe() throws {
        let result = try Binary.run(["read", "4", "--width", "60"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "DDPM: the forward and reverse diffusion processes")
        #expect(!result.stdout.contains("\u{1B}["), "a pipe gets no escape sequences")
        #expect(result.stdout.contains("Chapter 2: Diffusion models · Lesson 4 · "))
        // calc blocks are evaluated, not shown as source
        #expect(result.stdout.contains("╭─ calc"))
        #expect(lines.allSatisfy { $0.count <= 60 })
    }

    @Test func readsALessonByIDAtWidth80AndFitsIt() throws {
        let result = try Binary.run(["read", "l10-evaluation-lora", "--width", "80", "--plain"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("BLEU = 37.99"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func readsAnyMarkdownFile() throws {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("read-\(UUID().uuidString).md")
        try "---\nid: x\n---\n# Tiếng Việt\n\n| a | b |\n|---|---|\n| 1 | 2 |\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Binary.run(["read", path, "--width", "40"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Tiếng Việt\n"))
        #expect(!result.stdout.contains("id: x"))
        #expect(result.stdout.contains("│ 1 "))
    }

    @Test func writesHTMLAsCmarkDoes() throws {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("read-\(UUID().uuidString).md")
        try "---\nid: x\n---\n# Title\n\n<div>\n*raw*\n</div>\n\n[a]: /u 'T'\n\nSee [a] and $x^2$.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Binary.run(["read", path, "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            <h1>Title</h1>
            <div>
            *raw*
            </div>
            <p>See <a href="/u" title="T">a</a> and <span class="math inline">\\(x^2\\)</span>.</p>

            """)
        let lesson = try Binary.run(["read", "4", "--format", "html"])
        #expect(lesson.status == 0)
        #expect(lesson.stdout.hasPrefix("<h2>"), "the lesson body, without the terminal preamble")
        #expect(lesson.stdout.contains("<pre><code class=\"language-calc\">"))
    }

    @Test func widthComesFromColumnsWithinTheWidthRange() throws {
        let narrow = try Binary.run(["read", "4"], environment: ["COLUMNS": "50"])
        #expect(narrow.status == 0)
        #expect(narrow.stdout.split(separator: "\n").map(\.count).max() == 50)
        // A COLUMNS no terminal has (a typo) used to size a 300 GB rule under the title and crash.
        let absurd = try Binary.run(["read", "4"], environment: ["COLUMNS": "99999999999"])
        #expect(absurd.status == 0, "\(absurd.stderr.prefix(200))")
        #expect(absurd.stdout.split(separator: "\n").map(\.count).max() == 80)
    }

    @Test func unknownLessonIsAClearError() throws {
        let result = try Binary.run(["read", "99"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("dli-tutor: no lesson '99' in dli-generative-ai"))
    }
}
