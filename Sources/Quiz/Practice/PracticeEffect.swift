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
    /// The 0-based option the learner chose.
    public var answer: Int
    public var correct: Bool

    public init(questionID: String, oldCard: FSRSCard?, newCard: FSRSCard, rating: Rating, time: Date, answer: Int, correct: Bool) {
        self.questionID = questionID
        self.oldCard = oldCard
        self.newCard = newCard
        self.rating = rating
        self.time = time
        self.answer = answer
        self.correct = correct
    }
}
