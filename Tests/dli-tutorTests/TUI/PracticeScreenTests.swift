import Course
import Foundation
import Quiz
import Study
import Testing
@testable import dli_tutor

/// Practice driven through the app: grading, ratings, undo, the writes, filters and the end of the queue.
@Suite struct PracticeScreenTests {
    func practice(_ app: App) throws -> PracticeScreen { try #require(app.top as? PracticeScreen) }

    /// The practice reviews written so far.
    func reviews(_ store: RecordingStudyStore) -> [PracticeReviewRecord] {
        store.writes.compactMap { if case .practiceReview(_, let record) = $0 { record } else { nil } }
    }

    @Test func homeOpensPracticeOnTheFirstQuestion() throws {
        var app = try StudyFixtures.app()
        app.press(.char("p"))
        let screen = try practice(app)
        let question = try #require(screen.session.currentQuestion)
        let text = app.frame.text
        #expect(text.contains("Practice · All questions"))
        #expect(text.contains("0 due · 5 new · 0 learning left"))
        #expect(text.contains("New · "))
        #expect(text.contains("a) " + question.options[0].prefix(10)))
    }

    @Test func aRightAnswerProposesGoodAndEnterSavesItBeforeTheNextQuestion() throws {
        let store = RecordingStudyStore()
        var app = try StudyFixtures.app(store: store)
        app.press(.char("p"))
        let first = try #require(StudyFixtures.question(on: app))
        app.press(StudyFixtures.letter(for: app, right: true))
        let graded = app.frame.text
        #expect(graded.contains("✓ Right"))
        #expect(graded.contains("your answer, right"))
        #expect(graded.contains("Why"))
        #expect(graded.contains("Enter: Good"))
        #expect(reviews(store).isEmpty, "nothing is saved before the rating is confirmed")

        app.press(.enter)
        let saved = try #require(reviews(store).last)
        #expect(saved.questionID == first.id && saved.rating == .good && saved.correct && saved.answer == .option(first.answer))
        #expect(saved.oldCard == nil && saved.time == Fixtures.now)
        #expect((try store.card(courseID: StudyFixtures.course.id, questionID: first.id)) == saved.newCard)
        let next = try #require(StudyFixtures.question(on: app))
        #expect(next.id != first.id)
        #expect(app.frame.text.contains("1 answered · 1 right"))
    }

    @Test func aWrongAnswerMarksBothOptionsAndIsAlwaysAgain() throws {
        let store = RecordingStudyStore()
        var app = try StudyFixtures.app(store: store)
        app.press(.char("p"))
        let question = try #require(StudyFixtures.question(on: app))
        let wrong = (question.answer + 1) % question.options.count
        // Arrows and Enter choose too.
        for _ in 0..<wrong { app.press(.down) }
        app.press(.enter)
        let text = app.frame.text
        #expect(text.contains("✗ Wrong — the answer is \(PlainText.letter(question.answer)))"))
        #expect(text.contains("✗ \(PlainText.letter(wrong)))"))
        #expect(text.contains("✓ \(PlainText.letter(question.answer)))"))
        #expect(text.contains("← your answer"))
        #expect(text.contains("← correct answer"))
        app.press(.char("3"))
        #expect(app.frame.text.contains("A wrong answer is rated Again"))
        #expect(reviews(store).isEmpty)
        app.press(.char("1"))
        let saved = try #require(reviews(store).last)
        #expect(saved.rating == .again && !saved.correct && saved.answer == .option(wrong))
        // A wrong answer given as sure (the default) is asked again a few cards on.
        #expect(try practice(app).session.reasks == [question.id])
        #expect(app.frame.text.contains("Wrong though you were sure"))
    }

    @Test func ratingKeysChangeTheProposal() throws {
        let store = RecordingStudyStore()
        var app = try StudyFixtures.app(store: store)
        app.press(.char("p"))
        app.press(StudyFixtures.letter(for: app, right: true))
        app.press(.char("4"))
        #expect(reviews(store).last?.rating == .easy)
        app.press(StudyFixtures.letter(for: app, right: true))
        app.press(.char("2"))
        #expect(reviews(store).last?.rating == .hard)
        #expect(reviews(store).count == 2)
    }

    @Test func undoTakesBackTheLastRatingInTheStoreAndAsksAgain() throws {
        let store = RecordingStudyStore()
        var app = try StudyFixtures.app(store: store)
        app.press(.char("p"))
        let first = try #require(StudyFixtures.question(on: app))
        app.press(StudyFixtures.letter(for: app, right: true), .enter)
        let record = try #require(reviews(store).last)
        app.press(.char("u"))
        #expect(store.writes.last == .practiceUndo(courseID: StudyFixtures.course.id, record))
        #expect((try store.card(courseID: StudyFixtures.course.id, questionID: first.id)) == nil)
        #expect(try store.reviews(courseID: StudyFixtures.course.id).isEmpty)
        #expect(StudyFixtures.question(on: app)?.id == first.id)
        #expect(try practice(app).answered == 0)
        #expect(app.frame.text.contains("Undone"))
        // One level only.
        app.press(.char("u"))
        #expect(app.frame.text.contains("Nothing to undo"))
    }

    @Test func aFailedWriteKeepsTheAnswerOnScreen() throws {
        let store = RecordingStudyStore()
        var app = try StudyFixtures.app(store: store)
        app.press(.char("p"))
        let first = try #require(StudyFixtures.question(on: app))
        app.press(StudyFixtures.letter(for: app, right: true))
        store.failure = "disk full"
        app.press(.enter)
        #expect(app.frame.text.contains("Could not save your progress: disk full"))
        app.press(.char(" "))  // dismiss
        #expect(StudyFixtures.question(on: app)?.id == first.id)
        #expect(app.frame.text.contains("✓ Right"))
        store.failure = nil
        app.press(.enter)
        #expect(reviews(store).map(\.questionID) == [first.id])
        #expect(StudyFixtures.question(on: app)?.id != first.id)
    }

    @Test func leavingWithAGradedAnswerSavesItWithTheProposedRating() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try StudyFixtures.app(store: store, clock: clock)
        app.press(.char("p"))
        let first = try #require(StudyFixtures.question(on: app))
        app.press(StudyFixtures.letter(for: app, right: false))
        clock.advance(40)
        app.press(.char("q"))
        #expect(app.depth == 1)
        let saved = try #require(reviews(store).last)
        #expect(saved.questionID == first.id && saved.rating == .again && !saved.correct)
        #expect(saved.time == Fixtures.now, "the review is dated when the answer was graded")
        // Quitting the app (or a signal) keeps a graded answer too.
        app.press(.char("p"))
        app.press(StudyFixtures.letter(for: app, right: true), .char("Q"))
        #expect(app.isFinished)
        #expect(reviews(store).count == 2 && reviews(store).last?.rating == .good)
        // Nothing graded, nothing written.
        let untouched = RecordingStudyStore()
        var other = try StudyFixtures.app(store: untouched)
        other.press(.char("p"), .char("q"))
        #expect(other.depth == 1 && untouched.writes.isEmpty)
    }

