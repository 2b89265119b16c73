import Course
import Foundation

/// Projects an exam plan: which new questions each day introduces, the
/// reviews and minutes each day is expected to take, and the forecast on the
/// exam day if the plan is followed.
///
/// **New questions.** Days run from today to the day before the exam. Rest days
/// and the final-review window (`ExamWindow`) introduce none (unless no other
/// day is left). Each introducing day takes ⌈U/D⌉ of the U exam questions still
/// unseen, D introducing days being left (today counts the questions already
/// introduced today, so the spread is the same all day). With a daily limit of
/// minutes the number is cut so that the day's expected answers fit: each new
/// question counts its first answer and one per learning step. The day's
/// questions are shared out among the blueprint's domains by highest averages
/// (each one goes to the domain with the largest weight ÷ (questions given + 1)),
/// the weight being the blueprint's share per pool question (drawn ÷ pool size)
/// times the room the forecast leaves (1 − the domain's mean probability, at
/// least 0.01): the exam's heavy domains and the learner's weak spots first.
///
/// **Simulation.** The learner's future is simulated with the same memory
/// model, `runs` times (seeded, so a plan is reproducible): each day at the
/// time of day it is now, every card due by the end of that day (after the
/// exam-date capping rule) is answered — right with the forecast's probability
/// (retrievability with the guessing floor; a new question's first answer with
/// its domain's prior), rated Good or Again, scheduled by the FSRS-6 scheduler
/// (fuzz drawn from the run's generator) — and asked again after each learning
/// or relearning step the same day. Cards are independent given the plan, so
/// each seen card is simulated on its own, and the new questions of one day,
/// domain and window slot, whose futures are alike, by one representative.
/// P(pass) on the exam day is the exact forecast over each question's mean
/// probability across the runs: the pass probability is multilinear in the
/// questions' probabilities and the questions are independent, so this equals
/// the mean over the runs' futures.
public struct PlanSimulator: Sendable {
    /// Simulated futures per card.
    public static let runs = 100

    public var model: ReadinessModel
    public var plan: ExamPlan
    public var calendar: Calendar
    public var secondsPerAnswer: Double

    public init(model: ReadinessModel, plan: ExamPlan, calendar: Calendar, secondsPerAnswer: Double) {
        self.model = model
        self.plan = plan
        self.calendar = calendar
        self.secondsPerAnswer = secondsPerAnswer
    }

    /// What the learner already did today.
    public struct Today: Equatable, Sendable {
        /// New questions introduced today, per domain.
        public var introduced: [String: Int]
        /// Answers given today.
        public var answers: Int

        public init(introduced: [String: Int] = [:], answers: Int = 0) {
            self.introduced = introduced
            self.answers = answers
        }
    }

