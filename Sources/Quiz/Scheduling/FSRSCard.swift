import Foundation

/// How well the learner recalled a card (FSRS ratings).
public enum Rating: Int, Codable, Sendable, CaseIterable {
    case again = 1, hard = 2, good = 3, easy = 4

    public var name: String {
        switch self {
        case .again: return "again"
        case .hard: return "hard"
        case .good: return "good"
        case .easy: return "easy"
        }
    }

    public init?(name: String) {
        guard let rating = Rating.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = rating
    }
}

/// The FSRS memory state of one question for one learner.
public struct FSRSCard: Equatable, Sendable, Codable {
    public enum State: Int, Codable, Sendable {
        case learning = 1, review = 2, relearning = 3

        public var name: String {
            switch self {
            case .learning: return "learning"
            case .review: return "review"
            case .relearning: return "relearning"
            }
        }
    }

    public var state: State
    /// The learning or relearning step; nil in review.
    public var step: Int?
    /// nil until the first review.
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    /// A card never reviewed: learning, step 0, due at creation.
    public static func new(at time: Date) -> FSRSCard {
        FSRSCard(state: .learning, step: 0, stability: nil, difficulty: nil, due: time, lastReview: nil)
    }

    public init(state: State, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }
}
