import Course
import Foundation
import Testing
@testable import Quiz

/// Guessing floors, priors and the forecast of a course's exam.
@Suite struct ReadinessModelTests {
    static func question(_ id: String, domain: String, lesson: String = "l", options: Int = 4) -> Question {
        Question(id: id, lesson: lesson, domain: domain, difficulty: .medium, stem: "?",
                 options: (0..<options).map { "option \($0)" }, answer: 0, explanation: "")
    }

    @Test func guessingFloorOfAPickOneQuestion() {
        let four = Self.question("q", domain: "d"), two = Self.question("q", domain: "d", options: 2)
        #expect(four.answerProbability(recall: 0) == 0.25)
        #expect(four.answerProbability(recall: 1) == 1)
        #expect(abs(four.answerProbability(recall: 0.6) - 0.7) < 1e-15)
        #expect(two.answerProbability(recall: 0) == 0.5)
        #expect(abs(two.answerProbability(recall: 0.9) - 0.95) < 1e-15)
        #expect(four.isExamEligible)
    }

    /// The floor follows the answer form: a blind pick of exactly N of k, of any
    /// non-empty selection, and none for an answer that must be produced.
    @Test func guessingFloorOfEachAnswerForm() {
        var pickTwo = Self.question("q", domain: "d", options: 5)
        pickTwo.response = .choices(answers: [0, 2], picks: 2)
        #expect(abs(pickTwo.answerProbability(recall: 0) - 0.1) < 1e-15)  // 1/C(5,2)
        var selectAll = Self.question("q", domain: "d", options: 4)
        selectAll.response = .choices(answers: [1], picks: nil)
        #expect(abs(selectAll.answerProbability(recall: 0) - 1.0 / 15) < 1e-15)  // 1/(2⁴ − 1)
        var number = Self.question("q", domain: "d", options: 0)
        number.response = .number(NumberKey(value: 42, tolerance: Tolerance(absolute: 0.5)))
        #expect(number.answerProbability(recall: 0.3) == 0.3)
        #expect(number.isExamEligible)
        var recall = Self.question("q", domain: "d", options: 0)
        recall.response = .recall(back: "the back")
        #expect(!recall.isExamEligible)
        // A typed number whose truth cannot be computed is never drawn.
        var unknown = number
        unknown.response = .number(NumberKey(value: nil, tolerance: Tolerance(absolute: 0.5)))
        #expect(!unknown.isExamEligible)
    }

    @Test func priorBeforeAnyAnswerIsChance() {
        let course = Fixtures.course(perDomain: 4)
        let prior = ReadinessPrior(course: course, firstAnswers: [:])
        #expect(prior.chance == 0.25)
        #expect(prior.overall == 0.25)
        #expect(prior.domains.map(\.probability) == [0.25, 0.25, 0.25, 0.25])
        #expect(prior.domains.map(\.id) == Fixtures.domains)
    }

    @Test func priorShrinksFirstAnswersTwice() {
        let course = Fixtures.course(perDomain: 4)
        let answers: [String: ReadinessPrior.FirstAnswers] = [
            "foundations": .init(answers: 10, correct: 9), "diffusion": .init(answers: 2, correct: 0),
            "assessments": .init(answers: 4, correct: 4),
        ]
        let prior = ReadinessPrior(course: course, firstAnswers: answers)
        // overall = (13 + 4 × 0.25) / (16 + 4) = 0.7
        #expect(abs(prior.overall - 0.7) < 1e-15)
        #expect(prior.firstAnswers == .init(answers: 16, correct: 13))
        // foundations = (9 + 4 × 0.7) / 14, diffusion = (0 + 2.8) / 6, the others 0.7.
        #expect(abs(prior.probability(domain: "foundations") - 11.8 / 14) < 1e-15)
        #expect(abs(prior.probability(domain: "diffusion") - 2.8 / 6) < 1e-15)
        #expect(abs(prior.probability(domain: "llm-rag") - 0.7) < 1e-15)
        #expect(abs(prior.probability(domain: "not-in-blueprint") - 0.7) < 1e-15)
    }