    @Test func theEndOfTheQueueSaysWhenTheNextReviewIsDue() throws {
        let store = RecordingStudyStore(newPerDay: 3)
        var app = try StudyFixtures.app(store: store)
        app.press(.char("p"))
        #expect(app.frame.text.contains("0 due · 2 new · 0 learning left"))
        for _ in 0..<3 { app.press(StudyFixtures.letter(for: app, right: true), .char("4")) }
        let screen = try practice(app)
        #expect(screen.session.phase == .finished)
        let next = try #require(try store.nextDue(courseID: StudyFixtures.course.id))
        #expect(screen.nextDue == next)
        let text = app.frame.text
        #expect(text.contains("Session done: 3 answered, 3 right (100%)."))
        #expect(text.contains("Nothing due — next review \(StudyFormat.until(next, from: Fixtures.now))."))
        #expect(text.contains("3 new questions wait for the coming days"))
        // Reopened the same day: nothing new left, nothing due.
        app.press(.char("q"), .char("p"))
        #expect(try practice(app).session.phase == .finished)
        #expect(!app.frame.text.contains("Session done"))
        #expect(app.frame.text.contains("Nothing due — next review in"))
    }

    @Test func learningCardsComeBackAndThenTheQueueEnds() throws {
        let store = RecordingStudyStore(newPerDay: 1)
        let clock = TestClock()
        var app = try StudyFixtures.app(store: store, clock: clock)
        app.press(.char("p"))
        let question = try #require(StudyFixtures.question(on: app))
        app.press(StudyFixtures.letter(for: app, right: false), .enter)
        // Learning again (1 min): shown again at once, since nothing else is left.
        #expect(StudyFixtures.question(on: app)?.id == question.id)
        clock.advance(60)
        app.press(StudyFixtures.letter(for: app, right: true), .char("4"))
        #expect(try practice(app).session.phase == .finished)
        #expect(reviews(store).map(\.rating) == [.again, .easy])
    }

