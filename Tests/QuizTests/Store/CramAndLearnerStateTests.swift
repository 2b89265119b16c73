import Course
import Foundation
import GRDB
import Testing
@testable import Quiz

/// Issue 17's storage: cram answers, the lines of a lesson seen, small preferences,
/// and the migration that adds them to a database written by the first schema.
@Suite struct CramAndLearnerStateTests {
    let course = Fixtures.course()
    let scheduler = Fixtures.scheduler()

    func answer(_ question: Question, right: Bool, at time: Date, card: FSRSCard?) throws -> PracticeReviewRecord {
        var session = PracticeSession(questionIDs: [question.id], questions: [question], cards: card.map { [question.id: $0] } ?? [:],
                                      scheduler: scheduler)
        try session.answer(option: right ? question.answer : (question.answer + 1) % question.options.count)
        guard case .recordReview(let record) = try session.confirm(at: time) else { throw StoreFailure("no review") }
        return record
    }

    @Test func onlyACardsFirstReviewOfTheDayMovesItsStateInCram() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let question = course.questions[1]
        let dayStart = Fixtures.t0
        let first = try answer(question, right: true, at: dayStart.addingTimeInterval(60), card: nil)
        try store.recordPractice(first, course: course.id, extra: ExtraPractice(source: .cram, dayStart: dayStart))
        let afterFirst = try #require(try store.card(course: course.id, question: question.id))
        #expect(afterFirst.card == first.newCard && afterFirst.reviewCount == 1)

        // Again the same day: logged, the card's schedule unchanged.
        let second = try answer(question, right: false, at: dayStart.addingTimeInterval(120), card: afterFirst.card)
        try store.recordPractice(second, course: course.id, extra: ExtraPractice(source: .cram, dayStart: dayStart))
        let afterSecond = try #require(try store.card(course: course.id, question: question.id))
        #expect(afterSecond.card == afterFirst.card)
        #expect(afterSecond.reviewCount == 2 && afterSecond.correctCount == 1)
        let reviews = try store.exportArchive().reviews
        #expect(reviews.map(\.source) == [.cram, .cram])
        // Undoing the review that left the card alone gives the same card back.
        try store.undoPractice(second, course: course.id)
        #expect(try store.card(course: course.id, question: question.id)?.card == afterFirst.card)
        try store.recordPractice(second, course: course.id, extra: ExtraPractice(source: .cram, dayStart: dayStart))

        // The next day's first cram review moves it again.
        let nextDay = dayStart.addingTimeInterval(86_400)
        let third = try answer(question, right: true, at: nextDay.addingTimeInterval(60), card: afterSecond.card)
        try store.recordPractice(third, course: course.id, extra: ExtraPractice(source: .cram, dayStart: nextDay))
        #expect(try store.card(course: course.id, question: question.id)?.card == third.newCard)

