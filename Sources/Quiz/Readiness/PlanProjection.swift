import Foundation

/// The plan day by day until the exam and the forecast on the exam day if it
/// is followed, as `PlanSimulator` projects it (stored as JSON in the plan's cache).
public struct PlanProjection: Equatable, Sendable, Codable {
    public struct Day: Equatable, Sendable, Codable {
        public var date: ExamDay
        /// Expected answers to questions seen before the day (relearning steps included);
        /// today: those still due.
        public var reviews: Double
        /// New questions to introduce; today: those not introduced yet.
        public var new: Int
        /// `new` per blueprint domain (domains with none left out).
        public var newByDomain: [String: Int]
        /// Expected minutes: every expected answer of the day (reviews, new
        /// questions and their learning steps) × the time per answer.
        public var minutes: Double
        /// A rest day: no new questions.
        public var rest: Bool
        /// A day of the final-review window (`ExamWindow`).
        public var finalReview: Bool
    }

    public struct DomainForecast: Equatable, Sendable, Codable {
        public var id: String
        public var expectedPercent: Double
    }

    public var examDay: ExamDay
    public var computedAt: Date
    /// Simulated futures averaged.
    public var runs: Int
    public var seed: UInt64
    public var secondsPerAnswer: Double
    /// From today to the day before the exam.
    public var days: [Day]
    /// On the exam day, the plan followed.
    public var forecast: ExamForecast
    public var domains: [DomainForecast]
    /// Exam questions the plan leaves unseen on the exam day (the daily minutes did not fit them).
    public var unseenAtExam: Int

    /// Expected minutes over the whole plan.
    public var totalMinutes: Double { days.reduce(0) { $0 + $1.minutes } }
}
