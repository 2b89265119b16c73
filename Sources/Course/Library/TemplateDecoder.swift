import Foundation

/// A template question's `"generate"`, its `check` (a calculator call or an
/// `expr`) and its `mistakes`, read and checked without drawing: variable
/// specs, unknown placeholder names, expressions, and which forms a template
/// may take. Every problem is reported where it is written.
enum TemplateDecoder {
    static let knownKeys: Set<String> = ["generate", "mistakes"]

    /// The template of a question with `"generate"`, nil (with the problem reported) when it is malformed.
    static func decode(_ node: SourceNode, response: QuestionResponse, options: [String], texts: [(key: String, text: String)],
                       reader: inout NodeReader) -> QuestionTemplate? {
        guard let generate = node["generate"], let members = reader.object(generate, what: "'generate'")?.members else { return nil }
        var variables: [TemplateVariable] = []
        var distinct: [[String]] = []
        var named: [String] = []
        var failed = false
        for member in members {
            if member.key == "distinct" {
                guard let groups = member.value.array else {
                    reader.report("'distinct' must be a list of lists of variable names", at: member.value.position)
                    failed = true
                    continue
                }
                for group in groups {
                    let names = group.array?.compactMap(\.string) ?? []
                    guard names.count >= 2, names.count == group.array?.count else {
                        reader.report("a 'distinct' group lists two or more variable names", at: group.position)
                        failed = true
                        continue
                    }
                    distinct.append(names)
                }
                continue
            }
            // A malformed variable is still declared: its uses are not reported again.
            named.append(member.key)
            guard let kind = variable(member.value, name: member.key, reader: &reader) else {
                failed = true
                continue
            }
            variables.append(TemplateVariable(name: member.key, kind: kind))
        }
        let declared = Set(named)
        for group in distinct {
            for name in group where !declared.contains(name) {
                reader.report("'distinct' names '\(name)', which is not a variable", at: generate.position)
                failed = true
            }
        }

        // The key: a calculator call or an expression, never a typed value.
        guard let checkNode = node["check"], let check = reader.object(checkNode, what: "'check'") else {
            reader.report("a template needs a 'check' (calc and field, or expr) that computes its key", at: node.position)
            return nil
        }
        reader.checkKeys(check, known: ["calc", "field", "digits", "scale", "expr"], what: "a template's 'check'")
        let digits = reader.int(check, "digits", required: false, range: 0...15)
        guard let truth = formula(check, reader: &reader, truthKnown: false, declared: declared) else { return nil }
        if node["value"] != nil {
            reader.report("a template's key is computed by its check, never typed: remove 'value'", at: node["value"]?.position ?? node.position)
            failed = true
        }

        var mistakes: [TemplateMistake] = []
        if let list = node["mistakes"] {
            for item in list.array ?? [] {
                guard let object = reader.object(item, what: "a mistake") else { failed = true; continue }
                reader.checkKeys(object, known: ["calc", "field", "scale", "expr", "says"], what: "a mistake")
                guard let says = reader.string(object, "says"),
                      let formula = formula(object, reader: &reader, truthKnown: true, declared: declared) else { failed = true; continue }
                mistakes.append(TemplateMistake(formula: formula, says: says))
            }
            if list.array == nil {
                reader.report("'mistakes' must be a list", at: list.position)
                failed = true
            }
        }

        var generatesOptions = false
        switch response {
        case .number: break
        case .choice:
            if options.isEmpty {
                generatesOptions = true
                if mistakes.count < 3 {
                    reader.report("a pick-one template without options needs three mistakes to make them from (it has \(mistakes.count))",
                                  at: node.position)
                    failed = true
                }
            }
        case .choices, .text, .recall:
            reader.report("a template's response is number or choice, not \(response.name)", at: node["response"]?.position ?? node.position)
            failed = true
        }

        // Every {name} of the texts must be a variable.
        for (key, text) in texts {
            do {
                for name in try TemplateText.names(in: text) where !declared.contains(name) && !(key == "explanation" && name == "truth") {
                    reader.report("unknown name '\(name)' in {\(name)} (variables: \(declared.sorted().joined(separator: ", ")))",
                                  at: node[key]?.position ?? node.position)
                    failed = true
                }
            } catch {
                reader.report(error.description, at: node[key]?.position ?? node.position)
                failed = true
            }
        }
        guard !failed else { return nil }
        return QuestionTemplate(variables: variables, distinct: distinct, truth: truth, digits: digits, mistakes: mistakes,
                                generatesOptions: generatesOptions)
    }