    @Test func theFilterPickerPractisesOneLesson() throws {
        var app = try StudyFixtures.app()
        app.press(.char("p"), .char("/"))
        let picker = app.frame.text
        #expect(picker.contains("Practise which questions?"))
        #expect(picker.contains("Chapter 2 · Diffusion"))
        #expect(picker.contains("Lesson 2 · DDPM in brief"))
        #expect(app.top.keyHelp.contains { $0.help.hasPrefix("practise these questions") })
        app.press(.char("?"))
        #expect(app.frame.text.contains("practise these questions"))
        app.press(.char(" "))
        #expect(try practice(app).picker != nil)
        // All, 2 chapters, then lesson 1, lesson 2.
        app.press(.char("G"), .enter)
        let screen = try practice(app)
        #expect(screen.filter == CardFilter(lesson: "l02-ddpm"))
        #expect(app.frame.text.contains("Practice · Lesson 2 · DDPM in brief"))
        #expect(Set(screen.session.queue + [screen.session.currentQuestion?.id ?? ""]) == ["s-004", "s-005", "s-006"])
        // Esc closes the picker without leaving practice.
        app.press(.char("/"), .escape)
        #expect(app.top is PracticeScreen)
        #expect(try practice(app).picker == nil)
    }

    /// Cram from the filter: every question of the lesson now (past the daily
    /// new limit, here 1), saved as cram reviews; a second review of the same
    /// question that day leaves its card as the first one left it.
    @Test func theFilterCramsALessonPastTheDailyLimit() throws {
        let store = RecordingStudyStore(courses: [StudyFixtures.course], newPerDay: 1)
        var app = try StudyFixtures.app(store: store)
        app.press(.char("p"))
        #expect(try practice(app).session.queue.isEmpty, "one new question a day: only the one on screen")
        app.press(.char("/"), .char("G"), .char("c"))
        let screen = try practice(app)
        #expect(screen.mode == .cram)
        #expect(app.frame.text.contains("Cram · Lesson 2 · DDPM in brief"))
        #expect(Set(screen.session.queue + [screen.session.currentQuestion?.id ?? ""]) == ["s-004", "s-005", "s-006"])
        let first = try #require(StudyFixtures.question(on: app))
        app.press(StudyFixtures.letter(for: app, right: true), .enter)
        guard case .extraReview(_, let record, let extra)? = store.writes.last else {
            Issue.record("no cram review saved: \(store.writes)")
            return
        }
        #expect(record.questionID == first.id && extra == ExtraPractice(source: .cram, dayStart: Fixtures.utc.startOfDay(for: Fixtures.now)))
        #expect(try store.reviews(courseID: StudyFixtures.course.id).map(\.source) == [.cram])
        let card = try store.card(courseID: StudyFixtures.course.id, questionID: first.id)
        // The same lesson crammed again the same day: the card does not move.
        app.press(.char("q"))
        app.apply(.open(.cram(CardFilter(lesson: "l02-ddpm"))))
        while StudyFixtures.question(on: app)?.id != first.id, StudyFixtures.question(on: app) != nil {
            app.press(StudyFixtures.letter(for: app, right: true), .enter)
        }
        app.press(StudyFixtures.letter(for: app, right: false), .enter)
        #expect(try store.card(courseID: StudyFixtures.course.id, questionID: first.id) == card)
    }

