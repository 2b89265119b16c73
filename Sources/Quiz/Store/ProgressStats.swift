import Foundation

/// A course's progress in numbers, as `dli-tutor stats` shows it.
public struct ProgressStats: Equatable, Sendable {
    /// Answers to the questions of one lesson or one domain.
    public struct Accuracy: Equatable, Sendable {
        /// The lesson or domain (chapter) id.
        public var id: String
        /// Questions in the bank.
        public var cards: Int
        /// Questions answered at least once.
        public var seen: Int
        public var reviews: Int
        public var correct: Int
        public init(id: String, cards: Int, seen: Int, reviews: Int, correct: Int) {
            self.id = id
            self.cards = cards
            self.seen = seen
            self.reviews = reviews
            self.correct = correct
        }

        /// Exam questions left unanswered (among `reviews`: each still moved its card
        /// as a wrong answer, but it is not an answer).
        public var unanswered = 0

        /// Reviews that were answers (right or wrong).
        public var answered: Int { reviews - unanswered }
        /// Share of right answers in percent; nil before any answer.
        public var percent: Double? { answered <= 0 ? nil : 100 * Double(correct) / Double(answered) }
    }

    /// Cards by FSRS state; `new` ones were never answered.
    public struct CardCounts: Equatable, Sendable {
        public var new = 0
        public var learning = 0
        public var review = 0
        public var relearning = 0
        public init() {}
        public var total: Int { new + learning + review + relearning }
    }

    public struct Day: Equatable, Sendable {
        /// Local midnight.
        public var start: Date
        public var reviews: Int
        public var correct: Int
    }

    /// By lesson id.
    public var lessons: [Accuracy]
    /// By domain id.
    public var domains: [Accuracy]
    public var cards: CardCounts
    /// Oldest first, ending with today.
    public var reviewsPerDay: [Day]
    /// Answered cards due before the end of today.
    public var dueToday: Int
    /// Oldest first.
    public var exams: [ExamAttemptSummary]
    /// The average probability of recalling each reviewed card now
    /// (`FSRSScheduler.recallProbability`); nil if none.
    public var predictedRetention: Double?
    /// The same a week from now, if nothing is reviewed meanwhile.
    public var predictedRetentionInAWeek: Double?
    /// How often the learner was right when sure and when not sure.
    public var calibration = ConfidenceCalibration()
}

/// Calibration of the learner's confidence over their answers (re-asks aside):
/// how often they were right when sure and when not sure, and where they were
/// sure and wrong (confident errors).
public struct ConfidenceCalibration: Equatable, Sendable {
    public struct Tally: Equatable, Sendable {
        public var answers = 0
        public var correct = 0
        public init(answers: Int = 0, correct: Int = 0) {
            self.answers = answers
            self.correct = correct
        }
        /// Share of right answers (0…1); nil before any.
        public var accuracy: Double? { answers == 0 ? nil : Double(correct) / Double(answers) }
    }

    public var sure = Tally()
    public var unsure = Tally()
    /// Wrong answers given as sure, by domain id.
    public var confidentErrors: [String: Int] = [:]

    public init() {}
}