    /// The seed of a plan's simulation: the course and the exam day, so the same plan projects the same.
    public static func seed(course: String, examDay: ExamDay) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for byte in (course + "|" + examDay.description).utf8 { hash = FNV1a.mix(hash, UInt64(byte)) }
        return hash
    }

    /// Answers a new question is budgeted on its first day: the first answer and one per learning step.
    public var answersPerNewQuestion: Int { model.scheduler.learningSteps.count + 1 }

    /// The projection from the learner's cards at `now`; nil once the exam day has begun.
    public func project(cards: [String: FSRSCard], today: Today, now: Date, seed: UInt64,
                        runs: Int = PlanSimulator.runs) -> PlanProjection? {
        guard let window = ExamWindow(plan: plan, calendar: calendar, now: now) else { return nil }
        let calendar = self.calendar
        let todayStart = calendar.startOfDay(for: now)
        let dayCount = max(1, calendar.dateComponents([.day], from: todayStart, to: window.examStart).day ?? 1)
        let days = Days(count: dayCount, now: now, todayStart: todayStart, examStart: window.examStart, calendar: calendar)
        let rest = days.starts.prefix(dayCount).map { plan.restDays.contains(ExamPlan.Weekday(number: calendar.component(.weekday, from: $0))) }
        let finalReview = days.starts.prefix(dayCount).map { $0 >= window.start }
        var introducing = (0..<dayCount).filter { !rest[$0] && !finalReview[$0] }
        if introducing.isEmpty { introducing = (0..<dayCount).filter { !rest[$0] } }
        if introducing.isEmpty { introducing = Array(0..<dayCount) }

        let course = model.course
        var position: [String: Int] = [:]
        for (index, question) in course.questions.enumerated() where position[question.id] == nil { position[question.id] = index }
        var simulation = Simulation(model: model, window: window, days: days, runs: max(1, runs), seed: seed)

        // Every seen card of the bank, on its own.
        var reviews = [Double](repeating: 0, count: dayCount)
        var examProbability: [String: Double] = [:]
        for (index, question) in course.questions.enumerated() where position[question.id] == index {
            guard let card = cards[question.id], card.lastReview != nil, card.stability != nil else { continue }
            let track = simulation.run(question: question, position: index, start: card, firstDay: 0)
            for d in 0..<dayCount { reviews[d] += track.answers[d] }
            examProbability[question.id] = track.examProbability
        }

        // The unseen exam questions, introduced day by day.
        let current = model.forecast(cards: cards, at: now)
        var unseen: [String: [Question]] = [:]
        var weights: [String: Double] = [:]
        for (pool, domain) in zip(model.pools.pools, current.domains) {
            unseen[domain.id] = pool.positions.map { course.questions[$0] }.filter { examProbability[$0.id] == nil }
            let share = domain.questions.isEmpty ? 0 : Double(domain.drawn) / Double(domain.questions.count)
            weights[domain.id] = share * max(0.01, 1 - domain.expectedPercent / 100)
        }
        let domainOrder = current.domains.map(\.id)
        let introducedToday = today.introduced.values.reduce(0, +)
        var newAnswers = [Double](repeating: 0, count: dayCount)
        var outDays: [PlanProjection.Day] = []
        for d in 0..<dayCount {
            let left = domainOrder.reduce(0) { $0 + (unseen[$1]?.count ?? 0) }
            var count = 0
            if let slot = introducing.firstIndex(of: d), left > 0 {
                let already = d == 0 ? introducedToday : 0
                let spread = Int((Double(left + already) / Double(introducing.count - slot)).rounded(.up))
                count = max(0, spread - already)
                if let minutes = plan.minutesPerDay {
                    let budget = Double(minutes) * 60 / secondsPerAnswer - reviews[d] - Double(d == 0 ? today.answers : 0)
                    count = min(count, max(0, Int((budget / Double(answersPerNewQuestion)).rounded(.down))))
                }
                count = min(count, left)
            }
            let given = Self.share(count, weights: weights, order: domainOrder, available: unseen.mapValues(\.count),
                                   already: d == 0 ? today.introduced : [:])
            for domain in domainOrder {
                guard let k = given[domain], k > 0, let pool = unseen[domain] else { continue }
                let introduced = Array(pool.prefix(k))
                unseen[domain] = Array(pool.dropFirst(k))
                // One representative per window slot and option count: their futures are alike.
                let groups = Dictionary(grouping: introduced) {
                    CohortKey(slot: (position[$0.id] ?? 0) % max(1, window.days.count), options: $0.options.count)
                }
                for key in groups.keys.sorted() {
                    guard let members = groups[key], let first = members.first else { continue }
                    let track = simulation.run(question: first, position: position[first.id] ?? 0, start: nil, firstDay: d)
                    let size = Double(members.count)
                    newAnswers[d] += size * track.answers[d]
                    for later in (d + 1)..<max(d + 1, dayCount) { reviews[later] += size * track.answers[later] }
                    for member in members { examProbability[member.id] = track.examProbability }
                }
            }
            outDays.append(PlanProjection.Day(
                date: ExamDay(days.starts[d], calendar: calendar), reviews: reviews[d], new: count,
                newByDomain: given.filter { $0.value > 0 }, minutes: (reviews[d] + newAnswers[d]) * secondsPerAnswer / 60,
                rest: rest[d], finalReview: finalReview[d]))
        }

        let exam = model.forecast(at: window.examStart) { question in
            examProbability[question.id].map { ($0, true) } ?? (model.prior.probability(domain: question.domain), false)
        }
        return PlanProjection(
            examDay: plan.examDay, computedAt: now, runs: max(1, runs), seed: seed, secondsPerAnswer: secondsPerAnswer,
            days: outDays, forecast: exam.exam,
            domains: exam.domains.map { PlanProjection.DomainForecast(id: $0.id, expectedPercent: $0.expectedPercent) },
            unseenAtExam: unseen.values.reduce(0) { $0 + $1.count })
    }

    /// `count` new questions shared out among domains by highest averages:
    /// each goes to the domain with the largest weight ÷ (given + 1), counting
    /// `already` given, never beyond what a domain has `available`; ties in `order`.
    public static func share(_ count: Int, weights: [String: Double], order: [String], available: [String: Int],
                             already: [String: Int] = [:]) -> [String: Int] {
        var given: [String: Int] = [:]
        for _ in 0..<max(0, count) {
            var best: (domain: String, score: Double)?
            for domain in order where (given[domain] ?? 0) < (available[domain] ?? 0) {
                let seats = Double((already[domain] ?? 0) + (given[domain] ?? 0))
                let score = (weights[domain] ?? 0) / (seats + 1)
                if best.map({ score > $0.score }) ?? true { best = (domain, score) }
            }
            guard let domain = best?.domain else { break }
            given[domain, default: 0] += 1
        }
        return given
    }

    private struct CohortKey: Hashable, Comparable {
        var slot: Int
        var options: Int
        static func < (a: CohortKey, b: CohortKey) -> Bool { (a.slot, a.options) < (b.slot, b.options) }
    }
}

