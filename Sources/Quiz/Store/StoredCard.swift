import Foundation

/// A question's card as the store keeps it: its FSRS state plus where it sits
/// in the course and how often it was answered (right).
public struct StoredCard: Equatable, Sendable {
    public var question: String
    public var lesson: String
    public var domain: String
    /// The question's index in the course's current bank; nil once it left the course.
    public var position: Int?
    public var card: FSRSCard
    public var reviewCount = 0
    public var correctCount = 0

    /// Never reviewed (in practice or in an exam).
    public var isNew: Bool { reviewCount == 0 }
}

/// Which cards a practice session draws from.
public struct CardFilter: Equatable, Sendable {
    public var lesson: String?
    public var domain: String?

    public init(lesson: String? = nil, domain: String? = nil) {
        self.lesson = lesson
        self.domain = domain
    }

    public static let all = CardFilter()
}

/// The cards a practice session is built from: reviewed cards that are due
/// (oldest first) and never-reviewed ones (in bank order).
public struct PracticeCandidates: Equatable, Sendable {
    public var due: [StoredCard]
    public var new: [StoredCard]

    /// New questions already introduced in practice since the start of the day.
    public var newIntroducedToday: Int

    public init(due: [StoredCard], new: [StoredCard], newIntroducedToday: Int) {
        self.due = due
        self.new = new
        self.newIntroducedToday = newIntroducedToday
    }
}

/// Where an answer was given.
public enum ReviewSource: String, Codable, Sendable, CaseIterable {
    case practice, exam
    /// Practice of a chosen lesson or chapter past the daily limits; only a card's
    /// first review of the day moves its FSRS state (`ProgressStore.recordPractice`).
    case cram
    /// Fresh variants of templates (`practice --drill`), under the same rule as cram.
    case drill
}

/// Practice outside the daily schedule (cram or drill): its reviews are logged
/// under `source`, and only a card's first review since `dayStart` (the start
/// of the learner's day) moves its FSRS state, so that thirty drills in an
/// afternoon do not inflate a card's stability or the forecast.
public struct ExtraPractice: Equatable, Sendable {
    public var source: ReviewSource
    public var dayStart: Date

    public init(source: ReviewSource, dayStart: Date) {
        self.source = source
        self.dayStart = dayStart
    }

    /// Extra practice of `source` on the learner's day of `time`; nil for
    /// scheduled practice, whose every review moves its card.
    public init?(_ source: ReviewSource, at time: Date, calendar: Calendar) {
        guard source == .cram || source == .drill else { return nil }
        self.init(source: source, dayStart: calendar.startOfDay(for: time))
    }

    /// Whether a review moves a card last reviewed at `lastReview`: only the
    /// day's first does.
    public func movesCard(lastReviewed lastReview: Date?) -> Bool {
        lastReview.map { $0 < dayStart } ?? true
    }
}

/// One answer to a question and what it did to the card.
public struct CardReview: Equatable, Sendable {
    public var question: String
    public var reviewedAt: Date
    public var rating: Rating
    public var correct: Bool
    /// The original (unshuffled) index of the chosen option, if any.
    public var chosen: Int?
    /// The rest of the answer: a set, a typed text, confidence, override, re-ask.
    public var answer: ReviewAnswer
    public var before: FSRSCard
    public var after: FSRSCard

    public init(question: String, reviewedAt: Date, rating: Rating, correct: Bool, chosen: Int?, before: FSRSCard, after: FSRSCard,
                answer: ReviewAnswer = .plain) {
        self.question = question
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.correct = correct
        self.chosen = chosen
        self.answer = answer
        self.before = before
        self.after = after
    }
}
