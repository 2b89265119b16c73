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
///   without replacement from the domain's pool (`ExamPools`), and the
///   number right is computed exactly (`ScoreDistribution.drawing`, then the
///   domains convolved).
public struct ReadinessModel: Sendable {
    public let course: Course
    public let scheduler: FSRSScheduler
    public let prior: ReadinessPrior
    public let pools: ExamPools

    public init(course: Course, scheduler: FSRSScheduler, prior: ReadinessPrior, pools: ExamPools? = nil) {
        self.course = course
        self.scheduler = scheduler
        self.prior = prior
        self.pools = pools ?? ExamPools(course: course)
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

    /// The forecast at `time` from the learner's cards by bank position (as the
    /// store reads them). The questions are read in place, not copied: a bank
    /// can hold 100,000.
    public func forecast(cardsByPosition cards: [Int: FSRSCard], at time: Date) -> ReadinessForecast {
        course.questions.withUnsafeBufferPointer { questions in
            let domains = pools.pools.map { pool in
                ReadinessForecast.Domain(id: pool.chapter, drawn: pool.drawn, questions: pool.positions.map { position in
                    let (p, seen) = probability(of: questions[position], card: cards[position], at: time)
                    return ReadinessForecast.QuestionForecast(id: questions[position].id, probability: p, seen: seen)
                })
            }
            return ReadinessForecast(at: time, passPercent: course.exam.passPercent, domains: domains, prior: prior)
        }
    }

    /// The forecast at `time` with each question's probability (and whether it
    /// counts as seen) given by `probability` — the plan's projection passes
    /// its simulated means.
    public func forecast(at time: Date, probability: (Question) -> (probability: Double, seen: Bool)) -> ReadinessForecast {
        let domains = pools.pools.map { pool in
            ReadinessForecast.Domain(id: pool.chapter, drawn: pool.drawn, questions: pool.positions.map { position in
                let question = course.questions[position]
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
