import Course

/// A course's question bank as a tab-separated file that Anki's text importer
/// reads (Basic note type: Front, Back, then tags). Fields holding a tab, a
/// line break or a quote are quoted with quotes doubled, as Anki expects.
public enum AnkiDeck {
    public static func tsv(_ course: Course) -> String {
        var lines = ["#separator:tab", "#html:false", "#tags column:3"]
        for question in course.questions {
            let letters = question.options.indices.map(optionLetter)
            let front = question.stem + "\n\n"
                + zip(letters, question.options).map { "\($0)) \($1)" }.joined(separator: "\n")
            let key = question.options.indices.contains(question.answer)
                ? "\(optionLetter(question.answer))) \(question.options[question.answer])" : ""
            let back = "Answer: " + key + "\n\n" + question.explanation
            let tags = [course.id, question.lesson, question.domain, question.difficulty.rawValue].map(tag).joined(separator: " ")
            lines.append([front, back, tags].map(field).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func optionLetter(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(97 + index))) : String(index + 1)
    }

    /// Anki tags cannot hold spaces.
    static func tag(_ text: String) -> String {
        String(text.map { $0.isWhitespace ? "_" : $0 })
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
