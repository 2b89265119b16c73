import Foundation

/// The outcome of reviewing a card: its new memory state and a log entry.
public struct FSRSReview: Equatable, Sendable, Codable {
    /// The card after the review.
    public var card: FSRSCard
    /// What happened, for the review history.
    public var log: FSRSReviewLog
}

/// One review as recorded in a history (py-fsrs's `ReviewLog`, without a card id).
public struct FSRSReviewLog: Equatable, Sendable, Codable {
    public var rating: Rating
    /// When the review happened.
    public var time: Date
    /// Whole days since the previous review; nil for the first review.
    public var elapsedDays: Int?
    /// The predicted probability of recall just before the review (0 if never reviewed).
    public var retrievability: Double
    /// The card's state before the review.
    public var previousState: FSRSCard.State
}
