import Course
import Foundation

/// What the practice session asks the store to do; plain values, applied in order.
public enum PracticeEffect: Equatable, Sendable {
    /// Save this review and set the question's card to `newCard`.
    case recordReview(PracticeReviewRecord)
    /// Remove this (the latest) review and set the question's card back to
    /// `oldCard`, or delete the card if `oldCard` is nil (the question was new).
    case undoReview(PracticeReviewRecord)
}

/// One confirmed answer of a practice session.
public struct PracticeReviewRecord: Equatable, Sendable, Codable {
    public var questionID: String
    /// The card before the review; nil if the question had never been reviewed.
    public var oldCard: FSRSCard?
    public var newCard: FSRSCard
    public var rating: Rating
    /// When the review was confirmed.
    public var time: Date
    /// What the learner answered (an option, a set, a number, a typed answer, a recall).
    public var answer: Answer
    public var correct: Bool
    /// How sure the learner said they were; nil when not asked.
    public var confidence: Confidence?
    /// A typed answer marked right by the learner after it was graded wrong.
    public var overridden: Bool
    /// The re-ask of a confident error.
    public var reask: Bool
    /// For a template: the variant asked (bindings and truth).
    public var variant: TemplateVariant?
    /// For a template: the named mistake a wrong answer matched (its index).
    public var mistake: Int?

    public init(questionID: String, oldCard: FSRSCard?, newCard: FSRSCard, rating: Rating, time: Date, answer: Answer,
                correct: Bool, confidence: Confidence? = nil, overridden: Bool = false, reask: Bool = false,
                variant: TemplateVariant? = nil, mistake: Int? = nil) {
        self.questionID = questionID
        self.oldCard = oldCard
        self.newCard = newCard
        self.rating = rating
        self.time = time
        self.answer = answer
        self.correct = correct
        self.confidence = confidence
        self.overridden = overridden
        self.reask = reask
        self.variant = variant
        self.mistake = mistake
    }
}