/// The calendar of a projection: each day's start and the time of its study session.
private struct Days {
    /// Midnights of day 0 … count (the last one starts the exam day).
    var starts: [Date]
    /// When each day's practice happens: now today, the same time of day later.
    var sessions: [Date]

    init(count: Int, now: Date, todayStart: Date, examStart: Date, calendar: Calendar) {
        starts = (0..<count).map { calendar.date(byAdding: .day, value: $0, to: todayStart) ?? todayStart } + [examStart]
        var sessions = [now]
        for d in 1..<max(1, count) {
            let at = calendar.date(byAdding: .day, value: d, to: now) ?? starts[d]
            sessions.append(min(max(at, starts[d]), starts[d + 1].addingTimeInterval(-1)))
        }
        self.sessions = sessions
    }

    /// The day whose end comes after `date` (0 for anything before tomorrow); `count` past the last day.
    func index(of date: Date) -> Int {
        var low = 1, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if date < starts[mid] { high = mid } else { low = mid + 1 }
        }
        return low - 1
    }
}

/// Runs the futures of one card at a time.
private struct Simulation {
    let model: ReadinessModel
    let window: ExamWindow
    let days: Days
    let runs: Int
    let seed: UInt64
    var tracks: UInt64 = 0

    struct Track {
        /// Mean answers per day.
        var answers: [Double]
        /// Mean probability of a right answer at the start of the exam day.
        var examProbability: Double
    }

    /// `start` nil: a new question whose first answer comes on `firstDay`.
    mutating func run(question: Question, position: Int, start: FSRSCard?, firstDay: Int) -> Track {
        let dayCount = days.starts.count - 1
        let scheduler = model.scheduler
        let prior = model.prior.probability(domain: question.domain)
        var generator = SeededGenerator(seed: FNV1a.mix(seed, tracks))
        tracks += 1
        var answers = [Int](repeating: 0, count: dayCount)
        var examTotal = 0.0
        for _ in 0..<runs {
            var card = start
            var day = firstDay
            while day < dayCount {
                var time = days.sessions[day]
                if let current = card {
                    day = max(day, days.index(of: window.due(of: current, position: position)))
                    guard day < dayCount else { break }
                    time = max(days.sessions[day], current.lastReview ?? time)
                }
                let end = days.starts[day + 1]
                var repeats = 0
                repeat {
                    let p = card.map { question.answerProbability(recall: scheduler.retrievability(of: $0, at: time)) } ?? prior
                    let rating: Rating = generator.nextUnitInterval() < p ? .good : .again
                    let next = scheduler.review(card ?? .new(at: time), rating: rating, at: time, using: &generator).card
                    card = next
                    answers[day] += 1
                    repeats += 1
                    time = max(time, next.due)
                } while card?.state != .review && time < end && repeats < 12
                day += 1
            }
            if let card {
                examTotal += question.answerProbability(recall: scheduler.retrievability(of: card, at: window.examStart))
            } else {
                examTotal += prior
            }
        }
        let scale = 1 / Double(runs)
        return Track(answers: answers.map { Double($0) * scale }, examProbability: examTotal * scale)
    }
}
