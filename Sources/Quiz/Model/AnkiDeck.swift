import Course

/// A course's question bank as a tab-separated file that Anki's text importer
/// reads (Basic note type: Front, Back, then tags). Fields holding a tab, a
/// line break or a quote are quoted with quotes doubled, as Anki expects.
public enum AnkiDeck {
    public static func tsv(_ course: Course) -> String {
        var lines = ["#separator:tab", "#html:false", "#tags column:3"]
        for question in course.questions {
            let (front, back) = note(question)
            let tags = [course.id, question.lesson, question.domain, question.difficulty.rawValue].map(tag).joined(separator: " ")
            lines.append([front, back, tags].map { DelimitedField.quoted($0, separator: "\t") }.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A question as a front/back note: the stem and the options, or what to
    /// type; the answer (the key, the set, the number, the accepted answers,
    /// the card's back) and the explanation. A template is written as its first
    /// variant (a note is fixed text), with the draw named after the answer.
    static func note(_ question: Question) -> (front: String, back: String) {
        if question.isTemplate {
            guard let drawn = try? TemplateDrawing.draw(question, number: 1) else { return (question.stem, question.explanation) }
            let (front, back) = note(drawn)
            return (front, back + "\n\n(One variant of a question drawn anew in the app: \(drawn.displayID).)")
        }
        let letters = question.options.indices.map(optionLetter)
        let options = zip(letters, question.options).map { "\($0)) \($1)" }.joined(separator: "\n")
        func option(_ index: Int) -> String {
            question.options.indices.contains(index) ? "\(optionLetter(index))) \(question.options[index])" : ""
        }
        switch question.response {
        case .choice:
            return (question.stem + "\n\n" + options, "Answer: " + option(question.answer) + "\n\n" + question.explanation)
        case .choices(let answers, let picks):
            let ask = picks.map { "Select \($0):" } ?? "Select all that apply:"
            return (question.stem + "\n\n" + ask + "\n" + options,
                    "Answers: " + answers.map(option).joined(separator: "; ") + "\n\n" + question.explanation)
        case .number(let key):
            let truth: String
            switch FigureChecker.truth(of: question) {
            case .success(let value): truth = CalcFormat.number(value, digits: question.truthDigits)
            case .failure: truth = key.value.map { CalcFormat.number($0, digits: 6) } ?? "?"
            }
            let unit = key.unit.map { $0 == "%" ? "%" : " " + $0 } ?? ""
            return (question.stem + "\n\n(type the number\(key.unit.map { " in " + $0 } ?? ""))",
                    "Answer: " + truth + unit + "\n\n" + question.explanation)
        case .text(let key):
            return (question.stem + "\n\n(type the answer)",
                    "Answer: " + key.accept.joined(separator: " | ") + "\n\n" + question.explanation)
        case .recall(let back):
            return (question.stem, back + "\n\n" + question.explanation)
        }
    }

    static func optionLetter(_ index: Int) -> String {
        Question.optionLetter(index).map { $0.lowercased() } ?? String(index + 1)
    }

    /// Anki tags cannot hold spaces.
    static func tag(_ text: String) -> String {
        String(text.map { $0.isWhitespace ? "_" : $0 })
    }
}
