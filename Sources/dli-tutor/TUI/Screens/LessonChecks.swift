import Course

/// The "Check yourself" section the reader adds under an imported lesson: the
/// lesson's practice questions, answerable in place (1–9 on a focused question),
/// each followed by its verdict and explanation once answered.
enum LessonChecks {
    /// The section laid out at `width`, and the lines each question occupies in it.
    static func render(_ questions: [Question], answers: [String: Int], width: Int) -> (document: RenderedDocument, questions: [Range<Int>]) {
        let intro = """
            ## Check yourself

            The lesson's practice questions. Tab moves to a question; the number keys answer it.
            """
        // A blank line between the lesson and the section.
        var document = RenderedDocument(width: width, lines: [StyledLine()])
        document.append(TerminalLayout.render(MarkdownParser.parse(intro), width: width))
        var ranges: [Range<Int>] = []
        for (index, question) in questions.enumerated() {
            let start = document.lines.count
            let text = markdown(question, number: index + 1, of: questions.count, answer: answers[question.id])
            document.append(TerminalLayout.render(MarkdownParser.parse(text), width: width))
            ranges.append(start..<document.lines.count)
        }
        return (document, ranges)
    }

    /// One question as Markdown: stem, numbered options, and once answered the verdict and explanation.
    static func markdown(_ question: Question, number: Int, of total: Int, answer: Int?) -> String {
        var text = "**Question \(number) of \(total)** · *\(question.difficulty.rawValue)*\n\n\(question.stem)\n\n"
        for (i, option) in question.options.enumerated() {
            var mark = ""
            if let answer {
                if i == question.answer { mark = " ✓" } else if i == answer { mark = " ✗" }
            }
            text += "\(i + 1). \(option.replacingOccurrences(of: "\n", with: " "))\(mark)\n"
        }
        if let answer {
            let verdict = answer == question.answer
                ? "**Right.**"
                : "**Not quite:** the answer is \(question.answer + 1)."
            text += "\n> \(verdict)\n>\n" + question.explanation.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "> " + $0 }.joined(separator: "\n") + "\n"
        }
        return text
    }
}
