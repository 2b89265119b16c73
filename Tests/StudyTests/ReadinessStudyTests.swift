import Course
import Foundation
@testable import Quiz
import Study
import Testing

/// The readiness forecast, the exam plan and the audit through the study layer
/// on the real store (an in-memory database).
@Suite struct ReadinessStudyTests {
    let course = StudyCourse.course
    let now = StudyCourse.now
    let utc = StudyCourse.utc

    func makeStore(clock: @escaping () -> Date = { StudyCourse.now }) throws -> ProgressStudyStore {
        let study = ProgressStudyStore(store: try ProgressStore(inMemory: "readiness-tests"), scheduler: .standard,
                                       clock: clock, calendar: StudyCourse.utc)
        try study.save(.courseOpened(course, at: now))
        return study
    }

    func answer(_ study: ProgressStudyStore, _ id: String, right: Bool, at time: Date) throws {
        let question = try #require(course.questions.first { $0.id == id })
        try study.save(.answer(courseID: course.id, question: question, option: right ? question.answer : (question.answer + 1) % 3, at: time))
    }

    @Test func firstAnswersMakeThePriorAndUndoTakesThemBack() throws {
        let study = try makeStore()
        try answer(study, "a-1", right: false, at: now)
        try answer(study, "a-1", right: true, at: now.addingTimeInterval(60))
        try answer(study, "b-1", right: true, at: now.addingTimeInterval(120))
        var prior = try study.readiness(course: course, now: now, calendar: utc).forecast.prior
        #expect(prior.domains.map(\.firstAnswers) == [.init(answers: 1, correct: 0), .init(answers: 1, correct: 1)])
        // Three-option questions: chance is 1/3; overall = (1 + 4/3) / 6; each domain shrinks towards it, never below 1/3.
        let overall = (1 + 4.0 / 3) / 6
        #expect(abs(prior.overall - overall) < 1e-12)
        #expect(prior.domains[0].probability == 1.0 / 3)
        #expect(abs(prior.domains[1].probability - (1 + 4 * overall) / 5) < 1e-12)

        // Undoing a first answer (a practice review of a new card) takes it out of the tally.
        let question = course.questions[3]
        var session = PracticeSession(questionIDs: [question.id], questions: [question], cards: [:], scheduler: study.scheduler)
        try session.answer(option: question.answer)
        guard case .recordReview(let record) = try session.confirm(at: now.addingTimeInterval(300)) else { return }
        try study.save(.practiceReview(courseID: course.id, record))
        #expect(try study.readiness(course: course, now: now, calendar: utc).forecast.prior.domains[1].firstAnswers.answers == 2)
        try study.save(.practiceUndo(courseID: course.id, record))
        prior = try study.readiness(course: course, now: now, calendar: utc).forecast.prior
        #expect(prior.domains[1].firstAnswers == .init(answers: 1, correct: 1))
    }

    @Test func theForecastIsTheModelOnTheStoredCards() throws {
        let study = try makeStore()
        try answer(study, "a-1", right: true, at: now.addingTimeInterval(-5 * 86_400))
        try answer(study, "b-2", right: false, at: now.addingTimeInterval(-2 * 86_400))
        let later = now.addingTimeInterval(3 * 86_400 + 3600)
        let readiness = try study.readiness(course: course, now: later, calendar: utc)
        let positions = try study.store.answeredCards(course: course.id)
        #expect(Set(positions.keys) == [0, 3])
        let cards = Dictionary(uniqueKeysWithValues: positions.map { (course.questions[$0.key].id, $0.value) })
        #expect(Set(cards.keys) == ["a-1", "b-2"])
        let prior = ReadinessPrior(course: course, firstAnswers: try study.store.firstAnswers(course: course.id))
        let expected = ReadinessModel(course: course, scheduler: .standard, prior: prior).forecast(cards: cards, at: later)
        #expect(readiness.forecast == expected)
        let seen = try #require(readiness.forecast.domains.first?.questions.first)
        #expect(seen.seen && seen.id == "a-1")
        #expect(seen.probability == course.questions[0].answerProbability(recall: FSRSScheduler.standard.retrievability(of: cards["a-1"]!, at: later)))
        #expect(readiness.audit.brier == nil)
        #expect(readiness.plan == nil && readiness.projection == nil)
    }

