/// A multiple-choice question of a course's quiz bank, bundled or imported.
public struct Question: Equatable, Sendable, Identifiable {
    public enum Difficulty: String, Sendable, CaseIterable { case easy, medium, hard }
    public enum Kind: String, Sendable, CaseIterable { case concept, code, debug, shape, numeric }

    /// Stable across versions: progress is stored against it.
    public var id: String
    /// The id of the lesson the question belongs to.
    public var lesson: String
    /// The anchor of the lesson section that teaches what the question tests
    /// (`3-the-closed-form`); `check` reports one the lesson does not have.
    public var section: String?
    /// The chapter id; the exam blueprint draws questions per domain.
    public var domain: String
    public var difficulty: Difficulty
    public var kind: Kind?
    /// Markdown; may hold code.
    public var stem: String
    public var options: [String]
    /// 0-based index into `options`.
    public var answer: Int
    /// Markdown: why the key is right and each distractor wrong.
    public var explanation: String
    /// For numeric questions: the calculator call that must produce the keyed option.
    public var check: QuestionCheck?

    public init(
        id: String, lesson: String, section: String? = nil, domain: String, difficulty: Difficulty, kind: Kind? = nil,
        stem: String, options: [String], answer: Int, explanation: String, check: QuestionCheck? = nil
    ) {
        self.id = id
        self.lesson = lesson
        self.section = section
        self.domain = domain
        self.difficulty = difficulty
        self.kind = kind
        self.stem = stem
        self.options = options
        self.answer = answer
        self.explanation = explanation
        self.check = check
    }
}

extension Question {
    /// The letter of the option at `index`: `A`, `B`, … `Z`; nil beyond.
    public static func optionLetter(_ index: Int) -> Character? {
        (0..<26).contains(index) ? Character(Unicode.Scalar(UInt8(65 + index))) : nil
    }

    /// The index an option letter stands for: `A` → 0, `B` → 1, …; nil for
    /// anything but one uppercase ASCII letter.
    public static func optionIndex(_ letter: Character) -> Int? {
        guard letter.unicodeScalars.count == 1, let value = letter.unicodeScalars.first?.value, (65...90).contains(value) else { return nil }
        return Int(value) - 65
    }
}

/// A machine-checkable claim: `calc` evaluated, `field` read, times `scale`,
/// rounded to `digits`, must be a number written in the keyed option only.
public struct QuestionCheck: Equatable, Sendable {
    public var calc: String
    public var field: String
    public var digits: Int?
    public var scale: Double?

    public init(calc: String, field: String, digits: Int? = nil, scale: Double? = nil) {
        self.calc = calc
        self.field = field
        self.digits = digits
        self.scale = scale
    }
}
