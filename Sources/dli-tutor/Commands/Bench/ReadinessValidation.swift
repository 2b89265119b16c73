import Course
import Foundation
import Quiz

/// The readiness forecaster checked on synthetic learners (`dli-tutor bench
/// readiness`). Each learner's true memory follows FSRS-6 with each of w0…w20
/// multiplied by its own U(0.8, 1.2) factor (kept within py-fsrs's bounds), so
/// the forecaster, which uses the default weights as the app does, is not told
/// the truth; each learner knows each domain's unseen questions with its own
/// probability κ (a first answer is right with κ + (1 − κ)/4); and each has its
/// own habits: 40–80 days of study, 3–15 new questions and 15–150 reviews a
/// session, 0–40 % of days skipped, a time of day. Practice runs as the app's
/// does (due cards most forgotten first, new ones, learning steps asked again
/// in the session, every answer rated Good when right and Again when wrong,
/// both memories updated), and the learner sits mock exams drawn by the app's
/// `ExamAssembler` on random days. Just before each exam the forecaster gives
/// P(pass) for the questions drawn (`ReadinessModel.attemptForecast`, from the
/// app's cards and first answers), and so does the baseline, which knows only
/// the learner's past accuracy: the binomial chance of passing at the share of
/// right answers so far (Laplace-smoothed; the second ask of a card in one
/// session left out). The exam's answers come from the true memory.
struct ReadinessValidation {
    struct Outcome {
        var forecast: Double
        var baseline: Double
        var passed: Bool
    }

    let course: Course
    let examsPerLearner: Int

    init(examsPerLearner: Int) {
        course = Self.syntheticCourse()
        self.examsPerLearner = examsPerLearner
    }

    /// Four domains shaped like the bundled blueprint (2/5/4/4 of 15, pass 70 %), 190 four-option questions.
    static func syntheticCourse() -> Course {
        let pools = [("foundations", 2, 30), ("diffusion", 5, 60), ("llm-rag", 4, 50), ("agents-customization", 4, 50)]
        var lessons: [Lesson] = [], questions: [Question] = []
        for (d, (domain, _, size)) in pools.enumerated() {
            for part in 0..<2 {
                lessons.append(Lesson(id: "\(domain)-\(part)", title: "\(domain) \(part)", chapter: domain, order: 2 * d + part + 1,
                                      minutes: 30, body: ""))
            }
            for n in 0..<size {
                questions.append(Question(id: "\(domain)-\(n)", lesson: "\(domain)-\(n % 2)", domain: domain, difficulty: .medium,
                                          stem: "?", options: ["a", "b", "c", "d"], answer: n % 4, explanation: ""))
            }
        }
        return Course(id: "bench-readiness", title: "Readiness benchmark",
                      chapters: pools.enumerated().map { Chapter(id: $1.0, number: $0 + 1, title: $1.0, weight: Double($1.1) / 15 * 100) },
                      exam: ExamBlueprint(questions: 15, minutes: 45, passPercent: 70,
                                          domains: pools.map { .init(chapter: $0.0, questions: $0.1) }),
                      lessons: lessons, questions: questions)
    }

    /// Every exam of learner number `index`, with the forecasts made just before it.
    func learner(_ index: Int, seed: UInt64) -> [Outcome] {
        var generator = SeededGenerator(seed: FNV1a.mix(FNV1a.mix(FNV1a.offsetBasis, seed), UInt64(index)))
        var learner = SyntheticLearner(course: course, using: &generator)
        let start = Date(timeIntervalSince1970: 1_767_571_200)  // 2026-01-05 00:00 UTC
        let days = Int.random(in: 40...80, using: &generator)
        var examDays = Array(2..<days).shuffled(using: &generator).prefix(examsPerLearner).sorted()
        while examDays.count < examsPerLearner { examDays.append(days + examDays.count) }
        var outcomes: [Outcome] = []
        var pending = examDays[...]
        for day in 0..<(max(days, (examDays.last ?? 0) + 1)) {
            let midnight = start.addingTimeInterval(Double(day) * 86_400)
            let study = midnight.addingTimeInterval(learner.studyHour * 3600 + Double.random(in: 0..<1800, using: &generator))
            let studies = day < days && generator.nextUnitInterval() >= learner.skipChance
            var examTime: Date?
            if pending.first == day {
                pending.removeFirst()
                examTime = midnight.addingTimeInterval(Double.random(in: 8...21, using: &generator) * 3600)
            }
            if let exam = examTime, !studies || exam < study {
                outcomes.append(learner.sitExam(at: exam, using: &generator))
                if studies { learner.practise(at: max(study, exam.addingTimeInterval(3600)), using: &generator) }
            } else {
                if studies { learner.practise(at: study, using: &generator) }
                if let exam = examTime { outcomes.append(learner.sitExam(at: max(exam, study.addingTimeInterval(3 * 3600)), using: &generator)) }
            }
        }
        return outcomes
    }
}

/// One synthetic learner: its true memory, the app's view of it, and its habits.
private struct SyntheticLearner {
    let course: Course
    let truth: FSRSScheduler
    let app = FSRSScheduler.standard
    /// κ per domain: the chance of knowing an unseen question's answer.
    var knowledge: [String: Double] = [:]
    var newPerSession: Int
    var reviewLimit: Int
    var skipChance: Double
    var studyHour: Double
    var trueCards: [String: FSRSCard] = [:]
    var appCards: [String: FSRSCard] = [:]
    var firstAnswers: [String: ReadinessPrior.FirstAnswers] = [:]
    var lastSeen: [String: Date] = [:]
    /// The baseline's tally: answers and right ones (second asks in a session left out).
    var answers = 0, right = 0

