import Course
import Foundation
import Quiz
import Study
import Testing
@testable import dli_tutor

/// Practice in every answer form beyond pick-one — select all, a typed number,
/// a code cloze, a recall card — driven by keys as a learner would, with
/// snapshots at 80×24 and 120×40 of each form unanswered, right and wrong.
@Suite struct AnswerFormTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Practice on a course holding only the question `id`.
    func practising(_ id: String, size: Size = Size(width: 80, height: 24), store: RecordingStudyStore = RecordingStudyStore(),
                    clock: TestClock = TestClock()) throws -> App {
        var course = StudyFixtures.formsCourse
        course.questions = course.questions.filter { $0.id == id }
        var app = try StudyFixtures.app(size: size, store: store, clock: clock, course: course)
        app.press(.char("p"))
        #expect(StudyFixtures.question(on: app)?.id == id)
        return app
    }

    func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    func lastReview(_ store: RecordingStudyStore) throws -> PracticeReviewRecord {
        let saved = store.writes.compactMap { if case .practiceReview(_, let record) = $0 { record } else { nil } }
        return try #require(saved.last)
    }

    // MARK: Select all that apply

    @Test(arguments: sizes) func choices(size: Size) throws {
        var app = try practising("f-choices", size: size)
        app.press(.char("a"), .char("d"))
        Snapshot.check(app.frame, named: name("form-choices-unanswered", size))
        app.press(.char("b"), .enter)
        Snapshot.check(app.frame, named: name("form-choices-right", size))

        var wrong = try practising("f-choices", size: size)
        wrong.press(.char("a"), .char("c"), .enter)
        Snapshot.check(wrong.frame, named: name("form-choices-wrong", size))
    }

    @Test func aSetIsRightOnlyWhenExactAndTheLogKeepsIt() throws {
        let store = RecordingStudyStore()
        var app = try practising("f-choices", store: store)
        app.press(.char("a"), .char("b"), .enter)
        let text = app.frame.text
        #expect(text.contains("✗ Wrong — the answer is a, b, d"))
        #expect(text.contains("← missed: also right"))
        app.press(.enter)
        let record = try lastReview(store)
        #expect(record.answer == .options([0, 1]) && !record.correct && record.rating == .again)
        let logged = try #require(try store.reviews(courseID: StudyFixtures.course.id).last)
        #expect(logged.chosen == nil && logged.selection == [0, 1] && logged.response == "a,b" && logged.confidence == .sure)
    }

    @Test func picksRefuseAnotherCount() throws {
        var course = StudyFixtures.formsCourse
        course.questions = [course.questions[0]]
        course.questions[0].response = .choices(answers: [0, 1, 3], picks: 3)
        var app = try StudyFixtures.app(course: course)
        app.press(.char("p"), .char("a"), .enter)
        #expect(app.frame.text.contains("Select 3 (1 ticked)"))
        #expect(app.frame.text.contains("Select 3."))
    }

    // MARK: A typed number

    /// A typed form's three screens: partly typed, then completed and answered
    /// right, and another answer graded wrong.
    func typedFormSnapshots(_ id: String, form: String, size: Size, typed: String, rest: String, wrong: String) throws {
        var app = try practising(id, size: size)
        app.type(typed)
        Snapshot.check(app.frame, named: name("form-\(form)-unanswered", size))
        app.type(rest)
        app.press(.enter)
        Snapshot.check(app.frame, named: name("form-\(form)-right", size))

        var wrongly = try practising(id, size: size)
        wrongly.type(wrong)
        wrongly.press(.enter)
        Snapshot.check(wrongly.frame, named: name("form-\(form)-wrong", size))
    }

    @Test(arguments: sizes) func number(size: Size) throws {
        try typedFormSnapshots("f-number", form: "number", size: size, typed: "0.7", rest: "6", wrong: "0.24")
    }

    @Test func notANumberIsNotGradedAndTheFieldEdits() throws {
        let store = RecordingStudyStore()
        var app = try practising("f-number", store: store)
        app.type("abc")
        app.press(.enter)
        #expect(app.frame.text.contains("is not a number"))
        #expect(try #require(app.top as? PracticeScreen).session.phase == .presenting(questionID: "f-number"))
        app.press(.ctrl("u"))
        app.type("76%")
        app.press(.home, .delete, .end, .backspace)
        app.type("%")
        // "6%" without a percent unit is 0.06: wrong, and the truth is shown with the calculator's steps.
        app.press(.enter)
        let text = app.frame.text
        #expect(text.contains("The answer: 0.7597"))
        #expect(text.contains("Your answer: 6% (= 0.06)"))
        #expect(text.contains("⇒ E_A = 0.7597"))
    }

    @Test func notSureAndRightProposesHard() throws {
        let store = RecordingStudyStore()
        var app = try practising("f-number", store: store)
        app.press(.tab)
        #expect(app.frame.text.contains("Not sure"))
        app.type("0.76")
        app.press(.enter, .enter)
        let record = try lastReview(store)
        #expect(record.correct && record.rating == .hard && record.confidence == .unsure)
    }

    // MARK: A code cloze

    @Test(arguments: sizes) func cloze(size: Size) throws {
        try typedFormSnapshots("f-cloze", form: "cloze", size: size, typed: "torch.cumprod(", rest: "alphas,dim=0 )",
                               wrong: "torch.cumsum(alphas, dim=0)")
    }

    @Test func aTypoCanBeMarkedRightAndUndoBringsTheTextBack() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try practising("f-cloze", store: store, clock: clock)
        app.type("torch.cumprod(alpha, dim=0)")
        app.press(.enter)
        #expect(app.frame.text.contains("✗ Wrong"))
        app.press(.char("o"))
        #expect(app.frame.text.contains("✓ Marked right by you"))
        app.press(.enter)
        let record = try lastReview(store)
        #expect(record.correct && record.overridden && record.answer == .text("torch.cumprod(alpha, dim=0)"))
        #expect(try store.reviews(courseID: StudyFixtures.course.id).last?.overridden == true)
        clock.advance(5)
        app.press(.ctrl("z"))   // the next question is a typed one: u would be typed
        let screen = try #require(app.top as? PracticeScreen)
        #expect(screen.input?.field.text == "torch.cumprod(alpha, dim=0)")
        #expect(try store.reviews(courseID: StudyFixtures.course.id).isEmpty)
    }

    // MARK: A recall card

    @Test(arguments: sizes) func recall(size: Size) throws {
        var app = try practising("f-recall", size: size)
        Snapshot.check(app.frame, named: name("form-recall-unanswered", size))
        app.press(.enter)
        Snapshot.check(app.frame, named: name("form-recall-revealed", size))
    }

    @Test func aRecallCardIsRatedByTheLearner() throws {
        let store = RecordingStudyStore()
        var app = try practising("f-recall", store: store)
        app.press(.char("1"))
        #expect(store.writes.isEmpty, "digits rate only after the reveal")
        app.press(.enter)
        #expect(app.frame.text.contains("The noise ε added at step t."))
        #expect(app.frame.text.contains("1 Again") && app.frame.text.contains("4 Easy"))
        app.press(.char("1"))
        let record = try lastReview(store)
        #expect(record.answer == .recalled && !record.correct && record.rating == .again && record.confidence == nil)
    }

    // MARK: Confidence

    /// Answers the question on screen (right or wrong) and accepts the proposed rating.
    func answer(_ app: inout App, right: Bool) throws {
        let question = try #require(StudyFixtures.question(on: app))
        switch question.response {
        case .choices: app.press(.char("a"), .char(right ? "b" : "c"), .char("d"))
        case .number: app.type(right ? "0.76" : "0.5")
        case .text: app.type(right ? "alphas.cumprod(dim=0)" : "alphas.sum()")
        case .recall: app.press(.enter)
        case .choice: app.press(.char(Character(PlainText.letter(right ? question.answer : question.answer + 1))))
        }
        if case .recall = question.response {
            app.press(.char(right ? "3" : "1"))
        } else {
            if question.response != .choice { app.press(.enter) }   // a pick-one answers with its letter
            app.press(.enter)
        }
    }

    /// A wrong answer marked sure comes back in the same session (last, when fewer than five
    /// cards remain), a review like any other flagged as a re-ask.
    @Test func aConfidentErrorIsAskedAgainInTheSession() throws {
        let store = RecordingStudyStore(), clock = TestClock()
        var app = try StudyFixtures.app(store: store, clock: clock, course: StudyFixtures.formsCourse)
        app.press(.char("p"))
        let first = try #require(StudyFixtures.question(on: app))
        let wrongFirst = first.response.isTyped || first.response.hasOptions   // a recall card cannot be a confident error
        try answer(&app, right: !wrongFirst)
        for _ in 0..<8 where StudyFixtures.question(on: app) != nil {
            clock.advance(10)
            try answer(&app, right: true)
        }
        let reviews = store.writes.compactMap { if case .practiceReview(_, let record) = $0 { record } else { nil } }
        let ids = reviews.map(\.questionID)
        if wrongFirst {
            // Fewer than five cards remain after it: the re-ask is the last of the queue, before the learning steps.
            #expect(ids.count > 4 && ids[0] == first.id && ids[4] == first.id && Set(ids[1..<4]).count == 3, "\(ids)")
            #expect(reviews[4].reask && reviews.filter(\.reask).count == 1 && !reviews[0].reask)
        }
        #expect(StudyFixtures.question(on: app) == nil)
    }

    /// With confidence marking off (Ctrl-T), answers carry no confidence and Tab does nothing.
    @Test func confidenceMarkingCanBeTurnedOff() throws {
        let store = RecordingStudyStore()
        var app = try practising("f-cloze", store: store)
        app.press(.ctrl("t"))
        #expect(store.writes.last == .settings(StudySettings(confidenceMarking: false)))
        #expect(try store.settings().confidenceMarking == false)
        #expect(!app.frame.text.contains("Sure"))
        app.type("alphas.cumprod(dim=0)")
        app.press(.enter, .enter)
        let record = try lastReview(store)
        #expect(record.correct && record.confidence == nil && record.rating == .good)
    }
}
