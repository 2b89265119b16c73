import GRDB

/// What a review records about the answer beyond the chosen option of a
/// pick-one question: the set picked, the text as entered, how sure the
/// learner was, an override and a re-ask.
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

    public init(selection: [Int]? = nil, response: String? = nil, confidence: Confidence? = nil,
                overridden: Bool = false, reask: Bool = false) {
        self.selection = selection
        self.response = response
        self.confidence = confidence
        self.overridden = overridden
        self.reask = reask
    }

    /// A pick-one answer with nothing more to say.
    public static let plain = ReviewAnswer()

    /// The record of `answer` (nil: unanswered).
    public init(_ answer: Answer?, confidence: Confidence?, overridden: Bool = false, reask: Bool = false) {
        self.init(selection: answer?.options, response: answer.flatMap { $0.entered.isEmpty ? nil : $0.entered },
                  confidence: confidence, overridden: overridden, reask: reask)
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
                  overridden: row["overridden"] ?? false, reask: row["reask"] ?? false)
    }
}