    init<G: RandomNumberGenerator>(course: Course, using generator: inout G) {
        self.course = course
        var weights = FSRSScheduler.defaultParameters
        for i in weights.indices {
            let scaled = weights[i] * Double.random(in: 0.8...1.2, using: &generator)
            weights[i] = min(max(scaled, FSRSScheduler.parameterLowerBounds[i]), FSRSScheduler.parameterUpperBounds[i])
        }
        truth = (try? FSRSScheduler(parameters: weights, enableFuzzing: false)) ?? FSRSScheduler.standard
        let ability = Double.random(in: 0...0.5, using: &generator)
        for domain in course.exam.domains {
            knowledge[domain.chapter] = min(0.9, max(0, ability + Double.random(in: -0.15...0.15, using: &generator)))
        }
        newPerSession = Int.random(in: 1...8, using: &generator)
        reviewLimit = Int.random(in: 10...100, using: &generator)
        skipChance = Double.random(in: 0...0.5, using: &generator)
        studyHour = Double.random(in: 7...21, using: &generator)
    }

    /// The true probability of a right answer now.
    func trueProbability(_ question: Question, at time: Date) -> Double {
        guard let card = trueCards[question.id] else {
            let known = knowledge[question.domain] ?? 0
            return question.answerProbability(recall: known)
        }
        return question.answerProbability(recall: truth.retrievability(of: card, at: time))
    }

    /// Answers `question` at `time` from the true memory; returns whether it was right.
    mutating func answer<G: RandomNumberGenerator>(_ question: Question, at time: Date, counted: Bool, using generator: inout G) -> Bool {
        let correct = generator.nextUnitInterval() < trueProbability(question, at: time)
        record(question, correct: correct, at: time, counted: counted)
        return correct
    }

    /// An answer as the app records it: the first answer tallied, the
    /// baseline's counts (unless `counted` is false), and both memories
    /// reviewed with the rating (Good when right, Again when wrong).
    mutating func record(_ question: Question, correct: Bool, at time: Date, counted: Bool) {
        let rating: Rating = correct ? .good : .again
        if appCards[question.id] == nil {
            var tally = firstAnswers[question.domain] ?? .none
            tally.answers += 1
            tally.correct += correct ? 1 : 0
            firstAnswers[question.domain] = tally
        }
        if counted {
            answers += 1
            right += correct ? 1 : 0
        }
        trueCards[question.id] = truth.review(trueCards[question.id] ?? .new(at: time), rating: rating, at: time).card
        appCards[question.id] = app.review(appCards[question.id] ?? .new(at: time), rating: rating, at: time).card
    }

    /// One practice session from `start`, an answer every 20 s.
    mutating func practise<G: RandomNumberGenerator>(at start: Date, using generator: inout G) {
        var time = start
        let due = course.questions.filter { appCards[$0.id].map { $0.due <= time } ?? false }
            .map { ($0, app.retrievability(of: appCards[$0.id]!, at: time)) }
            .sorted { $0.1 < $1.1 }.prefix(reviewLimit).map(\.0)
        let new = course.questions.filter { appCards[$0.id] == nil }.shuffled(using: &generator).prefix(newPerSession)
        var learning: [Question] = []
        for question in due + new {
            _ = answer(question, at: time, counted: true, using: &generator)
            if appCards[question.id]?.state != .review { learning.append(question) }
            time.addTimeInterval(20)
        }
        // Learning steps come back in the session (up to 20 minutes early once the queue is done).
        var asks = 0
        while let next = learning.indices.min(by: { appCards[learning[$0].id]!.due < appCards[learning[$1].id]!.due }), asks < 200 {
            let question = learning.remove(at: next)
            time = max(time, appCards[question.id]!.due.addingTimeInterval(-20 * 60))
            _ = answer(question, at: time, counted: false, using: &generator)
            if appCards[question.id]?.state != .review { learning.append(question) }
            time.addTimeInterval(20)
            asks += 1
        }
    }

    /// A mock exam at `time`: the forecasts just before it, then the answers from the true memory.
    mutating func sitExam<G: RandomNumberGenerator>(at time: Date, using generator: inout G) -> ReadinessValidation.Outcome {
        let session = ExamAssembler.assemble(course: course, lastSeen: lastSeen, seed: generator.next(), at: time, using: &generator)
        let questions = session.items.map(\.question)
        let model = ReadinessModel(course: course, scheduler: app, prior: ReadinessPrior(course: course, firstAnswers: firstAnswers))
        let forecast = model.attemptForecast(questions: questions, cards: appCards, at: time, passPercent: session.passPercent)
        let accuracy = (Double(right) + 1) / (Double(answers) + 2)
        let baseline = ScoreDistribution.poissonBinomial(Array(repeating: accuracy, count: questions.count))
            .examForecast(passPercent: session.passPercent)
        let outcomes = questions.map { generator.nextUnitInterval() < trueProbability($0, at: time) }
        let correct = outcomes.count { $0 }
        let passed = ExamScoring.passed(percent: ExamScoring.percent(correct: correct, of: questions.count), total: questions.count,
                                        passPercent: session.passPercent)
        // Submitted half an hour later: every answer becomes a review, as in the app.
        let submitted = time.addingTimeInterval(30 * 60)
        for (question, wasRight) in zip(questions, outcomes) {
            lastSeen[question.id] = time
            record(question, correct: wasRight, at: submitted, counted: true)
        }
        return ReadinessValidation.Outcome(forecast: forecast.passProbability, baseline: baseline.passProbability, passed: passed)
    }
}
