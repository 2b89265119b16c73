import Foundation
import Testing
@testable import Course

/// Every Python snippet of the bundled lessons is complete and syntactically valid:
/// the real interpreter compiles it (`python3 -m py_compile`) when python3 is installed.
@Suite struct LessonPythonSnippetTests {
    static let pythonMissing: Comment = "python3 is not installed (scripts/install-deps --test installs it); Python snippets not compiled"

    var snippets: [PythonSnippet] {
        get throws {
            let course = try #require(BundledCourseTests.load.course, "the bundled course did not load")
            return course.lessons.flatMap { PythonSnippet.all(in: $0.body, firstLine: $0.bodyStartLine, file: $0.file) }
        }
    }

    @Test func snippetsAreFoundWithTheLineOfTheirFirstCodeLine() {
        let body = "Intro\n\n```python\nx = 1\n```\n\n- item\n\n  ```python\n  y = 2\n  ```\n\n```text\nnot python\n```\n"
        let found = PythonSnippet.all(in: body, firstLine: 10, file: "l.md")
        #expect(found == [PythonSnippet(file: "l.md", line: 13, source: "x = 1"),
                          PythonSnippet(file: "l.md", line: 19, source: "y = 2")])
    }

    @Test func aBlankIsFilledWithTheAcceptedAnswerAndIsNeverCompiledEmpty() {
        let cloze = PythonSnippet(file: "q.json", line: 1, source: "a_bar = ____\n")
        #expect(cloze.compilable(filling: "torch.cumprod(a, dim=0)") == "a_bar = torch.cumprod(a, dim=0)\n")
        #expect(cloze.compilable() == nil)
        #expect(PythonSnippet(file: "l.md", line: 1, source: "x = 1\n").compilable() == "x = 1\n")
    }

    /// Guards against a vacuous check: the parser finds as many snippets as there are
    /// opening ```` ```python ```` fences in the lesson text.
    @Test func everyPythonFenceOfTheLessonsIsFound() throws {
        let course = try #require(BundledCourseTests.load.course)
        let fences = course.lessons.map { lesson in
            lesson.body.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces) == "```python" }.count
        }.reduce(0, +)
        #expect(fences > 0)
        #expect(try snippets.count == fences)
    }

    @Test func lessonsHoldNoClozeBlanks() throws {
        let blanks = try snippets.filter { $0.compilable() == nil }.map { "\($0.file):\($0.line)" }
        #expect(blanks == [], "lesson snippets must be complete; blanks belong in questions")
    }

    @Test(.enabled(if: PythonCompiler.executable != nil, pythonMissing))
    func aBrokenSnippetIsReportedAtItsLine() throws {
        // Index 4: top-level await, as in a notebook cell, compiles.
        let failures = try PythonCompiler.failures(["x = 1\n", "def f(:\n    pass\n", "if True:\nprint(1)\n", "y = [\n",
                                                    "result = await chain.ainvoke({})\n"])
        #expect(failures.keys.sorted() == [1, 2, 3])
        #expect(failures[1]?.line == 1 && failures[1]?.message.hasPrefix("SyntaxError") == true)
        #expect(failures[2]?.line == 2 && failures[2]?.message.hasPrefix("IndentationError: expected an indented block") == true)
        #expect(failures[2]?.message.hasSuffix("line 1") == true)
    }

    @Test(.enabled(if: PythonCompiler.executable != nil, pythonMissing))
    func everyBundledSnippetCompiles() throws {
        let snippets = try snippets
        let failures = try PythonCompiler.failures(snippets.map { $0.compilable() ?? $0.source })
        let problems = failures.keys.sorted().map { index in
            let snippet = snippets[index], failure = failures[index]!
            return "\(snippet.file):\(snippet.line + failure.line - 1): \(failure.message)"
        }
        #expect(problems == [])
    }
}
