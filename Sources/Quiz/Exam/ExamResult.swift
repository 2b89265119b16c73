import Course
import Foundation

/// The marks of a submitted exam: score, pass or fail, the breakdown by
/// domain, the time used, and every question with the chosen and right option.
public struct ExamResult: Equatable, Sendable {
    public struct DomainScore: Equatable, Sendable {
        public var domain: String
        public var correct: Int
        public var total: Int
        public var percent: Double { ExamScoring.percent(correct: correct, of: total) }

        public init(domain: String, correct: Int, total: Int) {
            self.domain = domain
            self.correct = correct
            self.total = total
        }
    }

    public struct Review: Equatable, Sendable {
        /// 0-based.
        public var position: Int
        public var question: Question
        /// Options in the order shown.
        public var options: [String]
        /// Shown index of the chosen option; nil if unanswered.
        public var chosenOption: Int?
        /// Original index of the chosen option.
        public var chosen: Int?
        /// Shown index of the keyed option.
        public var correctOption: Int
        public var flagged: Bool
        public var isCorrect: Bool { chosen == question.answer }
        /// How the answer feeds the question's FSRS card: right → Good, wrong or blank → Again.
        public var rating: Rating { isCorrect ? .good : .again }
    }

    public var correct: Int
    public var total: Int
    public var passPercent: Double
    public var domains: [DomainScore]
    /// From the start to the submission, at most the time allowed.
    public var timeUsed: TimeInterval
    public var submittedAutomatically: Bool
    public var reviews: [Review]

    public var percent: Double { ExamScoring.percent(correct: correct, of: total) }
    public var passed: Bool { ExamScoring.passed(percent: percent, total: total, passPercent: passPercent) }
    /// 0-based positions answered wrong or left blank.
    public var missed: [Int] { reviews.filter { !$0.isCorrect }.map(\.position) }

    init?(_ session: ExamSession, domainOrder: [String]) {
        guard let submittedAt = session.submittedAt else { return nil }
        let reviews = session.items.enumerated().map { position, item in
            Review(position: position, question: item.question, options: item.options, chosenOption: item.chosenOption,
                   chosen: item.chosen, correctOption: item.correctOption, flagged: item.flagged)
        }
        self.reviews = reviews
        correct = reviews.count { $0.isCorrect }
        total = reviews.count
        passPercent = session.passPercent
        timeUsed = ExamScoring.timeUsed(startedAt: session.startedAt, deadline: session.deadline, submittedAt: submittedAt)
        submittedAutomatically = session.autoSubmitted

        var order = domainOrder.filter { domain in session.items.contains { $0.question.domain == domain } }
        for item in session.items where !order.contains(item.question.domain) { order.append(item.question.domain) }
        domains = order.map { domain in
            let inDomain = reviews.filter { $0.question.domain == domain }
            return DomainScore(domain: domain, correct: inDomain.count { $0.isCorrect }, total: inDomain.count)
        }
    }
}
