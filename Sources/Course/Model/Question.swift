/// A question of a course's quiz bank, bundled or imported: pick one, select
/// all that apply, a typed number or answer, or a recall card (`response`).
/// Codable so an exam can keep each question as it was asked.
public struct Question: Equatable, Sendable, Identifiable, Codable {
    public enum Difficulty: String, Sendable, CaseIterable, Codable { case easy, medium, hard }
    public enum Kind: String, Sendable, CaseIterable, Codable { case concept, code, debug, shape, numeric }

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
    /// The options of a `choice` or `choices` question; empty for the other forms.
    public var options: [String]
    /// For `choice`: the 0-based index of the keyed option (0 for the other forms).
    public var answer: Int
    /// How the question is answered.
    public var response: QuestionResponse
    /// A template (`"generate"`): its variables, truth and named mistakes.
    public var template: QuestionTemplate?
    /// For a template as asked: the draw it was asked with.
    public var variant: TemplateVariant?
    /// Markdown: why the key is right and each distractor wrong.
    public var explanation: String
    /// For numeric questions: the calculator call that must produce the keyed
    /// option, or (`number`) the truth.
    public var check: QuestionCheck?

    public init(
        id: String, lesson: String, section: String? = nil, domain: String, difficulty: Difficulty, kind: Kind? = nil,
        stem: String, options: [String], answer: Int, explanation: String, check: QuestionCheck? = nil,
        response: QuestionResponse = .choice, template: QuestionTemplate? = nil
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
        self.response = response
        self.template = template
    }
}

extension Question {
    /// A template not yet drawn: each review and exam asks a drawn variant of it.
    public var isTemplate: Bool { template != nil && variant == nil }

    /// `l10-g01#3` for a drawn variant, the id otherwise.
    public var displayID: String { variant.map { "\(id)#\($0.number)" } ?? id }

    /// Decimals a number question's truth is written with: its check's
    /// `digits`, a template's own (4 when it sets none), else up to 6.
    public var truthDigits: Int { check?.digits ?? template.map { $0.digits ?? 4 } ?? 6 }

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
public struct QuestionCheck: Equatable, Sendable, Codable {
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
