import Course
import Foundation
import Testing
@testable import Quiz

/// The exam-date rules: the interval-capping window and the plan's days.
@Suite struct PlanSimulatorTests {
    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// 2026-07-01 09:30 UTC.
    static let now = Date(timeIntervalSince1970: 1_782_898_200)
    static let day = 86_400.0

    static func plan(_ date: String, minutes: Int? = nil, rest: String = "") throws -> ExamPlan {
        ExamPlan(examDay: try ExamDay(date), minutesPerDay: minutes, restDays: try ExamPlan.restDays(rest))
    }

    @Test func examDaysAndWeekdaysParse() throws {
        #expect(try ExamDay("2028-02-29").description == "2028-02-29")
        #expect(throws: ExamPlanError.self) { try ExamDay("2027-02-29") }
        #expect(throws: ExamPlanError.self) { try ExamDay("2027-13-01") }
        #expect(throws: ExamPlanError.self) { try ExamDay("27-01-15") }
        #expect(throws: ExamPlanError.self) { try ExamDay("2027-1-15") }
        #expect(throws: ExamPlanError.self) { try ExamDay("2027-01-+5") }
        #expect(ExamDay(Self.now, calendar: Self.utc).description == "2026-07-01")
        #expect(try ExamDay("2026-07-20").start(in: Self.utc) == Date(timeIntervalSince1970: 1_784_505_600))
        #expect(try ExamPlan.restDays("sat, Sunday").map(\.number).sorted() == [1, 7])
        #expect(try ExamPlan.restDays("") == [])
        #expect(throws: ExamPlanError.self) { try ExamPlan.restDays("sat,someday") }
        #expect(try Self.plan("2026-07-20", rest: "sun,sat").restDayList == "sun,sat")
    }

    @Test func intervalsPastTheExamAreCappedIntoTheFinalDays() throws {
        let window = try #require(ExamWindow(plan: try Self.plan("2026-07-20"), calendar: Self.utc, now: Self.now))
        let exam = try ExamDay("2026-07-20").start(in: Self.utc)
        #expect(window.examStart == exam)
        #expect(window.days == [exam - 3 * Self.day, exam - 2 * Self.day, exam - Self.day])
        func card(last: Double, due: Double) -> FSRSCard {
            FSRSCard(state: .review, step: nil, stability: 30, difficulty: 5, due: Self.now + due * Self.day, lastReview: Self.now + last * Self.day)
        }
        // Reviewed before the window, next review after the exam: moved into the window by position.
        let late = card(last: 4, due: 24)
        #expect(window.due(of: late, position: 0) == window.days[0])
        #expect(window.due(of: late, position: 4) == window.days[1])
        #expect(window.due(of: late, position: 8) == window.days[2])
        // Due exactly at the exam's start counts as past it.
        let atExam = FSRSCard(state: .review, step: nil, stability: 30, difficulty: 5, due: exam, lastReview: Self.now)
        #expect(window.due(of: atExam, position: 1) == window.days[1])
        // Due before the exam, or reviewed inside the window: unchanged.
        let early = card(last: 4, due: 10)
        #expect(window.due(of: early, position: 0) == early.due)
        let inside = FSRSCard(state: .review, step: nil, stability: 30, difficulty: 5, due: exam + 9 * Self.day, lastReview: exam - Self.day)
        #expect(window.due(of: inside, position: 0) == inside.due)
        // Never answered: nothing to cap.
        #expect(window.due(of: .new(at: Self.now), position: 0) == Self.now)
        // Once the exam day has begun the rule ends.
        #expect(ExamWindow(plan: try Self.plan("2026-07-01"), calendar: Self.utc, now: Self.now) == nil)
    }

    static func simulator(course: Course, plan: ExamPlan, firstAnswers: [String: ReadinessPrior.FirstAnswers] = [:]) -> PlanSimulator {
        PlanSimulator(model: ReadinessModel(course: course, scheduler: .standard,
                                            prior: ReadinessPrior(course: course, firstAnswers: firstAnswers)),
                      plan: plan, calendar: utc, secondsPerAnswer: 20)
    }

