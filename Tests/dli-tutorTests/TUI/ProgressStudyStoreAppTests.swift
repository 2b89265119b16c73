import Course
import Foundation
import Quiz
import Study
import Testing
@testable import dli_tutor

/// The app on the real progress database: what the screens write is in the
/// SQLite file, and a new process (a new store on the same folder) finds it.
@Suite struct ProgressStudyStoreAppTests {
    let course = StudyFixtures.course

    func folder() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("dli-tutor-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func open(_ folder: String, clock: TestClock) throws -> (ProgressStore, ProgressStudyStore) {
        let progress = try ProgressStore(dataDirectory: folder)
        return (progress, ProgressStudyStore(store: progress, scheduler: .standard, clock: { clock.now }))
    }

    /// The app on `store`, opened as the runner opens it (the course's bank synced first).
    func app(_ store: ProgressStudyStore, clock: TestClock, size: Size = Size(width: 80, height: 24)) throws -> App {
        try store.save(.courseOpened(course, at: clock.now))
        let env = AppEnvironment(library: [AppEnvironment.LibraryCourse(course: course, source: .bundled)], course: course,
                                 store: store, clock: { clock.now }, calendar: Fixtures.utc, seed: { 7 })
        return App(env: env, size: size, root: try HomeScreen(env: env))
    }

    @Test func practiceRatingsAndUndoAreInTheDatabase() throws {
        let clock = TestClock()
        let (progress, store) = try open(try folder(), clock: clock)
        var app = try app(store, clock: clock)
        app.press(.char("p"))
        let first = try #require(StudyFixtures.question(on: app))
        app.press(StudyFixtures.letter(for: app, right: true), .enter)
        var card = try #require(try progress.card(course: course.id, question: first.id))
        #expect(card.reviewCount == 1 && card.correctCount == 1 && card.card.lastReview == clock.now)
        app.press(.char("u"))
        card = try #require(try progress.card(course: course.id, question: first.id))
        #expect(card.isNew && card.card.lastReview == nil)
        #expect(try progress.exportArchive().reviews.isEmpty)
        clock.advance(5)
        app.press(StudyFixtures.letter(for: app, right: false), .enter)
        card = try #require(try progress.card(course: course.id, question: first.id))
        #expect(card.reviewCount == 1 && card.correctCount == 0 && card.card.state == .learning)

        let summary = try store.homeSummary(course: course, now: clock.now, calendar: Fixtures.utc)
        #expect(summary.newCards == 5 && summary.questionsTotal == 6)
        #expect(summary.dueReviews == 1 && summary.reviewsPerDay.last == 1 && summary.streakDays == 1)
    }

    @Test func anExamLeftOpenResumesInANewProcessAndIsSubmittedThere() throws {
        let folder = try folder(), clock = TestClock()
        let attemptQuestions: [String]
        do {
            let (progress, store) = try open(folder, clock: clock)
            var app = try app(store, clock: clock)
            app.press(.char("e"), .enter)
            app.press(StudyFixtures.letter(for: app, right: true), .char("m"))
            clock.advance(90)
            app.press(StudyFixtures.letter(for: app, right: false))
            app.press(.char("Q"), .char("y"))
            #expect(app.isFinished)
            let record = try #require(try progress.openAttempt(course: course.id))
            #expect(record.position == 2 && record.items.count { $0.chosen != nil } == 2 && record.items[1].flagged)
            attemptQuestions = record.items.map(\.question)
            progress.close()
        }
        clock.advance(60)
        let (progress, store) = try open(folder, clock: clock)
        var app = try app(store, clock: clock)
        app.press(.char("e"))
        let exam = try #require(app.top as? ExamScreen)
        #expect(exam.session.items.map(\.question.id) == attemptQuestions && exam.session.position == 2)
        #expect(app.frame.text.contains("7:30 left"))
        app.press(StudyFixtures.letter(for: app, right: true))
        app.press(.char("s"), .char("y"))
        #expect(app.top is ExamResultsScreen)
        #expect(app.frame.text.contains("2/4 · 50%  NOT PASSED"))
        #expect(try progress.openAttempt(course: course.id) == nil)
        let summary = try #require(try progress.attemptSummaries(course: course.id).first)
        #expect(summary.correct == 2 && summary.total == 4 && summary.submittedAt == clock.now)
        // Every question of the exam got its review (right → Good, wrong or blank → Again).
        for id in attemptQuestions { #expect(try progress.card(course: course.id, question: id)?.reviewCount == 1) }

        // Retake the two missed, timed.
        app.press(.char("r"))
        let retake = try #require(try progress.openAttempt(course: course.id))
        #expect(retake.retakeOf == 1 && retake.items.count == 2 && retake.deadline == clock.now.addingTimeInterval(300))
        #expect(app.frame.text.contains("Retake of exam 1 · Question 1 of 2"))
    }

    @Test func statsAndHomeReadTheDatabase() throws {
        let clock = TestClock()
        let (progress, store) = try open(try folder(), clock: clock)
        var app = try app(store, clock: clock, size: Size(width: 120, height: 40))
        app.press(.char("p"))
        for right in [true, false, true] { app.press(StudyFixtures.letter(for: app, right: right), .enter) }
        clock.advance(60)
        app.press(.char("q"), .char("e"), .enter)
        for _ in 0..<4 { app.press(StudyFixtures.letter(for: app, right: true)) }
        app.press(.char("s"), .char("y"), .char("q"))
        #expect(app.depth == 1)

        let stats = try store.stats(course: course, now: clock.now, calendar: Fixtures.utc)
        #expect(stats.exams.count == 1 && stats.exams[0].summary.correct == 4 && stats.exams[0].passed)
        #expect(stats.exams[0].domains.map(\.domain) == ["basics", "diffusion"])
        #expect(stats.reviewsPerDay.count == StudyStats.historyDays && stats.reviewsPerDay.last?.count == 7)
        #expect(stats.forecast.count == StudyStats.forecastDays)
        let horizon = Fixtures.utc.date(byAdding: .day, value: 30, to: Fixtures.utc.startOfDay(for: clock.now)) ?? clock.now
        let due = try course.questions.compactMap { try progress.card(course: course.id, question: $0.id) }
            .filter { !$0.isNew && $0.card.due < horizon }
        #expect(!due.isEmpty && stats.forecast.reduce(0) { $0 + $1.count } == due.count)
        #expect(stats.cards.total == 6 && stats.lessons.map(\.id) == ["l01-attention", "l02-ddpm"])
        #expect(stats.domains.reduce(0) { $0 + $1.accuracy.reviews } == 7)

        app.press(.char("s"))
        let text = app.frame.text
        #expect(text.contains("Exam 1    03-10"))
        #expect(text.contains("100% pass"))
        // The streak sits below the pass forecast and the audit: at the end of the page.
        app.press(.char("G"))
        #expect(app.frame.text.contains("Current streak 1 day"))
        app.press(.char("q"))
        let home = app.frame.text
        #expect(home.contains("100% passed"))
    }

    @Test func theLongestStreakIsTheLongestRunOfDaysWithReviews() {
        #expect(HomeSummary.longestStreak([]) == 0)
        #expect(HomeSummary.longestStreak([0, 0]) == 0)
        #expect(HomeSummary.longestStreak([2, 1, 0, 4, 4, 4, 0, 1]) == 3)
        #expect(HomeSummary.longestStreak([1, 1, 1, 1]) == 4)
    }
}