    @Test func priorNeverFallsBelowGuessing() {
        let course = Fixtures.course(perDomain: 4)
        let prior = ReadinessPrior(course: course, firstAnswers: ["diffusion": .init(answers: 20, correct: 0),
                                                                  "llm-rag": .init(answers: 2, correct: 0)])
        // overall = (0 + 1) / 26 is below chance, so chance; each domain likewise.
        #expect(prior.overall == 0.25)
        #expect(prior.probability(domain: "diffusion") == 0.25)
        #expect(prior.probability(domain: "llm-rag") == 0.25)
        #expect(prior.domains.allSatisfy { $0.chance == 0.25 })
    }

    /// A tiny course: domain x draws 1 of 2, domain y draws 2 of 3.
    static var tiny: Course {
        Course(id: "tiny", title: "Tiny",
               chapters: [Chapter(id: "x", number: 1, title: "X", weight: 33), Chapter(id: "y", number: 2, title: "Y", weight: 67),
                          Chapter(id: "z", number: 3, title: "Z", weight: 0)],
               exam: ExamBlueprint(questions: 3, minutes: 9, passPercent: 60, domains: [.init(chapter: "x", questions: 1), .init(chapter: "y", questions: 2)]),
               lessons: [Lesson(id: "lx", title: "LX", chapter: "x", order: 1, minutes: 10, body: ""),
                         Lesson(id: "ly", title: "LY", chapter: "y", order: 2, minutes: 4, body: ""),
                         Lesson(id: "lz", title: "LZ", chapter: "z", order: 3, minutes: 4, body: "")],
               questions: [question("x1", domain: "x", lesson: "lx"), question("x2", domain: "x", lesson: "lx", options: 2),
                           question("y1", domain: "y", lesson: "ly"), question("y2", domain: "y", lesson: "ly"),
                           question("y3", domain: "y", lesson: "ly"), question("z1", domain: "z", lesson: "lz")])
    }

    @Test func forecastUsesRetrievabilityForSeenAndThePriorForUnseen() throws {
        let course = Self.tiny
        let scheduler = Fixtures.scheduler()
        let t0 = Fixtures.t0
        let card = scheduler.review(.new(at: t0), rating: .good, at: t0).card
        let later = scheduler.review(card, rating: .good, at: t0.addingTimeInterval(600)).card
        let prior = ReadinessPrior(course: course, firstAnswers: ["y": .init(answers: 6, correct: 3)])
        let model = ReadinessModel(course: course, scheduler: scheduler, prior: prior)
        let at = t0.addingTimeInterval(5 * 86_400 + 3_600)
        let forecast = model.forecast(cards: ["x2": later, "z1": later], at: at)

        let recall = scheduler.retrievability(of: later, at: at)
        #expect(recall < 1 && recall > 0.5)
        let x = try #require(forecast.domains.first)
        #expect(x.questions.map(\.id) == ["x1", "x2"])
        #expect(x.questions[1].seen && !x.questions[0].seen)
        #expect(x.questions[1].probability == recall + (1 - recall) / 2)
        #expect(x.questions[0].probability == prior.probability(domain: "x"))
        // Chapter z is outside the blueprint: not forecast.
        #expect(forecast.domains.map(\.id) == ["x", "y"])
        #expect(forecast.questions == 3)

        // P(pass) by enumerating every draw (2 × 3 equally likely) and every outcome.
        let px = x.questions.map(\.probability), py = forecast.domains[1].questions.map(\.probability)
        var pass = 0.0, expected = 0.0
        for i in 0..<2 {
            for pair in [(0, 1), (0, 2), (1, 2)] {
                let d = ScoreDistribution.poissonBinomial([px[i], py[pair.0], py[pair.1]])
                pass += d.probability(atLeast: 2) / 6
                expected += d.mean / 6
            }
        }
        #expect(abs(forecast.passProbability - pass) < 1e-12)
        #expect(abs(forecast.expectedPercent - 100 * expected / 3) < 1e-12)
        #expect(abs(x.expectedPercent - 100 * (px[0] + px[1]) / 2) < 1e-12)
        #expect(forecast.weakestDomain?.id == (x.expectedPercent <= forecast.domains[1].expectedPercent ? "x" : "y"))
        let interval = forecast.scoreInterval
        #expect(interval.lowerBound >= 0 && interval.upperBound <= 100 && interval.lowerBound <= interval.upperBound)
    }

