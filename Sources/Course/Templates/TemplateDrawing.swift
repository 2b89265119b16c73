import Foundation

/// Draws a template's variants and turns a variant into the question as asked:
/// placeholders filled, the truth computed, each mistake's value known, and for
/// a pick-one template without options, the options generated from the truth
/// and three mistakes. Deterministic: a question id and a draw number give the
/// same variant in every process. A draw whose truth a mistake matches (or
/// whose generated options coincide) is drawn again.
public enum TemplateDrawing {
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Draws tried before a variant is given up on.
    public static let maxAttempts = 50

    /// The variant numbered `number` of a template question, and how many draws it took beyond the first.
    public static func variant(of question: Question, number: Int,
                               evaluate: FigureChecker.Evaluate = Calculators.evaluate) throws(Failure) -> (variant: TemplateVariant, redraws: Int) {
        guard let template = question.template else { throw Failure(description: "question '\(question.id)' is not a template") }
        var lastProblem = "no draw"
        for attempt in 0..<maxAttempts {
            var generator = SeededGenerator(seed: seed(question.id, number, attempt))
            let bindings = template.variables.map { TemplateVariant.Binding(name: $0.name, value: $0.draw(using: &generator)) }
            if let group = template.distinct.first(where: { group in
                let values = group.compactMap { name in bindings.first { $0.name == name }?.value.text }
                return Set(values).count < values.count
            }) {
                lastProblem = "\(group.joined(separator: ", ")) drew the same value"
                continue
            }
            let truth: Double
            do {
                truth = try value(of: template.truth, bindings: bindings, truth: nil, evaluate: evaluate)
            } catch {
                throw Failure(description: "the truth: \(error.description)")
            }
            var mistakes: [Double?] = []
            for mistake in template.mistakes {
                mistakes.append(try? value(of: mistake.formula, bindings: bindings, truth: truth, evaluate: evaluate))
            }
            if let clash = clash(question, template: template, truth: truth, mistakes: mistakes) {
                lastProblem = clash
                continue
            }
            var variant = TemplateVariant(number: number, bindings: bindings, truth: truth, mistakes: mistakes)
            if template.generatesOptions {
                var order = [nil] + (0..<min(3, mistakes.count)).map { Optional($0) }
                order.shuffle(using: &generator)
                variant.optionMistakes = order
            }
            return (variant, attempt)
        }
        throw Failure(description: "no valid draw in \(maxAttempts) tries (the last: \(lastProblem))")
    }

    /// Why a draw cannot be asked: a mistake that gives the truth, or generated options that read the same.
    static func clash(_ question: Question, template: QuestionTemplate, truth: Double, mistakes: [Double?]) -> String? {
        if case .number(let key) = question.response {
            for (index, value) in mistakes.enumerated() {
                if let value, key.tolerance.accepts(value, truth: truth) { return "mistake \(index + 1) gives the truth" }
            }
        }
        guard template.generatesOptions else { return nil }
        let shown = ([truth] + mistakes.prefix(3).map { $0 ?? .nan }).map { format($0, template) }
        if Set(shown).count < shown.count || mistakes.prefix(3).contains(where: { $0 == nil }) {
            return "the generated options \(shown.joined(separator: ", ")) are not all different"
        }
        return nil
    }