    @Test func anExamStoresItsForecastWhenItStartsAndTheAuditScoresIt() throws {
        let study = try makeStore()
        try answer(study, "a-1", right: true, at: now.addingTimeInterval(-86_400))
        var generator = SeededGenerator(seed: 4)
        var session = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 4, at: now, using: &generator)
        try study.save(.examStarted(session.record))
        let stored = try #require(try study.openExam(courseID: course.id))
        let prior = ReadinessPrior(course: course, firstAnswers: try study.store.firstAnswers(course: course.id))
        let expected = ReadinessModel(course: course, scheduler: .standard, prior: prior)
            .attemptForecast(questions: session.items.map(\.question), cards: ["a-1": try #require(try study.store.answeredCards(course: course.id)[0])],
                             at: session.startedAt, passPercent: session.passPercent)
        #expect(stored.forecast == expected)

        session.id = stored.id
        for position in session.items.indices { _ = try session.answer(position, option: 0, at: now.addingTimeInterval(30)) }
        _ = try session.submit(at: now.addingTimeInterval(60))
        try study.save(.examSubmitted(session))
        let summary = try #require(try study.examHistory(courseID: course.id).last)
        #expect(summary.forecast == expected)
        let audit = try study.readiness(course: course, now: now, calendar: utc).audit
        #expect(audit.entries.count == 1)
        #expect(summary.passed != nil)
        let passed = summary.passed ?? false
        #expect(audit.brier == (expected.passProbability - (passed ? 1 : 0)) * (expected.passProbability - (passed ? 1 : 0)))

        // A progress export keeps the forecast; a second store importing it has it too.
        let archive = try ProgressArchive.decode(try study.exportArchive().encoded())
        #expect(archive.exams.first?.forecast == expected)
        let copy = try makeStore()
        _ = try copy.importArchive(archive)
        #expect(try copy.examHistory(courseID: course.id).first?.forecast == expected)
    }

    @Test func aPlanIsCachedRecomputedAfterReviewsAndFollowedByPractice() throws {
        let study = try makeStore()
        let plan = ExamPlan(examDay: try ExamDay("2026-03-20"), minutesPerDay: nil, restDays: [])
        try study.save(.examPlanSet(courseID: course.id, plan, at: now))
        let readiness = try study.readiness(course: course, now: now, calendar: utc)
        #expect(readiness.plan == plan)
        let projection = try #require(readiness.projection)
        // 4 unseen questions over the 7 days before the 3-day window: one a day for four days.
        #expect(projection.days.count == 10)
        #expect(projection.days.map(\.new) == [1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
        let firstKey = try #require(try study.store.examPlan(course: course.id)?.projectionKey)

        // Opening the course again reuses the stored projection.
        try study.save(.courseOpened(course, at: now.addingTimeInterval(60)))
        #expect(try study.store.examPlan(course: course.id)?.projectionKey == firstKey)

        // Practice introduces the plan's one question today, not the daily limit of 20.
        let practice = try study.practicePlan(course: course, filter: .all, now: now, calendar: utc, seed: 1)
        #expect(practice.queue.newCount == 1)
        #expect(try study.homeSummary(course: course, now: now, calendar: utc).newCards == 1)
        // A chosen lesson leaves the plan's share aside.
        #expect(try study.practicePlan(course: course, filter: CardFilter(lesson: "a"), now: now, calendar: utc, seed: 1).queue.newCount == 2)

        // A review makes the stored projection stale, and the write brings it up to date.
        let id = try #require(practice.queue.items.first?.questionID)
        try answer(study, id, right: true, at: now.addingTimeInterval(120))
        let stored = try #require(try study.store.examPlan(course: course.id))
        #expect(stored.projectionKey != firstKey)
        #expect(stored.revision == 1)
        #expect(try study.readiness(course: course, now: now.addingTimeInterval(180), calendar: utc).projection?.days.first?.new == 0)

        try study.save(.examPlanCleared(courseID: course.id))
        #expect(try study.readiness(course: course, now: now, calendar: utc).plan == nil)
        #expect(try study.practicePlan(course: course, filter: .all, now: now, calendar: utc, seed: 1).queue.newCount == 3)
    }

    @Test func aCardDuePastTheExamIsAskedInTheFinalDays() throws {
        let study = try makeStore()
        // a-1 was last answered ten days ago and is not due for another two months.
        let card = FSRSCard(state: .review, step: nil, stability: 60, difficulty: 5, due: now.addingTimeInterval(60 * 86_400),
                            lastReview: now.addingTimeInterval(-10 * 86_400))
        let last = try #require(card.lastReview)
        _ = try study.importArchive(ProgressArchive(
            cards: [ProgressArchive.Card(course: course.id, question: "a-1", lesson: "a", domain: "one", memory: ProgressArchive.CardState(card))],
            reviews: [ProgressArchive.Review(course: course.id, question: "a-1", reviewedAt: last, rating: "good", correct: true, chosen: 0,
                                             source: .practice, exam: nil, before: ProgressArchive.CardState(.new(at: last)))]))
        try study.save(.courseOpened(course, at: now))
        func reviews() throws -> [String] {
            try study.practicePlan(course: course, filter: .all, now: now, calendar: utc, seed: 1).queue.items
                .filter { $0.kind == .review }.map(\.questionID)
        }
        #expect(try reviews().isEmpty)
        // The exam is in two days: today is the window's second day and a-1 (bank position 0) falls on its first.
        try study.save(.examPlanSet(courseID: course.id, ExamPlan(examDay: try ExamDay("2026-03-12")), at: now))
        #expect(try reviews() == ["a-1"])
        // The stored card keeps its own due date.
        #expect(try study.store.answeredCards(course: course.id)[0]?.due == card.due)
    }
}
