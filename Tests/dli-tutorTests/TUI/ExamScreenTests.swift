import Course
import Foundation
import Quiz
import Study
import Testing
@testable import dli_tutor

/// The mock exam driven through the app with an injected clock: every action's
/// write, the palette, submission, the deadline, resuming, results, review, retake.
@Suite struct ExamScreenTests {
    let course = StudyFixtures.course

    func exam(_ app: App) throws -> ExamScreen { try #require(app.top as? ExamScreen) }

    /// Exam `id` as the store holds it.
    func stored(_ store: RecordingStudyStore, _ id: Int = 1) throws -> ExamAttemptRecord {
        try #require(try store.exam(courseID: course.id, id: id))
    }

    /// The app with a new exam started (home, e, Enter).
    func started(store: RecordingStudyStore = RecordingStudyStore(), clock: TestClock = TestClock(),
                 size: Size = Size(width: 80, height: 24)) throws -> App {
        var app = try StudyFixtures.app(size: size, store: store, clock: clock)
        app.press(.char("e"))
        #expect(app.top is ExamIntroScreen)
        app.press(.enter)
        return app
    }

    @Test func theIntroductionShowsTheBlueprintAndEnterStoresTheExamFirst() throws {
        let store = RecordingStudyStore()
        var app = try StudyFixtures.app(store: store)
        app.press(.char("e"))
        let intro = app.frame.text
        #expect(intro.contains("4 questions · 10 minutes · pass mark 70%"))
        #expect(intro.contains("Basics"))
        #expect(intro.contains("Diffusion"))
        #expect(intro.contains("At 0:00 the exam is submitted"))
        #expect(store.writes.isEmpty)
        app.press(.enter)
        guard case .examStarted(let record)? = store.writes.first else {
            Issue.record("the exam was not stored first: \(store.writes)")
            return
        }
        #expect(record.items.count == 4 && record.deadline == Fixtures.now.addingTimeInterval(600))
        let screen = try exam(app)
        #expect(screen.attempt == 1)
        #expect(screen.session.items.map(\.question.id) == record.items.map(\.question))
        let text = app.frame.text
        #expect(text.contains("Mock exam 1 · Question 1 of 4"))
        #expect(text.contains("10:00 left"))
        #expect(app.depth == 2, "the introduction was replaced by the exam")
    }

    @Test func answeringSavesTheAnswerAndTheMoveBeforeShowingTheNextQuestion() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try started(store: store, clock: clock)
        clock.advance(30)
        let item = try #require(try exam(app).session.current)
        app.press(.char("c"))
        let chosen = item.optionOrder[2]
        #expect(Array(store.writes.suffix(2)) == [
            .examChange(attempt: 1, .answered(position: 0, answer: .option(chosen), confidence: .sure, at: clock.now)),
            .examChange(attempt: 1, .moved(to: 1)),
        ])
        #expect(try stored(store).items[0].chosen == chosen && stored(store).position == 1)
        #expect(try exam(app).session.position == 1)
        #expect(app.frame.text.contains("Question 2 of 4"))
        #expect(app.frame.text.contains("answered 1/4"))
        // Going back shows the answer given; x clears it.
        app.press(.left)
        #expect(app.frame.text.contains("● c)"))
        #expect(app.frame.text.contains("answered c)"))
        app.press(.char("x"))
        #expect(store.writes.last == .examChange(attempt: 1, .answered(position: 0, answer: nil, confidence: nil, at: clock.now)))
        #expect(try exam(app).session.answeredCount == 0)
    }

    @Test func flagsAndThePaletteJump() throws {
        let store = RecordingStudyStore()
        var app = try started(store: store)
        app.press(.char("m"))
        #expect(store.writes.last == .examChange(attempt: 1, .flagged(position: 0, true)))
        #expect(app.frame.text.contains("⚑ flagged"))
        app.press(.char("p"))
        #expect(try exam(app).mode == .palette)
        let palette = app.frame.text
        #expect(palette.contains("Go to question"))
        #expect(palette.contains("1·⚑"))
        #expect(palette.contains("4·"))
        // Help lists the palette's keys; closing it leaves the palette open.
        app.press(.char("?"))
        #expect(app.frame.text.contains("go to that question"))
        app.press(.char(" "))
        #expect(try exam(app).mode == .palette)
        app.press(.right, .right, .enter)
        #expect(store.writes.last == .examChange(attempt: 1, .moved(to: 2)))
        #expect(try exam(app).session.position == 2 && exam(app).mode == .answering)
        // n / N and the arrows step; the ends say so.
        app.press(.char("n"))
        #expect(try exam(app).session.position == 3)
        app.press(.right)
        #expect(app.frame.text.contains("This is the last question"))
        app.press(.char("N"), .left, .left)
        #expect(try exam(app).session.position == 0)
        app.press(.char("m"))
        #expect(store.writes.last == .examChange(attempt: 1, .flagged(position: 0, false)))
    }

    /// The palette takes a typed question number; the last question's footer keeps
    /// "s submit"; changing an answer says so.
    @Test func typedNumbersSubmitOnTheLastQuestionAndChangedAnswers() throws {
        let store = RecordingStudyStore()
        var app = try started(store: store)
        app.press(.char("p"), .char("3"))
        #expect(try exam(app).paletteCursor == 2)
        #expect(app.frame.text.contains("Go to question 3"))
        app.press(.char("9"))
        #expect(app.frame.rowText(23).contains("Questions are numbered 1–4"))
        app.press(.char("4"), .enter)
        #expect(try exam(app).session.position == 3)
        #expect(app.frame.rowText(23).contains("s/Ctrl-G submit"))
        #expect(!app.frame.rowText(23).contains("next"))
        let first = StudyFixtures.letter(for: app, right: true)
        app.press(first)
        let other: Key = first == .char("a") ? .char("b") : .char("a")
        app.press(other)
        #expect(app.frame.rowText(23).contains("Question 4: answer changed from \(first.description) to \(other.description)"))
    }

    @Test func submittingAsksFirstAndListsUnansweredAndFlagged() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try started(store: store, clock: clock)
        app.press(StudyFixtures.letter(for: app, right: true))
        app.press(.char("m"))
        app.press(.char("s"))
        let dialog = app.frame.text
        #expect(dialog.contains("Submit exam 1?"))
        #expect(dialog.contains("Unanswered (3): 2, 3, 4"))
        #expect(dialog.contains("Flagged (1): 2"))
        app.press(.char("n"))
        #expect(try exam(app).mode == .answering)
        #expect(!store.writes.contains { if case .examSubmitted = $0 { true } else { false } })
        clock.advance(95)
        app.press(.char("s"), .char("y"))
        guard case .examSubmitted(let session)? = store.writes.last else {
            Issue.record("not submitted: \(String(describing: store.writes.last))")
            return
        }
        #expect(session.submittedAt == clock.now && !session.autoSubmitted)
        #expect(try stored(store).submittedAt == clock.now && stored(store).correct == 1)
        #expect(app.top is ExamResultsScreen)
        let text = app.frame.text
        #expect(text.contains("1/4 · 25%  NOT PASSED  pass mark 70%"))
        #expect(text.contains("Time used 1:35 of 10:00"))
        #expect(text.contains("3 questions missed (3 unanswered): 2, 3, 4."))
        // The answers fed the cards: a right one Good, the blank ones Again.
        #expect(try course.questions.count { try store.card(courseID: course.id, questionID: $0.id) != nil } == 4)
    }

    @Test func timeRunningOutSubmitsAutomatically() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try started(store: store, clock: clock)
        #expect(app.tickInterval == 1)
        app.press(StudyFixtures.letter(for: app, right: true))
        clock.advance(599)
        app.send(.tick(clock.now))
        #expect(app.frame.text.contains("0:01 left"))
        clock.advance(1)
        app.send(.tick(clock.now))
        guard case .examSubmitted(let session)? = store.writes.last else {
            Issue.record("not submitted at the deadline")
            return
        }
        #expect(session.autoSubmitted && session.submittedAt == clock.now)
        #expect(app.top is ExamResultsScreen)
        #expect(app.frame.text.contains("Time used 10:00 of 10:00 · submitted automatically when time ran out"))
    }

    @Test func aKeyAfterTheDeadlineSubmitsInsteadOfAnswering() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try started(store: store, clock: clock)
        clock.advance(700)
        app.press(.char("a"))
        #expect(app.top is ExamResultsScreen)
        #expect(try stored(store).items.allSatisfy { $0.chosen == nil })
        #expect(try stored(store).autoSubmitted)
    }

    @Test func leavingAndComingBackResumesWithTheTimeStillCounting() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try started(store: store, clock: clock)
        app.press(StudyFixtures.letter(for: app, right: true))
        clock.advance(120)
        app.press(.char("q"))
        #expect(app.frame.text.contains("Leave exam 1?"))
        #expect(app.frame.text.contains("The clock keeps running"))
        app.press(.char("y"))
        #expect(app.depth == 1)
        clock.advance(60)
        // A new app on the same store, as after a restart.
        var reopened = try StudyFixtures.app(store: store, clock: clock)
        reopened.press(.char("e"))
        let screen = try exam(reopened)
        #expect(screen.session.position == 1 && screen.session.answeredCount == 1)
        let text = reopened.frame.text
        #expect(text.contains("Question 2 of 4"))
        #expect(text.contains("7:00 left"))
        clock.advance(30)
        reopened.send(.tick(clock.now))
        #expect(reopened.frame.text.contains("6:30 left"))
    }

    /// Home shows the exam in progress, its clock running, and e resumes it.
    @Test func homeShowsTheExamInProgressAndResumesIt() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try started(store: store, clock: clock)
        app.press(StudyFixtures.letter(for: app, right: true))
        clock.advance(90)
        app.press(.char("q"), .char("y"))
        #expect(app.depth == 1)
        #expect(app.frame.text.contains("in progress · 8:30 left · 1/4 answered"))
        #expect(app.top.tickInterval == 1)
        clock.advance(30)
        app.send(.tick(clock.now))
        #expect(app.frame.text.contains("in progress · 8:00 left · 1/4 answered"))
        app.press(.char("e"))
        #expect(try exam(app).session.answeredCount == 1)
    }

    @Test func quittingTheAppMidExamAsksFirst() throws {
        var app = try started()
        app.press(.char("Q"))
        #expect(app.frame.text.contains("Exam 1 is in progress"))
        app.press(.char("n"))
        #expect(!app.isFinished)
        app.press(.char("Q"), .char("y"))
        #expect(app.isFinished)
    }

    /// An untimed exam (a retake started with `dli-tutor exam`) has no clock to speak of.
    @Test func quittingAnUntimedExamDoesNotMentionAClock() throws {
        let store = RecordingStudyStore()
        var generator = SeededGenerator(seed: 1)
        var record = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 1, at: Fixtures.now, using: &generator).record
        record.deadline = nil
        try store.save(.examStarted(record))
        var app = try StudyFixtures.app(store: store)
        app.press(.char("e"))
        #expect(app.frame.text.contains("Untimed"))
        app.press(.char("Q"))
        #expect(app.frame.text.contains("Exam 1 is in progress"))
        #expect(!app.frame.text.contains("clock"))
    }

    @Test func resultsReviewEveryQuestionOrTheMissedOnesThenRetakeThem() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try started(store: store, clock: clock)
        for right in [true, false, true, false] { app.press(StudyFixtures.letter(for: app, right: right)) }
        app.press(.char("s"), .enter)
        let results = try #require(app.top as? ExamResultsScreen)
        #expect(results.result.missed == [1, 3])
        #expect(app.frame.text.contains("2/4 · 50%  NOT PASSED"))

        app.press(.char("w"))
        let review = try #require(app.top as? ExamReviewScreen)
        #expect(review.positions == [1, 3])
        var text = app.frame.text
        #expect(text.contains("Review · exam 1 · question 2 of 4"))
        #expect(text.contains("missed 1/2"))
        #expect(text.contains("✗ wrong"))
        #expect(text.contains("← your answer"))
        #expect(text.contains("← correct answer"))
        #expect(text.contains("Why"))
        app.press(.char("n"))
        #expect(app.frame.text.contains("question 4 of 4"))
        app.press(.char("a"))
        text = app.frame.text
        #expect(text.contains("every question 4/4"))
        app.press(.char("N"), .char("N"), .char("N"))
        text = app.frame.text
        #expect(text.contains("question 1 of 4"))
        #expect(text.contains("✓ right"))
        #expect(text.contains("← your answer, right"))
        app.press(.char("f"))
        #expect(app.frame.text.contains("No question was flagged"))
        // l reads the question's lesson (at its section when the bank names one); q comes back.
        let shown = try #require((app.top as? ExamReviewScreen)?.current?.question)
        app.press(.char("l"))
        #expect((app.top as? ReaderScreen)?.lesson.id == shown.lesson)
        app.press(.char("q"))
        #expect((app.top as? ExamReviewScreen)?.current?.question.id == shown.id)

        app.press(.char("r"))
        guard case .examStarted(let retake)? = store.writes.last else {
            Issue.record("no retake stored")
            return
        }
        #expect(retake.retakeOf == 1 && retake.items.count == 2)
        #expect(Set(retake.items.map(\.question)) == Set([1, 3].map { results.session.items[$0].question.id }))
        #expect(retake.deadline == clock.now.addingTimeInterval(2 * 150))
        let screen = try exam(app)
        #expect(screen.attempt == 2)
        #expect(app.frame.text.contains("Retake of exam 1 · Question 1 of 2"))
        #expect(app.frame.text.contains("5:00 left"))
    }

    @Test func nothingToRetakeAfterAPerfectExam() throws {
        let store = RecordingStudyStore()
        var app = try started(store: store)
        for _ in 0..<4 { app.press(StudyFixtures.letter(for: app, right: true)) }
        app.press(.char("s"), .char("y"))
        #expect(app.frame.text.contains("4/4 · 100%  PASSED"))
        #expect(app.frame.text.contains("Every question right."))
        let writes = store.writes.count
        app.press(.char("r"))
        #expect(app.frame.text.contains("Every answer was right: nothing to retake"))
        app.press(.char("w"))
        #expect(app.top is ExamResultsScreen)
        #expect(store.writes.count == writes)
    }

    @Test func theCountdownTurnsToTheWarningColourUnderFiveMinutes() throws {
        let clock = TestClock()
        var app = try started(clock: clock)
        func clockStyle() -> CellStyle? {
            let frame = app.frame
            let row = frame.rowText(1)
            guard let range = row.range(of: "left") else { return nil }
            return frame[row.distance(from: row.startIndex, to: range.lowerBound), 1].style
        }
        #expect(clockStyle() == Palette.clock)
        clock.advance(5 * 60 + 1)
        app.send(.tick(clock.now))
        #expect(app.frame.text.contains("4:59 left"))
        #expect(clockStyle() == Palette.clockWarning)
        clock.advance(4 * 60)
        app.send(.tick(clock.now))
        #expect(clockStyle() == Palette.clockCritical)
    }

    @Test func resizingMidExamRedrawsForTheNewSize() throws {
        let clock = TestClock()
        var app = try started(clock: clock)
        app.press(StudyFixtures.letter(for: app, right: true), .char("m"))
        #expect(!app.frame.text.contains("Questions"))
        app.resize(to: Size(width: 120, height: 40))
        var text = app.frame.text
        #expect(text.contains("┌─ Questions"))
        #expect(text.contains("1✓"))
        #expect(text.contains("2·⚑"))
        #expect(app.frame.rowText(0).hasSuffix("answered 1/4 · flagged 1"))
        app.resize(to: Size(width: 59, height: 15))
        #expect(app.frame.text.contains("Terminal too small"))
        app.resize(to: Size(width: 60, height: 16))
        text = app.frame.text
        #expect(text.contains("Question 2 of 4"))
        #expect(text.contains("10:00 left"))
        app.press(StudyFixtures.letter(for: app, right: true))
        #expect(try exam(app).session.position == 2)
    }

    @Test func aFailedWriteKeepsTheQuestionUnanswered() throws {
        let store = RecordingStudyStore()
        var app = try started(store: store)
        store.failure = "read-only file system"
        app.press(.char("a"))
        #expect(app.frame.text.contains("Could not save your progress: read-only file system"))
        app.press(.escape)
        #expect(try exam(app).session.position == 0 && exam(app).session.answeredCount == 0)
    }

    @Test func anEmptyBankHasNoExamToStart() throws {
        let store = RecordingStudyStore()
        var app = try StudyFixtures.app(store: store, course: StudyFixtures.emptyCourse)
        app.press(.char("e"))
        #expect(app.frame.text.contains("This course has no questions for its exam blueprint."))
        app.press(.enter)
        #expect(app.top is ExamIntroScreen)
        #expect(store.writes.isEmpty)
        app.press(.char("q"), .char("s"))
        #expect(app.top is StatsScreen)
        #expect(app.frame.text.contains("No exam yet"))
    }
}

