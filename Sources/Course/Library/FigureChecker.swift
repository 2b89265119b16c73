import Foundation

/// Recomputes the figures content states — quiz `check`s and lesson `claims` —
/// with the calculators, so the course can never teach a wrong number.
public enum FigureChecker {
    public typealias Evaluate = (CalcCall) throws(FormulaError) -> CalcReport

    /// Problems with a question's `check`: nil when it holds.
    public static func problem(with question: Question, evaluate: Evaluate = Calculators.evaluate) -> String? {
        guard let check = question.check else { return nil }
        switch question.response {
        case .choice: break
        case .number(let key): return problem(with: check, key: key, evaluate: evaluate)
        case .choices, .text, .recall:
            return "a 'check' belongs to a choice or number question, not to a \(question.response.name) question"
        }
        let expected: Double
        switch value(of: check.calc, field: check.field, scale: check.scale, evaluate: evaluate) {
        case .failure(let error): return error.message
        case .success(let x): expected = round(x, digits: check.digits ?? 0)
        }
        let digits = check.digits ?? 0
        let shown = CalcFormat.number(expected, digits: digits)
        for (index, option) in question.options.enumerated() {
            let matches = numbers(in: option).contains { round($0, digits: digits) == expected }
            if index == question.answer && !matches {
                return "check: \(check.field) = \(shown), which the keyed option \(letter(index)) does not state"
            }
            if index != question.answer && matches {
                return "check: \(check.field) = \(shown) also appears in option \(letter(index))"
            }
        }
        return nil
    }

    /// A typed number's check: the calculator must run, and a stated `value` must
    /// agree with what it computes within the question's tolerance.
    static func problem(with check: QuestionCheck, key: NumberKey, evaluate: Evaluate) -> String? {
        switch value(of: check.calc, field: check.field, scale: check.scale, evaluate: evaluate) {
        case .failure(let error): return error.message
        case .success(let truth):
            guard let stated = key.value, !key.tolerance.accepts(stated, truth: truth) else { return nil }
            return "check: \(check.field) = \(CalcFormat.number(truth, digits: check.digits ?? 6)), but 'value' is "
                + "\(CalcFormat.number(stated, digits: 12)), beyond the tolerance (±\(CalcFormat.number(key.tolerance.margin(around: truth), digits: 12)))"
        }
    }

    /// The true value of a `number` question: its `value`, else what its `check` computes.
    public static func truth(of question: Question, evaluate: Evaluate = Calculators.evaluate) -> Result<Double, FigureError> {
        guard case .number(let key) = question.response else {
            return .failure(FigureError("question '\(question.id)' is not a number question"))
        }
        if let value = key.value { return .success(value) }
        guard let check = question.check else { return .failure(FigureError("question '\(question.id)' has no value or check")) }
        return value(of: check.calc, field: check.field, scale: check.scale, evaluate: evaluate)
    }

    /// Problems with a lesson claim: nil when it holds.
    public static func problem(with claim: LessonClaim, in lesson: Lesson, evaluate: Evaluate = Calculators.evaluate) -> String? {
        guard lesson.body.contains(claim.text) else { return "claim '\(claim.text)' does not occur in the lesson" }
        let digits = claim.digits ?? 0
        switch value(of: claim.calc, field: claim.field, scale: claim.scale, evaluate: evaluate) {
        case .failure(let error): return error.message
        case .success(let x):
            let stated = numbers(in: claim.text)
            guard stated.count == 1, let number = stated.first else {
                return "claim '\(claim.text)' must state exactly one number"
            }
            let computed = round(x, digits: digits)
            if round(number, digits: digits) != computed {
                return "claim '\(claim.text)': \(claim.field) is \(CalcFormat.number(computed, digits: digits))"
            }
            return nil
        }
    }

    static func value(of calc: String, field: String, scale: Double?, evaluate: Evaluate) -> Result<Double, FigureError> {
        let call: CalcCall
        do {
            call = try CalcCall.parse(calc)
        } catch {
            return .failure(FigureError("calc '\(calc)': \(error)"))
        }
        let report: CalcReport
        do {
            report = try evaluate(call)
        } catch {
            return .failure(FigureError("calc '\(calc)': \(error)"))
        }
        guard let x = report.field(field)?.doubleValue else {
            return .failure(FigureError("calc '\(calc)' has no numeric field '\(field)'"))
        }
        return .success(x * (scale ?? 1))
    }

    /// Half away from zero, as people round when they write a figure.
    static func round(_ x: Double, digits: Int) -> Double {
        let factor = pow(10, Double(digits))
        return (x * factor).rounded(.toNearestOrAwayFromZero) / factor
    }

    /// The numbers written in a text: `41,943,040`, `0.76`, `-3`, `1e-4`, `76%` → 76.
    static func numbers(in text: String) -> [Double] {
        var out: [Double] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < scalars.count && ("0"..."9").contains(scalars[k]) }
        while i < scalars.count {
            let startsNumber = isDigit(i) || (scalars[i] == "." && isDigit(i + 1))
            let precededByWord = i > 0 && (scalars[i - 1].properties.isAlphabetic || scalars[i - 1] == "_")
            guard startsNumber, !precededByWord else {
                i += 1
                continue
            }
            var negative = false
            if i > 0, scalars[i - 1] == "-" || scalars[i - 1] == "−" {
                negative = i < 2 || !(scalars[i - 2].properties.isAlphabetic || ("0"..."9").contains(scalars[i - 2]))
            }
            var literal = ""
            while i < scalars.count {
                let c = scalars[i]
                if ("0"..."9").contains(c) || c == "." {
                    literal.unicodeScalars.append(c)
                } else if c == ",", isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
                    // a thousands separator: exactly three digits follow
                } else if (c == "e" || c == "E"), isDigit(i + 1) || ((i + 1 < scalars.count) && (scalars[i + 1] == "-" || scalars[i + 1] == "+") && isDigit(i + 2)) {
                    literal.unicodeScalars.append(c)
                    if !isDigit(i + 1) {
                        literal.unicodeScalars.append(scalars[i + 1])
                        i += 1
                    }
                } else {
                    break
                }
                i += 1
            }
            while literal.hasSuffix(".") { literal.removeLast() }
            if let x = Double(literal) { out.append(negative ? -x : x) }
        }
        return out
    }

    static func letter(_ index: Int) -> String {
        Question.optionLetter(index).map(String.init) ?? "#\(index + 1)"
    }
}

public struct FigureError: Error, Equatable {
    public var message: String
    init(_ message: String) { self.message = message }
}