    private static func variable(_ node: SourceNode, name: String, reader: inout NodeReader) -> TemplateVariable.Kind? {
        guard name.first?.isLetter == true, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), name != "truth" else {
            reader.report("'\(name)' is not a variable name (letters, digits, _; not truth)", at: node.position)
            return nil
        }
        guard let object = reader.object(node, what: "variable '\(name)'") else { return nil }
        reader.checkKeys(object, known: ["int", "real", "choose", "step", "digits"], what: "variable '\(name)'")
        if let range = object["int"] {
            guard let bounds = range.array?.compactMap(\.number), bounds.count == 2, bounds.allSatisfy({ $0 == $0.rounded() }),
                  bounds[0] <= bounds[1] else {
                reader.report("'int' is [low, high]: two whole numbers, low ≤ high", at: range.position)
                return nil
            }
            let step = reader.int(object, "step", required: false, range: 1...1_000_000_000) ?? 1
            return .int(low: Int(bounds[0]), high: Int(bounds[1]), step: step)
        }
        if let range = object["real"] {
            guard let bounds = range.array?.compactMap(\.number), bounds.count == 2, bounds[0] <= bounds[1] else {
                reader.report("'real' is [low, high]: two numbers, low ≤ high", at: range.position)
                return nil
            }
            return .real(low: bounds[0], high: bounds[1], digits: reader.int(object, "digits", required: false, range: 0...12) ?? 2)
        }
        if let list = object["choose"] {
            let values: [TemplateValue] = (list.array ?? []).compactMap { item in
                if let x = item.number { return .number(x) }
                return item.string.map(TemplateValue.text)
            }
            guard !values.isEmpty, values.count == list.array?.count else {
                reader.report("'choose' is a non-empty list of numbers or strings", at: list.position)
                return nil
            }
            return .choose(values)
        }
        reader.report("variable '\(name)' needs 'int', 'real' or 'choose'", at: node.position)
        return nil
    }

    /// A `calc` + `field` (+ `scale`) or an `expr`; `truth` may appear in a mistake's expression only.
    private static func formula(_ object: SourceNode, reader: inout NodeReader, truthKnown: Bool, declared: Set<String>) -> TemplateFormula? {
        if let text = reader.string(object, "expr", required: false) {
            do {
                let expression = try TemplateExpression.parse(text)
                for name in expression.names where !declared.contains(name) && !(truthKnown && name == "truth") {
                    reader.report("expr: unknown name '\(name)'\(name == "truth" ? " (truth is known in mistakes only)" : "")",
                                  at: object["expr"]?.position ?? object.position)
                    return nil
                }
                return .expr(text)
            } catch {
                reader.report("expr: \(error)", at: object["expr"]?.position ?? object.position)
                return nil
            }
        }
        guard let calc = reader.string(object, "calc", required: false) else {
            reader.report("give 'calc' and 'field', or 'expr'", at: object.position)
            return nil
        }
        guard let field = reader.string(object, "field") else { return nil }
        do {
            for name in try TemplateText.names(in: calc) where !declared.contains(name) {
                reader.report("calc: unknown name '\(name)' in {\(name)}", at: object["calc"]?.position ?? object.position)
                return nil
            }
        } catch {
            reader.report("calc: \(error.description)", at: object["calc"]?.position ?? object.position)
            return nil
        }
        return .calc(call: calc, field: field, scale: reader.double(object, "scale", required: false))
    }
}
