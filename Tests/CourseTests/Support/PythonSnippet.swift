@testable import Course

/// A ```` ```python ```` block of a Markdown body, located by the line of its
/// first code line, so a compile error can be reported as `file:line`.
struct PythonSnippet: Equatable {
    /// The cloze blank of a code question; lessons must not contain it.
    static let blank = "____"

    var file: String
    /// 1-based line of the snippet's first code line in `file`.
    var line: Int
    var source: String

    /// Every Python block of a Markdown body, nested ones (in lists, callouts) included.
    static func all(in body: String, firstLine: Int, file: String) -> [PythonSnippet] {
        var snippets: [PythonSnippet] = []
        MarkdownBlock.visit(MarkdownParser.parse(body, firstLine: firstLine).blocks) { block in
            if case let .code(language, text) = block.kind, language == "python" {
                // A fenced block starts on its fence line; the code starts on the next.
                snippets.append(PythonSnippet(file: file, line: block.line + 1, source: text))
            }
        }
        return snippets
    }

    /// The source to compile: every blank replaced by the accepted `answer`, or nil
    /// when the snippet has a blank and no answer to fill it with.
    func compilable(filling answer: String? = nil) -> String? {
        guard source.contains(Self.blank) else { return source }
        guard let answer else { return nil }
        return source.replacingOccurrences(of: Self.blank, with: answer)
    }
}
