import Foundation

/// A question's answer form from its JSON: `response` (default `choice`) and the
/// keys that form takes. Every malformed form is reported where it is written.
enum ResponseDecoder {
    static let knownKeys: Set<String> = ["response", "answers", "picks", "value", "tolerance", "unit", "accept", "match", "back"]

    /// The options, the pick-one key and the form; nil after a reported error.
    struct Form {
        var options: [String] = []
        var answer = 0
        var response: QuestionResponse
    }

    /// `optionsGenerated`: a template, whose pick-one options may come from its mistakes.
    static func decode(_ node: SourceNode, hasCheck: Bool, optionsGenerated: Bool = false, reader: inout NodeReader) -> Form? {
        let name = reader.string(node, "response", required: false) ?? "choice"
        switch name {
        case "choice":
            if optionsGenerated && node["options"] == nil {
                for key in ["answer", "answers", "picks"] {
                    guard let field = node[key] else { continue }
                    reader.report("a template without 'options' has no '\(key)': its options are the truth and three mistakes",
                                  at: field.position)
                }
                return Form(response: .choice)
            }
            return choice(node, reader: &reader)
        case "choices":
            return choices(node, reader: &reader)
        case "number":
            refuseKeys(["options", "answer", "answers"], in: node, form: name, reader: &reader)
            return number(node, hasCheck: hasCheck, reader: &reader).map { Form(response: .number($0)) }
        case "text":
            refuseKeys(["options", "answer", "answers"], in: node, form: name, reader: &reader)
            return text(node, reader: &reader).map { Form(response: .text($0)) }
        case "recall":
            refuseKeys(["options", "answer", "answers"], in: node, form: name, reader: &reader)
            return reader.string(node, "back").map { Form(response: .recall(back: $0)) }
        default:
            reader.report("'response' must be one of choice, choices, number, text, recall, found '\(name)'",
                          at: node["response"]?.position ?? node.position)
            return nil
        }
    }

    private static func choice(_ node: SourceNode, reader: inout NodeReader) -> Form? {
        refuseKeys(["answers", "picks"], in: node, form: "choice", reader: &reader)
        guard let options = options(node, count: 2...6, form: "a question", reader: &reader),
              let answer = reader.int(node, "answer") else { return nil }
        guard options.indices.contains(answer) else {
            reader.report("'answer' is \(answer) but the options are numbered 0 to \(options.count - 1)",
                          at: node["answer"]?.position ?? node.position)
            return nil
        }
        return Form(options: options, answer: answer, response: .choice)
    }

    private static func choices(_ node: SourceNode, reader: inout NodeReader) -> Form? {
        refuseKeys(["answer"], in: node, form: "choices", reader: &reader)
        guard let options = options(node, count: 3...6, form: "a select-all question", reader: &reader) else { return nil }
        guard let field = node["answers"] else {
            reader.report("missing 'answers' (the 0-based indices of every right option)", at: node.position)
            return nil
        }
        guard let items = field.array, !items.isEmpty else {
            reader.report("'answers' must be a non-empty list of option indices", at: field.position)
            return nil
        }
        var answers: [Int] = []
        for item in items {
            guard case .number(let x) = item.value, x == x.rounded(), abs(x) < 1e6 else {
                reader.report("an answer must be a whole number, found \(item.kindName)", at: item.position)
                return nil
            }
            let index = Int(x)
            guard options.indices.contains(index) else {
                reader.report("answer \(index) is not an option (they are numbered 0 to \(options.count - 1))", at: item.position)
                return nil
            }
            guard !answers.contains(index) else {
                reader.report("answer \(index) is listed twice", at: item.position)
                return nil
            }
            answers.append(index)
        }
        let picks = reader.int(node, "picks", required: false, range: 1...options.count)
        if let picks, picks != answers.count {
            reader.report("'picks' is \(picks) but \(answers.count) answer\(answers.count == 1 ? " is" : "s are") right",
                          at: node["picks"]?.position ?? node.position)
            return nil
        }
        return Form(options: options, response: .choices(answers: answers.sorted(), picks: picks))
    }