    /// Stats offers to cram the lesson with the lowest accuracy.
    @Test func statsCramsTheWeakestLesson() throws {
        let store = StudyFixtures.activeStore()
        var app = try StudyFixtures.app(store: store)
        app.press(.char("s"))
        let stats = try #require(app.top as? StatsScreen)
        let weakest = try #require(stats.stats.weakestLesson)
        #expect(app.frame.text.contains("Weakest lesson: \(weakest.title)"))
        app.press(.char("c"))
        let screen = try practice(app)
        #expect(screen.mode == .cram && screen.filter == CardFilter(lesson: weakest.id))
    }

    /// From the feedback to what teaches the question: l opens the lesson at the
    /// question's section, x the calculator on its check; q comes back to the
    /// graded question, and the reading position is left where it was.
    @Test func feedbackOpensTheLessonSectionAndTheCalculatorAndComesBack() throws {
        let store = RecordingStudyStore()
        var app = try StudyFixtures.app(store: store)
        app.press(.char("p"))
        for _ in 0..<6 where StudyFixtures.question(on: app)?.id != "s-002" {
            app.press(StudyFixtures.letter(for: app, right: true), .char("3"))
        }
        #expect(StudyFixtures.question(on: app)?.id == "s-002")
        app.press(StudyFixtures.letter(for: app, right: true))
        #expect(app.frame.text.contains("l lesson"))
        app.press(.char("l"))
        let reader = try #require(app.top as? ReaderScreen)
        #expect(reader.lesson.id == "l01-attention")
        #expect(app.frame.rowText(1).contains("1. Scaled dot-product attention"))
        app.press(.char("q"))
        #expect(try practice(app).session.currentQuestion?.id == "s-002")
        #expect(app.frame.text.contains("✓ Right"))
        #expect(try store.readings(courseID: StudyFixtures.course.id)["l01-attention"]?.position == .start)
        app.press(.char("x"))
        #expect(app.frame.rowText(23).contains("no calculation"))

        for _ in 0..<6 where StudyFixtures.question(on: app)?.id != "s-006" {
            app.press(.enter)
            if StudyFixtures.question(on: app)?.id != "s-006" { app.press(StudyFixtures.letter(for: app, right: true)) }
        }
        #expect(StudyFixtures.question(on: app)?.id == "s-006")
        if case .presenting = try practice(app).session.phase { app.press(StudyFixtures.letter(for: app, right: false)) }
        app.press(.char("x"))
        let calculator = try #require(app.top as? CalculatorScreen)
        #expect(calculator.form?.calculator.name == "ddpm")
        #expect(app.frame.rowText(0).contains("from the question"))
        #expect(app.frame.text.contains("t=100"))
        app.press(.escape)
        #expect(app.top is PracticeScreen)
    }

    @Test func anEmptyBankSaysSoInsteadOfFailing() throws {
        var app = try StudyFixtures.app(course: StudyFixtures.emptyCourse)
        app.press(.char("p"))
        #expect(app.frame.text.contains("This course has no questions to practise."))
        app.press(.char("a"), .enter, .char("1"), .char("u"))
        #expect(app.top is PracticeScreen)
        app.press(.char("/"), .enter)
        #expect(app.frame.text.contains("This course has no questions to practise."))
    }

    @Test func aQuestionWiderThanTheScreenScrolls() throws {
        var app = try StudyFixtures.app(size: Size(width: 60, height: 16))
        app.press(.char("p"))
        // Answer until the code question is graded: its explanation does not fit in 16 rows.
        for _ in 0..<6 where StudyFixtures.question(on: app)?.id != "s-001" {
            app.press(StudyFixtures.letter(for: app, right: true), .char("4"))
        }
        #expect(StudyFixtures.question(on: app)?.id == "s-001")
        #expect(app.frame.text.contains("print(x.sum(dim=0).shape)"))
        app.press(StudyFixtures.letter(for: app, right: true))
        // More below: an arrow in the margin, never over the text (defect 14).
        let screen = try practice(app)
        let marker = Point(x: 2 + screen.contentWidth + 1, y: PracticeScreen.topRows + screen.visibleRows - 1)
        #expect(app.frame[marker.x, marker.y].text == "↓")
        #expect((0..<marker.x).allSatisfy { !["↓", "…"].contains(app.frame[$0, marker.y].text) })
        app.press(.pageDown, .pageDown)
        #expect(app.frame.text.contains("The other shapes keep or drop the wrong axis."))
        #expect(app.frame.rowText(15).contains("accept rating"))
    }
}