@Suite struct ExamAfterACourseChangeTests {
    let course = StudyFixtures.course

    @Test func anExamThatCannotBeResumedIsClosedAndANewOneCanStart() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        // An exam stored before exams kept each question as asked.
        var generator = SeededGenerator(seed: 7)
        var legacy = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 7, at: clock.now, using: &generator).record
        for index in legacy.items.indices { legacy.items[index].snapshot = nil }
        store.open(course)
        try store.save(.examStarted(legacy))
        let record = try #require(try store.exam(courseID: course.id, id: 1))
        #expect(try store.examHistory(courseID: course.id).count == 1)
        // The course loses a question of the stored exam.
        var changed = course
        changed.questions.removeAll { $0.id == record.items[0].question }
        var fresh = try StudyFixtures.app(store: store, clock: clock, course: changed)
        fresh.press(.char("e"))
        #expect(fresh.top is ExamIntroScreen)
        #expect(fresh.frame.text.contains("Exam 1 could not be resumed"))
        #expect(store.writes.last == .examClosed(attempt: 1, at: clock.now))
        let closed = try #require(try store.exam(courseID: course.id, id: 1))
        #expect(closed.submittedAt == clock.now && closed.correct == nil)
        fresh.press(.enter)
        #expect(fresh.top is ExamScreen)
        #expect(try store.examHistory(courseID: course.id).count == 2)
    }
}