    private static func number(_ node: SourceNode, hasCheck: Bool, reader: inout NodeReader) -> NumberKey? {
        let value = reader.double(node, "value", required: false)
        if value == nil && !hasCheck {
            reader.report("a number question needs a 'value' or a 'check' that computes it", at: node.position)
            return nil
        }
        var tolerance = Tolerance.standard
        if let field = node["tolerance"] {
            guard let object = reader.object(field, what: "'tolerance'") else { return nil }
            reader.checkKeys(object, known: ["abs", "rel"], what: "'tolerance'")
            let absolute = reader.double(object, "abs", required: false)
            let relative = reader.double(object, "rel", required: false)
            guard absolute != nil || relative != nil else {
                reader.report("'tolerance' needs 'abs' or 'rel'", at: field.position)
                return nil
            }
            for (key, margin) in [("abs", absolute), ("rel", relative)] where (margin ?? 0) < 0 || margin?.isFinite == false {
                reader.report("tolerance '\(key)' must be 0 or more", at: object[key]?.position ?? field.position)
                return nil
            }
            tolerance = Tolerance(absolute: absolute, relative: relative)
        }
        if let value, !value.isFinite {
            reader.report("'value' must be a finite number", at: node["value"]?.position ?? node.position)
            return nil
        }
        let unit = reader.string(node, "unit", required: false)
        return NumberKey(value: value, tolerance: tolerance, unit: unit)
    }

    private static func text(_ node: SourceNode, reader: inout NodeReader) -> TextKey? {
        var match = TextMatch.words
        if let name = reader.string(node, "match", required: false) {
            guard let known = TextMatch(rawValue: name) else {
                reader.report("'match' must be one of \(TextMatch.allCases.map(\.rawValue).joined(separator: ", ")), found '\(name)'",
                              at: node["match"]?.position ?? node.position)
                return nil
            }
            match = known
        }
        guard let field = node["accept"] else {
            reader.report("a text question needs 'accept': the accepted answers", at: node.position)
            return nil
        }
        guard let items = field.array, !items.isEmpty else {
            reader.report("'accept' must be a non-empty list of answers", at: field.position)
            return nil
        }
        var accept: [String] = []
        for item in items {
            guard let text = item.string, !text.allSatisfy(\.isWhitespace) else {
                reader.report("an accepted answer must be a non-empty string", at: item.position)
                return nil
            }
            if match == .regex, let problem = TextPattern.problem(text) {
                reader.report("invalid regular expression: \(problem)", at: item.position)
                return nil
            }
            accept.append(text)
        }
        return TextKey(accept: accept, match: match)
    }

    private static func options(_ node: SourceNode, count: ClosedRange<Int>, form: String, reader: inout NodeReader) -> [String]? {
        guard let field = node["options"] else {
            reader.report("missing 'options'", at: node.position)
            return nil
        }
        guard let items = field.array else {
            reader.report("'options' must be a list, found \(field.kindName)", at: field.position)
            return nil
        }
        guard count.contains(items.count) else {
            reader.report("\(form) needs \(count.lowerBound) to \(count.upperBound) options, found \(items.count)", at: field.position)
            return nil
        }
        var options: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = item.string, !text.allSatisfy(\.isWhitespace) else {
                reader.report("option \(index) is empty or not a string", at: item.position)
                return nil
            }
            options.append(text)
        }
        return options
    }

    /// Keys that belong to other forms are errors here (a recall card with options…).
    private static func refuseKeys(_ keys: [String], in node: SourceNode, form: String, reader: inout NodeReader) {
        for key in keys {
            guard let field = node[key] else { continue }
            let what = form == "recall" ? "a recall card" : "a \(form) question"
            reader.report("\(what) has no '\(key)'", at: field.position)
        }
    }
}
