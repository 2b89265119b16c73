import Foundation

/// How a question is answered (the bank's `"response"`): pick one option, select
/// all that apply, type a number, type an answer or code, or recall a fact.
/// `Question.kind` stays the topic type (concept, code, numeric…).
public enum QuestionResponse: Equatable, Sendable, Codable {
    /// Pick one of `options`; `Question.answer` keys it.
    case choice
    /// Select all that apply: exactly `answers` (0-based, ascending) is right.
    /// With `picks` the learner is told to select that many (and another count is refused).
    case choices(answers: [Int], picks: Int?)
    /// A typed number graded within a tolerance of the truth.
    case number(NumberKey)
    /// A typed answer matched against the accepted answers.
    case text(TextKey)
    /// A flashcard: the learner recalls, reveals `back` (Markdown) and rates.
    case recall(back: String)

    /// The bank's name for the form: `choice`, `choices`, `number`, `text`, `recall`.
    public var name: String {
        switch self {
        case .choice: return "choice"
        case .choices: return "choices"
        case .number: return "number"
        case .text: return "text"
        case .recall: return "recall"
        }
    }

    /// Whether the question shows options to pick from.
    public var hasOptions: Bool {
        switch self {
        case .choice, .choices: return true
        case .number, .text, .recall: return false
        }
    }

    /// Whether answers are typed (and a grader's verdict may be overridden).
    public var isTyped: Bool {
        switch self {
        case .number, .text: return true
        case .choice, .choices, .recall: return false
        }
    }
}

/// The key of a typed number: the value (given, or computed by the question's
/// `check` when nil), the tolerance that grades it, and the unit shown after the field.
public struct NumberKey: Equatable, Sendable, Codable {
    public var value: Double?
    public var tolerance: Tolerance
    public var unit: String?

    public init(value: Double?, tolerance: Tolerance = .standard, unit: String? = nil) {
        self.value = value
        self.tolerance = tolerance
        self.unit = unit
    }

    /// Whether the unit is a percentage (`76%` then means 76, not 0.76).
    public var isPercent: Bool { unit == "%" }
}

/// How far a typed number may be from the truth: an absolute or a relative
/// margin, never below 1e-9 (so a true value of 0 can be answered).
public struct Tolerance: Equatable, Sendable, Codable {
    public var absolute: Double?
    public var relative: Double?

    public init(absolute: Double? = nil, relative: Double? = nil) {
        self.absolute = absolute
        self.relative = relative
    }

    /// 0.5 % of the truth.
    public static let standard = Tolerance(relative: 0.005)
    /// The floor of every margin.
    public static let floor = 1e-9

    /// The largest accepted distance from `truth`.
    public func margin(around truth: Double) -> Double {
        max(absolute ?? 0, (relative ?? 0) * abs(truth), Tolerance.floor)
    }

    /// How the margin reads after an answer: "within ±0.005", or "exactly" when
    /// only the floating-point floor is left (a count, `"abs": 0`).
    public func accepted(around truth: Double, unit: String = "") -> String {
        let margin = margin(around: truth)
        return margin <= Tolerance.floor ? "exactly" : "within ±\(CalcFormat.number(margin, digits: 9))\(unit)"
    }

    /// Whether `value` counts as `truth`. The edge is inclusive, with a hair of slack
    /// for the rounding of decimals (0.76 − 0.755 is 0.0050000000000000044 in binary).
    public func accepts(_ value: Double, truth: Double) -> Bool {
        guard value.isFinite, truth.isFinite else { return false }
        let margin = margin(around: truth)
        return abs(value - truth) <= margin + 1e-12 * max(abs(truth), margin)
    }
}

/// The key of a typed answer: the accepted answers and how an answer is compared.
public struct TextKey: Equatable, Sendable, Codable {
    public var accept: [String]
    public var match: TextMatch

    public init(accept: [String], match: TextMatch = .words) {
        self.accept = accept
        self.match = match
    }
}

/// How a typed answer is compared with an accepted one.
public enum TextMatch: String, Equatable, Sendable, Codable, CaseIterable {
    /// Case-insensitive, whitespace squeezed, punctuation at either end dropped.
    case words
    /// Case-sensitive code: whitespace next to punctuation dropped, runs of it
    /// between word characters squeezed to one, `'` and `"` alike, a trailing `;` or `,` ignored.
    case code
    /// Character for character.
    case exact
    /// Each accepted answer is a regular expression the whole answer must match.
    case regex
}