    /// The question as asked with `variant`: texts filled, the truth as the key.
    public static func instance(of question: Question, variant: TemplateVariant,
                                evaluate: FigureChecker.Evaluate = Calculators.evaluate) throws(Failure) -> Question {
        guard let template = question.template else { throw Failure(description: "question '\(question.id)' is not a template") }
        func fill(_ text: String, inCall: Bool = false) throws(Failure) -> String {
            do {
                return try TemplateText.substitute(text, inCall: inCall, value: { name in
                    variant.bindings.first { $0.name == name }?.value.text ?? (name == "truth" ? format(variant.truth, template) : nil)
                }, compute: { placeholder in try computed(placeholder, evaluate: evaluate) })
            } catch {
                throw Failure(description: error.description)
            }
        }
        var asked = question
        asked.stem = try fill(question.stem)
        asked.explanation = try fill(question.explanation)
        asked.variant = variant
        switch question.response {
        case .number(var key):
            key.value = variant.truth
            asked.response = .number(key)
        case .choice:
            if let order = variant.optionMistakes {
                asked.options = order.map { format($0.flatMap { variant.mistakes[$0] } ?? variant.truth, template) }
                asked.answer = order.firstIndex { $0 == nil } ?? 0
            } else {
                var options: [String] = []
                for option in question.options { options.append(try fill(option)) }
                asked.options = options
            }
        case .choices, .text, .recall:
            break
        }
        if case .calc(let call, let field, let scale) = template.truth {
            asked.check = QuestionCheck(calc: try fill(call, inCall: true), field: field, digits: template.digits, scale: scale)
        }
        return asked
    }

    /// Draws variant `number` and returns the question as asked with it.
    public static func draw(_ question: Question, number: Int,
                            evaluate: FigureChecker.Evaluate = Calculators.evaluate) throws(Failure) -> Question {
        try instance(of: question, variant: try variant(of: question, number: number, evaluate: evaluate).variant, evaluate: evaluate)
    }

    /// A formula's value for a draw (`truth` given to mistakes).
    static func value(of formula: TemplateFormula, bindings: [TemplateVariant.Binding], truth: Double?,
                      evaluate: FigureChecker.Evaluate) throws(Failure) -> Double {
        switch formula {
        case .calc(let call, let field, let scale):
            let filled: String
            do {
                filled = try TemplateText.substitute(call, inCall: true, value: { name in bindings.first { $0.name == name }?.value.text },
                                                     compute: { placeholder in try computed(placeholder, evaluate: evaluate) })
            } catch {
                throw Failure(description: error.description)
            }
            switch FigureChecker.value(of: filled, field: field, scale: scale, evaluate: evaluate) {
            case .success(let x): return x
            case .failure(let error): throw Failure(description: error.message)
            }
        case .expr(let text):
            do {
                let expression = try TemplateExpression.parse(text)
                var values: [String: Double] = [:]
                for binding in bindings { if let x = binding.value.number { values[binding.name] = x } }
                if let truth { values["truth"] = truth }
                return try expression.evaluate(values)
            } catch let error as TemplateExpression.ParseError {
                throw Failure(description: "expr '\(text)': \(error)")
            } catch {
                throw Failure(description: "expr '\(text)': \(error)")
            }
        }
    }

    /// `{=calc:field|digits}` after its names are filled: the value written with `digits` decimals.
    static func computed(_ placeholder: String, evaluate: FigureChecker.Evaluate) throws -> String {
        var body = Substring(placeholder)
        var digits = 4
        if let bar = body.lastIndex(of: "|"), let d = Int(body[body.index(after: bar)...].trimmingCharacters(in: .whitespaces)) {
            digits = d
            body = body[..<bar]
        }
        guard let colon = body.lastIndex(of: ":") else { throw Failure(description: "write {=calc:field|digits}") }
        let call = String(body[..<colon]), field = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        switch FigureChecker.value(of: call, field: field, scale: nil, evaluate: evaluate) {
        case .success(let x): return CalcFormat.number(x, digits: digits)
        case .failure(let error): throw Failure(description: error.message)
        }
    }

    /// A value as a generated option or the shown truth.
    public static func format(_ x: Double, _ template: QuestionTemplate) -> String {
        CalcFormat.number(x, digits: template.digits ?? 4)
    }

    /// The seed of one try of one draw: the same in every process (FNV-1a).
    static func seed(_ id: String, _ number: Int, _ attempt: Int) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for byte in id.utf8 { hash = FNV1a.mix(hash, UInt64(byte)) }
        hash = FNV1a.mix(hash, UInt64(bitPattern: Int64(number)))
        return FNV1a.mix(hash, UInt64(attempt))
    }
}
