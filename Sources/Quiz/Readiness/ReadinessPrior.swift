import Course

/// What the forecast assumes for a question the learner has never answered:
/// one probability per blueprint domain, a smoothed accuracy of the learner's
/// first answers.
///
/// A first answer (the first review of a question, in practice, the reader or
/// an exam) is given with no memory of that question, only what the learner
/// knows from reading and other questions — exactly the situation of an unseen
/// question in an exam. Two levels of shrinkage keep a handful of answers from
/// swinging the figure: the learner's first-answer accuracy over all domains is
/// pulled towards the chance level (what guessing alone scores: the mean of
/// `answerProbability(recall: 0)` over the exam's questions), and each domain's
/// towards that overall figure, each by `strength` pseudo-answers, and neither
/// goes below what guessing scores (a pick-one question can always be guessed):
///
///     overall  = max(chance, (C + a·chance) / (N + a))
///     p_domain = max(chance_d, (c_d + a·overall) / (n_d + a))
///
/// Before any answer every domain's prior is the chance level (a learner who
/// has seen nothing can only guess); after about ten first answers in a domain
/// its own accuracy dominates.
public struct ReadinessPrior: Equatable, Sendable {
    /// First answers and how many were right, of one domain or of all.
    public struct FirstAnswers: Equatable, Sendable {
        public var answers: Int
        public var correct: Int

        public static let none = FirstAnswers(answers: 0, correct: 0)
    }

    public struct Domain: Equatable, Sendable {
        public var id: String
        public var firstAnswers: FirstAnswers
        /// The mean guessing floor of the domain's pool.
        public var chance: Double
        /// The probability an unseen question of the domain is answered right.
        public var probability: Double
    }

    /// Pseudo-answers of each shrinkage step.
    public static let strength = 4.0

    /// The mean guessing floor of the exam's questions.
    public var chance: Double
    /// First answers over all domains (those outside the blueprint included).
    public var firstAnswers: FirstAnswers
    /// The learner's smoothed first-answer accuracy over all domains.
    public var overall: Double
    /// The blueprint's domains, in blueprint order.
    public var domains: [Domain]

    /// The prior of `course` from first answers per domain id.
    public init(course: Course, firstAnswers byDomain: [String: FirstAnswers]) {
        self.init(course: course, pools: ExamPools(course: course), firstAnswers: byDomain)
    }

    /// The prior from first answers per domain id, given the course's exam pools.
    public init(course: Course, pools: ExamPools, firstAnswers byDomain: [String: FirstAnswers]) {
        func guessing(_ positions: [Int]) -> Double {
            positions.isEmpty ? 0 : positions.reduce(0) { $0 + course.questions[$1].answerProbability(recall: 0) } / Double(positions.count)
        }
        let chance = guessing(pools.pools.flatMap(\.positions))
        self.chance = chance
        let total = byDomain.values.reduce(FirstAnswers.none) {
            FirstAnswers(answers: $0.answers + $1.answers, correct: $0.correct + $1.correct)
        }
        firstAnswers = total
        let a = Self.strength
        let overall = max(chance, (Double(total.correct) + a * chance) / (Double(total.answers) + a))
        self.overall = overall
        domains = pools.pools.map { pool in
            let own = byDomain[pool.chapter] ?? .none
            let floor = guessing(pool.positions)
            return Domain(id: pool.chapter, firstAnswers: own, chance: floor,
                          probability: max(floor, (Double(own.correct) + a * overall) / (Double(own.answers) + a)))
        }
    }

    /// The prior of a domain; the overall figure for a domain outside the blueprint.
    public func probability(domain: String) -> Double {
        domains.first { $0.id == domain }?.probability ?? overall
    }
}
