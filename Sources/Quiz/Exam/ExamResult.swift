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
    }

    public struct Review: Equatable, Sendable {
        /// 0-based.
        public var position: Int
        /// The question as it was asked, its options in the order shown, the answer.
        public var item: ExamItem

        public var question: Question { item.question }
        /// Options in the order shown.
        public var options: [String] { item.options }
        /// Shown index of the chosen option (pick-one); nil if unanswered.
        public var chosenOption: Int? { item.chosenOption }
        /// Original index of the chosen option (pick-one).
        public var chosen: Int? { item.chosen }
        /// Shown index of the keyed option (pick-one).
        public var correctOption: Int { item.correctOption }
        public var flagged: Bool { item.flagged }
        public var answer: Answer? { item.answer }
        public var confidence: Confidence? { item.confidence }
        /// The grade of the answer; nil when unanswered.
        public var grade: AnswerGrade? { item.grade }
        public var isCorrect: Bool { item.isCorrect }
        /// How the answer feeds the question's FSRS card: right and sure → Good,
        /// right and not sure → Hard, wrong or blank → Again.
        public var rating: Rating { AnswerGrader.proposedRating(correct: isCorrect, confidence: confidence) }
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
        let reviews = session.items.enumerated().map { position, item in Review(position: position, item: item) }
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