    @Test func newQuestionsAreSpreadEvenlyBeforeTheFinalReviewDays() throws {
        let course = Fixtures.course(perDomain: 10)
        let projection = try #require(Self.simulator(course: course, plan: try Self.plan("2026-07-11"))
            .project(cards: [:], today: .init(), now: Self.now, seed: 1, runs: 50))
        #expect(projection.days.map(\.date.description) == (1...10).map { String(format: "2026-07-%02d", $0) })
        // 40 questions over the 7 days before the window: ⌈40/7⌉, ⌈34/6⌉, … .
        #expect(projection.days.map(\.new) == [6, 6, 6, 6, 6, 5, 5, 0, 0, 0])
        #expect(projection.days.map(\.finalReview) == [false, false, false, false, false, false, false, true, true, true])
        #expect(projection.unseenAtExam == 0)
        for day in projection.days {
            #expect(day.newByDomain.values.reduce(0, +) == day.new)
            // A new question takes two answers (right, then its learning step) or three (wrong, then both steps).
            let newAnswers = day.minutes * 60 / 20 - day.reviews
            #expect(newAnswers >= 2 * Double(day.new) - 1e-9 && newAnswers <= 3 * Double(day.new) + 1e-9, "\(day.date)")
        }
        // The first day's questions go to the heavy domains first: diffusion draws 5 of 10, foundations 2 of 10.
        #expect((projection.days[0].newByDomain["diffusion"] ?? 0) >= (projection.days[0].newByDomain["foundations"] ?? 0))
        // Every question introduced and reviewed in the window: passing is likelier than guessing lets it be today.
        let today = ReadinessModel(course: course, scheduler: .standard, prior: ReadinessPrior(course: course, firstAnswers: [:]))
            .forecast(cards: [:], at: Self.now)
        #expect(projection.forecast.passProbability > today.passProbability + 0.2)
        #expect(projection.totalMinutes == projection.days.reduce(0) { $0 + $1.minutes })
    }

    @Test func restDaysIntroduceNothingAndAMinuteLimitCutsTheNew() throws {
        let course = Fixtures.course(perDomain: 10)
        // 2026-07-01 is a Wednesday; the 4th and 5th are the weekend.
        let rested = try #require(Self.simulator(course: course, plan: try Self.plan("2026-07-11", rest: "sat,sun"))
            .project(cards: [:], today: .init(), now: Self.now, seed: 1, runs: 20))
        #expect(rested.days.filter(\.rest).map(\.date.description) == ["2026-07-04", "2026-07-05"])
        #expect(rested.days.filter(\.rest).allSatisfy { $0.new == 0 })
        #expect(rested.days.reduce(0) { $0 + $1.new } == 40)
        #expect(rested.days.map(\.new) == [8, 8, 8, 0, 0, 8, 8, 0, 0, 0])

        // Two minutes a day at 20 s an answer is six answers: two new questions (three answers each budgeted).
        let limited = try #require(Self.simulator(course: course, plan: try Self.plan("2026-07-11", minutes: 2))
            .project(cards: [:], today: .init(), now: Self.now, seed: 1, runs: 20))
        #expect(limited.days[0].new == 2)
        #expect(limited.days.allSatisfy { $0.new <= 2 })
        #expect(limited.unseenAtExam == 40 - limited.days.reduce(0) { $0 + $1.new })
        #expect(limited.unseenAtExam > 0)
        // Today's new questions already introduced count towards today's share.
        let started = try #require(Self.simulator(course: course, plan: try Self.plan("2026-07-11"))
            .project(cards: [:], today: .init(introduced: ["diffusion": 4], answers: 10), now: Self.now, seed: 1, runs: 20))
        // 40 unseen + 4 introduced today over 7 days: ⌈44/7⌉ = 7 today, 4 of them done.
        #expect(started.days[0].new == 3)
    }

    @Test func seenCardsAreReviewedWhenDueAndTheSameSeedProjectsTheSame() throws {
        let course = Fixtures.course(perDomain: 3)
        let scheduler = FSRSScheduler.standard
        var cards: [String: FSRSCard] = [:]
        for question in course.questions {
            cards[question.id] = FSRSCard(state: .review, step: nil, stability: 3, difficulty: 5,
                                          due: Self.now + 2 * Self.day, lastReview: Self.now - Self.day)
        }
        let simulator = Self.simulator(course: course, plan: try Self.plan("2026-07-20"))
        let projection = try #require(simulator.project(cards: cards, today: .init(), now: Self.now, seed: 9, runs: 100))
        #expect(projection.days.allSatisfy { $0.new == 0 })
        #expect(projection.days[0].reviews == 0 && projection.days[1].reviews == 0)
        // All 12 are due on day 2; each is answered once, and again after its relearning step when missed.
        let recall = course.questions[0].answerProbability(recall: scheduler.retrievability(of: cards[course.questions[0].id]!, at: Self.now + 2 * Self.day))
        #expect(projection.days[2].reviews >= 12 && projection.days[2].reviews <= 24)
        #expect(abs(projection.days[2].reviews - 12 * (2 - recall)) < 1.5)
        #expect(simulator.project(cards: cards, today: .init(), now: Self.now, seed: 9, runs: 100) == projection)
        #expect(projection.seed == 9 && projection.runs == 100)
    }

    @Test func sharesGoByHighestAverages() {
        let given = PlanSimulator.share(4, weights: ["a": 3, "b": 1], order: ["a", "b"], available: ["a": 10, "b": 10])
        #expect(given == ["a": 3, "b": 1])
        // A domain cannot get more than it has left; already given seats count.
        #expect(PlanSimulator.share(4, weights: ["a": 3, "b": 1], order: ["a", "b"], available: ["a": 1, "b": 10]) == ["a": 1, "b": 3])
        // a holds 5 already: b's 1/1 beats a's 3/6, then a's 3/6 ties b's 1/2 and the order decides.
        #expect(PlanSimulator.share(2, weights: ["a": 3, "b": 1], order: ["a", "b"], available: ["a": 9, "b": 9], already: ["a": 5]) == ["a": 1, "b": 1])
        #expect(PlanSimulator.share(3, weights: ["a": 1], order: ["a"], available: ["a": 2]) == ["a": 2])
    }
}