        // Cram answers do not use up the daily share of new questions.
        #expect(try store.practiceCandidates(course: course.id, dueBy: nextDay, startOfDay: dayStart).newIntroducedToday == 0)
    }

    @Test func theCramQueueTakesEveryQuestionOfTheFilterWeakestFirst() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let lesson = course.questions[0].lesson
        let inLesson = course.questions.filter { $0.lesson == lesson }
        // One question answered long ago (low recall now), one just now (high recall).
        let old = try answer(inLesson[0], right: true, at: Fixtures.t0, card: nil)
        try store.recordPractice(old, course: course.id)
        let now = Fixtures.t0.addingTimeInterval(20 * 86_400)
        let fresh = try answer(inLesson[1], right: true, at: now.addingTimeInterval(-60), card: nil)
        try store.recordPractice(fresh, course: course.id)
        var generator = SeededGenerator(seed: 7)
        let plan = try store.cramPlan(course: course.id, questionsByID: Dictionary(uniqueKeysWithValues: course.questions.map { ($0.id, $0) }),
                                      at: now, filter: CardFilter(lesson: lesson), scheduler: scheduler, using: &generator)
        #expect(Set(plan.queue.questionIDs) == Set(inLesson.map(\.id)))
        // Never-answered questions first, then the weaker review before the fresher one.
        #expect(Array(plan.queue.questionIDs.suffix(2)) == [inLesson[0].id, inLesson[1].id])
        #expect(plan.queue.newCount == inLesson.count - 2)
    }

    @Test func lineRangesMergeCountAndRoundTripAsText() throws {
        var seen = LineRanges([10..<20, 30..<35])
        seen.insert(19..<31)
        #expect(seen.ranges == [10..<35])
        seen.insert(40..<42)
        seen.insert(35..<36)
        #expect(seen.description == "10-36,40-42")
        #expect(LineRanges(text: seen.description) == seen)
        #expect(LineRanges(text: "5-3,x,7-9") == LineRanges([7..<9]))
        #expect(seen.count(within: 0..<41) == 27)
        let json = try JSONEncoder().encode(seen)
        #expect(String(decoding: json, as: UTF8.self) == "\"10-36,40-42\"")
        #expect(try JSONDecoder().decode(LineRanges.self, from: json) == seen)
    }

    @Test func preferencesAndTheLinesSeenAreStored() throws {
        let store = try Fixtures.store()
        #expect(try store.setting("course") == nil)
        try store.saveSetting("course", value: "a")
        try store.saveSetting("course", value: "b")
        #expect(try store.setting("course") == "b")
        try store.saveReadingProgress(LessonProgress(course: "c", lesson: "l", position: 3, percent: 20, completed: false,
                                                     updatedAt: Fixtures.t0, seen: LineRanges([3..<10])))
        try store.saveReadingProgress(LessonProgress(course: "c", lesson: "l", position: 1, percent: 10, completed: false,
                                                     updatedAt: Fixtures.t0, seen: LineRanges([12..<14])))
        let progress = try #require(try store.readingProgress(course: "c", lesson: "l"))
        #expect(progress.seen == LineRanges([3..<10, 12..<14]) && progress.percent == 20 && progress.position == 1)
        // An export from before issue 17 has no lines seen: importing it keeps them.
        var archive = try store.exportArchive()
        archive.lessons[0].seen = nil
        archive.lessons[0].percent = 50
        _ = try store.importArchive(archive)
        #expect(try store.readingProgress(course: "c", lesson: "l")?.seen == LineRanges([3..<10, 12..<14]))
    }

    /// A database written by the first schema gains the new table and column, and
    /// its review log accepts cram answers with every old review kept.
    @Test func theMigrationKeepsAVersionOneDatabase() throws {
        let path = (try Fixtures.folder() as NSString).appendingPathComponent("progress.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1") { db in
                try db.execute(sql: StoreSchema.version1)
                try db.execute(sql: "PRAGMA user_version = 1")
            }
            try migrator.migrate(queue)
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO card (course, question, lesson, domain, position, state, due) VALUES ('c', 'q', 'l', 'd', 0, 1, 0);
                    INSERT INTO review (course, question, reviewed_at, rating, correct, source, prior_state, prior_due)
                    VALUES ('c', 'q', 1000, 3, 1, 'practice', 1, 0);
                    INSERT INTO lesson_progress VALUES ('c', 'l', 4, 30, 0, 1000);
                    """)
            }
        }
        let store = try ProgressStore(path: path)
        #expect(try store.exportArchive().reviews.count == 1)
        #expect(try store.card(course: "c", question: "q")?.reviewCount == 1)
        #expect(try store.readingProgress(course: "c", lesson: "l")?.seen == LineRanges())
        try store.recordReview(CardReview(question: "q", reviewedAt: Date(timeIntervalSince1970: 5), rating: .good, correct: true,
                                          chosen: 0, before: .new(at: Fixtures.t0), after: .new(at: Fixtures.t0)),
                               course: "c", source: .cram)
        #expect(try store.exportArchive().reviews.map(\.source) == [.practice, .cram])
        // The review triggers still count.
        #expect(try store.card(course: "c", question: "q")?.reviewCount == 2)
        try store.saveSetting("course", value: "c")
        #expect(try store.setting("course") == "c")
    }
}

/// Defect 10: exam questions left unanswered are not wrong answers in the
/// accuracy figures and the reviews per day (the exam score still counts them).
@Suite struct UnansweredExamQuestionsTests {
    let course = Fixtures.course()
    let scheduler = Fixtures.scheduler()
    var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// A store holding `course` and a new exam of it, started.
    func startedExam(of course: Course) throws -> (store: ProgressStore, session: ExamSession, attempt: Int) {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        var generator = SeededGenerator(seed: 3)
        var session = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 3, at: Fixtures.t0, using: &generator)
        session.id = try store.createAttempt(session.record)
        return (store, session, try #require(session.id))
    }

    @Test func unansweredExamQuestionsAreCountedApart() throws {
        var (store, session, attempt) = try startedExam(of: course)
        // Two answers (the first right, the second wrong), every other question left blank.
        let wrong = (session.items[1].correctOption + 1) % session.items[1].options.count
        try store.save(try session.answer(0, option: session.items[0].correctOption, at: Fixtures.t0), attempt: attempt)
        try store.save(try session.answer(1, option: wrong, at: Fixtures.t0), attempt: attempt)
        _ = try session.submit(at: Fixtures.t0.addingTimeInterval(60))
        let result = try store.submitExam(session, scheduler: scheduler)
        #expect(result.correct == 1 && result.total == session.items.count)

        let stats = try store.stats(course: course.id, at: Fixtures.t0.addingTimeInterval(120), scheduler: scheduler, calendar: utc)
        let blanks = session.items.count - 2
        #expect(stats.domains.reduce(0) { $0 + $1.reviews } == session.items.count)
        #expect(stats.domains.reduce(0) { $0 + $1.unanswered } == blanks)
        #expect(stats.domains.reduce(0) { $0 + $1.answered } == 2)
        #expect(stats.lessons.reduce(0) { $0 + $1.unanswered } == blanks)
        let first = try #require(stats.domains.first { $0.id == session.items[0].question.domain })
        #expect(first.percent == 100 * Double(first.correct) / Double(first.answered))
        // The day's reviews count the two answers only.
        #expect(stats.reviewsPerDay.last?.reviews == 2)
    }

    /// A typed answer has no chosen option but is an answer: only blanks count apart.
    @Test func typedExamAnswersAreAnswersNotBlanks() throws {
        var course = course
        for index in course.questions.indices {
            course.questions[index].options = []
            course.questions[index].response = .number(NumberKey(value: 42, tolerance: Tolerance(absolute: 0.5)))
        }
        var (store, session, attempt) = try startedExam(of: course)
        try store.save(try session.answer(0, .number(42, typed: "42"), confidence: nil, at: Fixtures.t0), attempt: attempt)
        try store.save(try session.answer(1, .number(7, typed: "7"), confidence: nil, at: Fixtures.t0), attempt: attempt)
        _ = try session.submit(at: Fixtures.t0.addingTimeInterval(60))
        _ = try store.submitExam(session, scheduler: scheduler)
        let stats = try store.stats(course: course.id, at: Fixtures.t0.addingTimeInterval(120), scheduler: scheduler, calendar: utc)
        #expect(stats.domains.reduce(0) { $0 + $1.answered } == 2)
        #expect(stats.domains.reduce(0) { $0 + $1.unanswered } == session.items.count - 2)
        #expect(stats.reviewsPerDay.last?.reviews == 2)
    }
}
