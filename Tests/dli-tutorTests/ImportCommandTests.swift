import Foundation
import Testing

/// `dli-tutor import` run as a user would: the real binary, a temporary data folder.
@Suite struct ImportCommandTests {
    static var fixtures: String {
        if let path = ProcessInfo.processInfo.environment["DLI_TUTOR_XDEV_FIXTURES"], !path.isEmpty { return path }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/fixtures/xdev").path
    }

    static var fixturesAvailable: Bool {
        FileManager.default.fileExists(atPath: (fixtures as NSString).appendingPathComponent("MANIFEST.tsv"))
    }

    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("dli-import-cli-\(UUID().uuidString)").path
    }

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func tree(_ folder: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return out
    }

    @Test(.enabled(if: ImportCommandTests.fixturesAvailable,
                   "xdev fixtures not found at \(ImportCommandTests.fixtures) (set DLI_TUTOR_XDEV_FIXTURES, or put ../shared beside the checkout)"))
    func importsTheFixturesAsJSONTwiceTheSame() throws {
        let data = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let first = try Binary.run(["import", Self.fixtures, "--json", "--data-dir", data])
        #expect(first.status == 0, "\(first.stderr)")
        let json = try object(first.stdout)
        #expect(Set(json.keys) == ["courses", "errors"])
        #expect((json["errors"] as? [Any])?.isEmpty == true)
        let courses = try #require(json["courses"] as? [[String: Any]])
        #expect(courses.map { Set($0.keys) } == Array(repeating: ["id", "title", "language", "lessons", "questions"], count: 2))
        #expect(courses.map { $0["id"] as? String } == ["xdev-luyen-thi-nvidia-dli-generative-ai", "xdev-luyen-thi-nvidia-dli-generative-ai-en"])
        #expect(courses.map { $0["language"] as? String } == ["vi", "en"])
        #expect(courses.map { $0["lessons"] as? Int } == [10, 10])
        #expect(courses.map { $0["questions"] as? Int } == [40, 40])
        // Warnings (quiz questions placed on a domain's first lesson) go to stderr.
        #expect(first.stderr.contains("warning:"))

        let before = try tree(data + "/courses")
        let second = try Binary.run(["import", Self.fixtures, "--json", "--data-dir", data])
        #expect(second.status == 0 && second.stdout == first.stdout)
        #expect(try tree(data + "/courses") == before)

        let listed = try Binary.run(["courses", "--json", "--data-dir", data])
        #expect(listed.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let imported = entries.filter { $0["source"] as? String == "imported" }
        #expect(imported.map { $0["id"] as? String } == ["xdev-luyen-thi-nvidia-dli-generative-ai", "xdev-luyen-thi-nvidia-dli-generative-ai-en"])
        #expect(imported.map { $0["questions"] as? Int } == [40, 40])

        let check = try Binary.run(["check", data + "/courses"])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func aBrokenFileIsReportedWithItsLineAndTheRestImports() throws {
        let source = temporaryFolder()
        let data = temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: source)
            try? FileManager.default.removeItem(atPath: data)
        }
        let series = "content/series/demo/tiny"
        let files = [
            "\(series)/index.md": "---\ntitle: Tiny\nsections:\n  - title: 'Part 1: All'\n    lessons:\n      - slug: one\n      - slug: two\n---\n",
            "\(series)/chapters/01-all/lessons/01-one.md": """
                ---
                title: One
                slug: one
                duration_minutes: 5
                ---
                <p><strong>Q1:</strong> Two plus two?</p>
                <ul><li>A) 3</li><li>B) 4</li></ul>
                <details><summary>Answer</summary><p>B ✓</p><p>Count.</p></details>
                """,
            "\(series)/chapters/01-all/lessons/02-two.md": "---\ntitle: Two\nslug: [two\n---\nbody\n",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: source).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let result = try Binary.run(["import", source, "--json", "--data-dir", data])
        #expect(result.status == 1)
        let json = try object(result.stdout)
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors.first?["file"] as? String == source + "/\(series)/chapters/01-all/lessons/02-two.md")
        #expect(errors.first?["line"] as? Int == 4)
        #expect((errors.first?["message"] as? String)?.isEmpty == false)
        let courses = try #require(json["courses"] as? [[String: Any]])
        #expect(courses.count == 1)
        #expect(courses.first?["id"] as? String == "xdev-tiny")
        #expect(courses.first?["lessons"] as? Int == 1 && courses.first?["questions"] as? Int == 1)
        #expect(FileManager.default.fileExists(atPath: data + "/courses/xdev-tiny/quiz/01-one.json"))

        let text = try Binary.run(["import", source, "--data-dir", data])
        #expect(text.status == 1)
        #expect(text.stdout.contains("xdev-tiny  Tiny  [vi]  1 lessons, 1 questions"))
        #expect(text.stderr.contains("02-two.md:4:"))
    }

    @Test func anIndexWhoseFrontMatterNeverClosesImportsWithAWarning() throws {
        let source = temporaryFolder()
        let data = temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: source)
            try? FileManager.default.removeItem(atPath: data)
        }
        let series = "content/series/demo/open"
        let files = [
            // The whole index is YAML: an opening '---' and no closing one.
            "\(series)/index.md": "---\ntitle: Open\nsections:\n  - title: 'Part 1: All'\n    lessons:\n      - slug: one\n",
            "\(series)/chapters/01-all/lessons/01-one.md": "---\ntitle: One\nslug: one\n---\n<p>Body text.</p>\n",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: source).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let result = try Binary.run(["import", source, "--data-dir", data])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(source)/\(series)/index.md:1:1: warning: front matter starts with '---' but has no closing '---'"))
        #expect(result.stdout.contains("xdev-open  Open  [vi]  1 lessons, 0 questions"))
        #expect(result.stdout.contains("imported 1 course; 0 errors"))
        #expect(FileManager.default.fileExists(atPath: data + "/courses/xdev-open/lessons/01-one.md"))
    }

    @Test func nothingToImport() throws {
        let empty = temporaryFolder()
        let data = temporaryFolder()
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(atPath: empty)
            try? FileManager.default.removeItem(atPath: data)
        }
        let result = try Binary.run(["import", empty, "--json", "--data-dir", data])
        #expect(result.status == 1)
        let json = try object(result.stdout)
        #expect((json["courses"] as? [Any])?.isEmpty == true)
        #expect((json["errors"] as? [[String: Any]])?.first?["message"] as? String
                == "no xdev series here: expected content/[LANG/]series/<group>/<series>/index.md and chapters/*/lessons/*.md")

        let missing = try Binary.run(["import", empty + "/nope", "--data-dir", data])
        #expect(missing.status == 1)
        #expect(missing.stderr == "dli-tutor: \(empty)/nope: no such folder\n")
    }
}
