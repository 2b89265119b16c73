import Course
import Foundation
import GRDB

/// What a review records about the answer beyond the chosen option of a
/// pick-one question: the set picked, the text as entered, how sure the
/// learner was, an override, a re-ask, and for a template the variant asked
/// and the named mistake a wrong answer matched.
public struct ReviewAnswer: Equatable, Sendable {
    /// Original option indexes of a select-all answer, ascending.
    public var selection: [Int]?
    /// What was typed or picked, as entered (`b`, `a,c`, `4.19e7`, a line of code).
    public var response: String?
    public var confidence: Confidence?
    /// A typed answer the learner marked right after it was graded wrong.
    public var overridden: Bool
    /// The re-ask of a confident error in the same session.
    public var reask: Bool
    /// For a template: the variant asked (bindings and truth).
    public var variant: TemplateVariant?
    /// For a template: the index of the named mistake a wrong answer matched.
    public var mistake: Int?

    public init(selection: [Int]? = nil, response: String? = nil, confidence: Confidence? = nil,
                overridden: Bool = false, reask: Bool = false, variant: TemplateVariant? = nil, mistake: Int? = nil) {
        self.selection = selection
        self.response = response
        self.confidence = confidence
        self.overridden = overridden
        self.reask = reask
        self.variant = variant
        self.mistake = mistake
    }

    /// A pick-one answer with nothing more to say.
    public static let plain = ReviewAnswer()

    /// The record of `answer` (nil: unanswered).
    public init(_ answer: Answer?, confidence: Confidence?, overridden: Bool = false, reask: Bool = false,
                variant: TemplateVariant? = nil, mistake: Int? = nil) {
        self.init(selection: answer?.options, response: answer.flatMap { $0.entered.isEmpty ? nil : $0.entered },
                  confidence: confidence, overridden: overridden, reask: reask, variant: variant, mistake: mistake)
    }

    /// The variant as the `variant` column holds it (JSON).
    var variantJSON: String? {
        variant.flatMap { try? JSONEncoder().encode($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    static func variant(fromJSON text: String?) -> TemplateVariant? {
        text.flatMap { try? JSONDecoder().decode(TemplateVariant.self, from: Data($0.utf8)) }
    }

    /// `0;2` for a selection, as the review log writes it.
    var selectionText: String? { selection.map { $0.map(String.init).joined(separator: ";") } }

    static func selection(from text: String?) -> [Int]? {
        text.map { $0.split(separator: ";").compactMap { Int($0) } }
    }
}

extension ReviewAnswer {
    /// The answer columns of a `review` row.
    init(row: Row) {
        self.init(selection: Self.selection(from: row["selection"]), response: row["response"],
                  confidence: (row["confidence"] as String?).flatMap(Confidence.init(rawValue:)),
                  overridden: row["overridden"] ?? false, reask: row["reask"] ?? false,
                  variant: Self.variant(fromJSON: row["variant"]), mistake: row["mistake"])
    }
}
