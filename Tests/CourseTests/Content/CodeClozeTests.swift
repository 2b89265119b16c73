import Foundation
import Testing
@testable import Course

/// Every code cloze of the bundled bank (a `text` question matched as `code` whose
/// stem holds a Python block with a `____` blank) is well formed, and its block
/// compiles with the blank filled by each accepted answer (issue 14), so no accepted
/// answer is a typo and no stem is broken Python.
@Suite struct CodeClozeTests {
    struct Cloze {
        var question: Question
        var accept: [String]
        var blocks: [PythonSnippet]
    }

    var clozes: [Cloze] {
        get throws {
            let load = BundledCourseTests.load
            let course = try #require(load.course, "the bundled course did not load")
            return course.questions.compactMap { question in
                guard case .text(let key) = question.response, key.match == .code else { return nil }
                let at = load.questionLocations[question.id]
                let blocks = PythonSnippet.all(in: question.stem, firstLine: at?.line ?? 1, file: at?.file ?? question.id)
                return Cloze(question: question, accept: key.accept, blocks: blocks)
            }
        }
    }

    @Test func eachClozeHasOnePythonBlockWithOneBlank() throws {
        let clozes = try clozes
        #expect(clozes.count >= 24)
        for cloze in clozes {
            let blanks = cloze.question.stem.components(separatedBy: PythonSnippet.blank).count - 1
            #expect(cloze.blocks.count == 1 && blanks == 1, "\(cloze.question.id): \(cloze.blocks.count) blocks, \(blanks) blanks")
            #expect(cloze.blocks.first?.compilable() == nil, "\(cloze.question.id): the blank is not inside the Python block")
        }
    }

    /// The practice screen cuts code lines at its width (about 50 code columns at the
    /// app's 60-column minimum): the blank must lie within them to be seen at all.
    @Test func theBlankShowsOnTheNarrowestScreen() throws {
        for cloze in try clozes {
            let lines = cloze.blocks.first?.source.split(separator: "\n") ?? []
            let end = lines.lazy.compactMap { line in
                line.range(of: PythonSnippet.blank).map { line.distance(from: line.startIndex, to: $0.upperBound) }
            }.first
            #expect(end.map { $0 <= 50 } == true, "\(cloze.question.id): the blank ends at column \(end ?? -1)")
        }
    }

    @Test(.enabled(if: PythonCompiler.executable != nil, LessonPythonSnippetTests.pythonMissing))
    func everyAcceptedAnswerCompilesInItsBlank() throws {
        var labels: [String] = []
        var sources: [String] = []
        for cloze in try clozes {
            guard let block = cloze.blocks.first else { continue }
            for answer in cloze.accept {
                guard let source = block.compilable(filling: answer) else { continue }
                labels.append("\(cloze.question.id) with \(answer)")
                sources.append(source)
            }
        }
        #expect(sources.count >= 100)
        let failures = try PythonCompiler.failures(sources)
        let problems = failures.keys.sorted().map { "\(labels[$0]): \(failures[$0]!.message)" }
        #expect(problems == [])
    }
}