    @Test func anAttemptsForecastIsThePoissonBinomialOfItsQuestions() {
        let course = Self.tiny
        let scheduler = Fixtures.scheduler()
        let t0 = Fixtures.t0
        let card = scheduler.review(.new(at: t0), rating: .good, at: t0).card
        let model = ReadinessModel(course: course, scheduler: scheduler, prior: ReadinessPrior(course: course, firstAnswers: [:]))
        let at = t0.addingTimeInterval(3 * 86_400)
        let questions = [course.questions[0], course.questions[2]]
        let forecast = model.attemptForecast(questions: questions, cards: ["y1": card], at: at, passPercent: 50)
        // Before any answer: the exam's mean guessing floor is (0.25 + 0.5 + 3 × 0.25) / 5 = 0.3, but
        // domain x guesses better than that, (0.25 + 0.5) / 2, and never below it.
        #expect(abs(model.prior.overall - 0.3) < 1e-15)
        #expect(model.prior.probability(domain: "x") == 0.375)
        #expect(abs(model.prior.probability(domain: "y") - 0.3) < 1e-15)
        let p1 = model.prior.probability(domain: "x"), p2 = questions[1].answerProbability(recall: scheduler.retrievability(of: card, at: at))
        // Two questions, pass at 50 %: one right is enough.
        #expect(abs(forecast.passProbability - (1 - (1 - p1) * (1 - p2))) < 1e-15)
        #expect(abs(forecast.expectedPercent - 100 * (p1 + p2) / 2) < 1e-12)
    }

    @Test func theNextLessonRaisesPassChanceMostPerMinute() throws {
        let course = Self.tiny
        let model = ReadinessModel(course: course, scheduler: Fixtures.scheduler(), prior: ReadinessPrior(course: course, firstAnswers: [:]))
        let now = Fixtures.t0
        let forecast = model.forecast(cards: [:], at: now)
        let advice = try #require(LessonAdvice.best(forecast: forecast, course: course, completed: [], secondsPerAnswer: 30))
        // Both lessons are unread. Lesson ly (4 min + 3 × 30 s) lifts the two-question domain; lx (10 min + 1 min) the other.
        func gain(_ lesson: String) -> Double {
            let ids = Set(course.questions.filter { $0.lesson == lesson }.map(\.id))
            return model.forecast(at: now) { q in
                ids.contains(q.id) ? (1, true) : (model.prior.probability(domain: q.domain), false)
            }.passProbability - forecast.passProbability
        }
        let perMinute = ["lx": gain("lx") / 11, "ly": gain("ly") / 5.5]
        #expect(advice.lessonID == perMinute.max { $0.value < $1.value }?.key)
        #expect(abs(advice.gain - gain(advice.lessonID)) < 1e-12)
        #expect(advice.questions == (advice.lessonID == "lx" ? 2 : 3))
        // A lesson read to the end costs only its answers; lz is outside the exam and never advised.
        let read = try #require(LessonAdvice.best(forecast: forecast, course: course, completed: ["lx", "ly"], secondsPerAnswer: 30))
        #expect(read.minutes == Double(read.questions) * 0.5)
        // Everything known: nothing to gain.
        let known = model.forecast(at: now) { _ in (1, true) }
        #expect(LessonAdvice.best(forecast: known, course: course, completed: [], secondsPerAnswer: 30) == nil)
    }

    /// Far from the pass mark no single lesson moves P(pass): the advice ranks
    /// by the expected score a minute of study adds instead.
    @Test func farFromThePassMarkTheNextLessonRaisesTheExpectedScoreMost() throws {
        var course = Self.tiny
        course.exam.passPercent = 100
        let model = ReadinessModel(course: course, scheduler: Fixtures.scheduler(), prior: ReadinessPrior(course: course, firstAnswers: [:]))
        let nothing = model.forecast(at: Fixtures.t0) { _ in (0, false) }
        #expect(nothing.passProbability == 0)
        let advice = try #require(LessonAdvice.best(forecast: nothing, course: course, completed: [], secondsPerAnswer: 30))
        // lx makes 1 of 3 exam questions sure in 11 min (+33.3 points), ly 2 of 3 in 5.5 min (+66.7 points).
        #expect(advice.lessonID == "ly" && advice.gain == 0 && advice.rankedByScore)
        #expect(abs(advice.scoreGain - 200.0 / 3) < 1e-9)
    }
}
