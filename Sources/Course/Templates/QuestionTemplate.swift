import Foundation

/// A question with `"generate"`: variables drawn anew for every review and exam,
/// a truth computed by a calculator or an expression (never typed), and named
/// mistakes — wrong computations whose results the feedback recognises.
public struct QuestionTemplate: Equatable, Sendable, Codable {
    public var variables: [TemplateVariable]
    /// Groups of variables whose draws must all differ.
    public var distinct: [[String]] = []
    /// What the key is for a draw.
    public var truth: TemplateFormula
    /// Decimals the truth (and generated options) are written with.
    public var digits: Int?
    public var mistakes: [TemplateMistake]
    /// A pick-one template without `options`: the truth and its first three mistakes, shuffled.
    public var generatesOptions = false

    public var variableNames: [String] { variables.map(\.name) }

    /// The calculator a template drills (`elo`), when its truth is a calculator call.
    public var calculatorName: String? {
        guard case .calc(let call, _, _) = truth else { return nil }
        return call.split(separator: " ", maxSplits: 1).first.map(String.init)
    }
}

/// A template variable and how its value is drawn.
public struct TemplateVariable: Equatable, Sendable, Codable {
    public enum Kind: Equatable, Sendable, Codable {
        /// Whole numbers low…high (inclusive) in steps of `step` from `low`.
        case int(low: Int, high: Int, step: Int)
        /// A real number low…high, rounded to `digits` decimals.
        case real(low: Double, high: Double, digits: Int)
        /// One of the values listed.
        case choose([TemplateValue])
    }

    public var name: String
    public var kind: Kind

    public func draw<G: RandomNumberGenerator>(using generator: inout G) -> TemplateValue {
        switch kind {
        case .int(let low, let high, let step):
            let steps = max(0, (high - low) / max(1, step))
            return .number(Double(low + Int.random(in: 0...steps, using: &generator) * max(1, step)))
        case .real(let low, let high, let digits):
            let factor = pow(10, Double(digits))
            let x = low + generator.nextUnitInterval() * (high - low)
            return .number(min(high, max(low, (x * factor).rounded() / factor)))
        case .choose(let values):
            return values[Int.random(in: 0..<values.count, using: &generator)]
        }
    }
}

/// A value a variable takes: a number, or text (a vector `1,2,3`, a sentence).
public enum TemplateValue: Equatable, Sendable, Codable {
    case number(Double)
    case text(String)

    /// As written in a stem or a calculator call: whole numbers without a decimal point.
    public var text: String {
        switch self {
        case .text(let text): return text
        case .number(let x):
            if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
            var text = String(format: "%.12f", x)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
    }

    public var number: Double? {
        switch self {
        case .number(let x): return x
        case .text(let text): return Double(text)
        }
    }
}

/// How a template's truth or a mistake is computed.
public enum TemplateFormula: Equatable, Sendable, Codable {
    /// A calculator call (placeholders substituted), one numeric field of its result, times `scale`.
    case calc(call: String, field: String, scale: Double?)
    /// An arithmetic expression over the variables (and `truth` in a mistake).
    case expr(String)
}

/// A wrong computation a learner may make, and the sentence that names it.
public struct TemplateMistake: Equatable, Sendable, Codable {
    public var formula: TemplateFormula
    public var says: String
}

/// One draw of a template: what each variable took, the truth, and what each
/// mistake gives — stored with every review and exam item, so undo, a crash, a
/// resumed exam and its review show the numbers the learner saw.
public struct TemplateVariant: Equatable, Sendable, Codable {
    public struct Binding: Equatable, Sendable, Codable {
        public var name: String
        public var value: TemplateValue
    }

    /// The draw's number: the question's id with `#number` names the variant.
    public var number: Int
    public var bindings: [Binding]
    public var truth: Double
    /// Each mistake's value in this draw, nil where it cannot be computed.
    public var mistakes: [Double?]
    /// For generated options: which mistake each option shows (nil: the truth).
    public var optionMistakes: [Int?]?

    /// `ra=1550 rb=1800 k=32`.
    public var bindingsText: String {
        bindings.map { "\($0.name)=\(CalcCall.quoteIfNeeded($0.value.text))" }.joined(separator: " ")
    }

    /// `#3 ra=1550 rb=1800 truth=0.3599`, for the review log's CSV.
    public var logText: String {
        "#\(number) \(bindingsText) truth=\(TemplateValue.number(truth).text)"
    }
}
