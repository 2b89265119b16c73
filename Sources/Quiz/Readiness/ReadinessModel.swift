import Course
import Foundation

/// The readiness forecast's model: what a learner answers right, question by
/// question, at a time t, and what that makes of a mock exam. Pure.
///
/// - A question answered before is recalled with its FSRS-6 retrievability at
///   t (`FSRSScheduler.retrievability`: whole days since the last review, as
///   py-fsrs counts them) and answered right with `Question.answerProbability`
///   (the guessing floor of a pick-one question).
/// - A question never answered is answered right with its domain's prior.
/// - An exam draws the blueprint's number of questions per domain uniformly
///   without replacement from the domain's pool (`Course.examPool`), and the
///   number right is computed exactly (`ScoreDistribution.drawing`, then the
///   domains convolved).
public struct ReadinessModel: Sendable {
    public var course: Course
    public var scheduler: FSRSScheduler
    public var prior: ReadinessPrior

    public init(course: Course, scheduler: FSRSScheduler, prior: ReadinessPrior) {
        self.course = course
        self.scheduler = scheduler
        self.prior = prior
    }

    /// The probability that `question` is answered right at `time`, given its
    /// card (nil or never reviewed: unseen, the prior).
    public func probability(of question: Question, card: FSRSCard?, at time: Date) -> (probability: Double, seen: Bool) {
        guard let card, card.lastReview != nil, card.stability != nil else {
            return (prior.probability(domain: question.domain), false)
        }
        return (question.answerProbability(recall: scheduler.retrievability(of: card, at: time)), true)
    }

    /// The forecast at `time` from the learner's cards by question id.
    public func forecast(cards: [String: FSRSCard], at time: Date) -> ReadinessForecast {
        forecast(at: time) { question in probability(of: question, card: cards[question.id], at: time) }
    }

    /// The forecast at `time` with each question's probability (and whether it
    /// counts as seen) given by `probability` — the plan's projection passes
    /// its simulated means.
    public func forecast(at time: Date, probability: (Question) -> (probability: Double, seen: Bool)) -> ReadinessForecast {
        let domains = course.exam.domains.map { blueprint in
            let pool = course.examPool(blueprint.chapter)
            return ReadinessForecast.Domain(id: blueprint.chapter, drawn: min(blueprint.questions, pool.count), questions: pool.map { question in
                let (p, seen) = probability(question)
                return ReadinessForecast.QuestionForecast(id: question.id, probability: p, seen: seen)
            })
        }
        return ReadinessForecast(at: time, passPercent: course.exam.passPercent, domains: domains, prior: prior)
    }

    /// The forecast of one attempt over the questions it drew, at `time` (when
    /// it starts): the exact Poisson-binomial distribution of its number right.
    public func attemptForecast(questions: [Question], cards: [String: FSRSCard], at time: Date,
                                passPercent: Double) -> ExamForecast {
        let ps = questions.map { probability(of: $0, card: cards[$0.id], at: time).probability }
        return ScoreDistribution.poissonBinomial(ps).examForecast(passPercent: passPercent)
    }
}
