import Course
import Foundation
import Testing
@testable import Quiz

@Suite struct ProgressStoreExamTests {
    let course = Fixtures.course()
    let scheduler = Fixtures.scheduler()

    func newExam(_ store: ProgressStore, seed: UInt64 = 1, at time: Date = Fixtures.t0) throws -> ExamSession {
        var generator = SeededGenerator(seed: seed)
        var session = ExamAssembler.assemble(course: course, lastSeen: try store.examExposure(course: course.id), seed: seed,
                                             at: time, using: &generator)
        session.id = try store.createAttempt(session.record)
        return session
    }

    /// The cards' reviews for a submitted session, as the exam command builds them.
    func reviews(_ store: ProgressStore, _ session: ExamSession) throws -> [CardReview] {
        let result = try #require(session.result())
        let time = try #require(session.submittedAt)
        return try result.reviews.map { review in
            let before = try #require(try store.card(course: course.id, question: review.question.id)).card
            return CardReview(question: review.question.id, reviewedAt: time, rating: review.rating, correct: review.isCorrect,
                              chosen: review.chosen, before: before, after: scheduler.review(before, rating: review.rating, at: time).card)
        }
    }

    @Test func everyActionIsStoredAndTheAttemptResumesAsItWas() throws {
        let folder = try Fixtures.folder()
        var session: ExamSession
        do {
            let store = try ProgressStore(dataDirectory: folder)
            try store.syncBank(of: course, at: Fixtures.t0)
            session = try newExam(store)
            let id = try #require(session.id)
            try store.save(try session.answer(0, option: 2, at: Fixtures.t0.addingTimeInterval(10)), attempt: id)
            try store.save(try session.answer(3, option: 1, at: Fixtures.t0.addingTimeInterval(20)), attempt: id)
            try store.save(try session.answer(3, option: 0, at: Fixtures.t0.addingTimeInterval(25)), attempt: id)
            try store.save(try session.setFlag(7, true, at: Fixtures.t0.addingTimeInterval(30)), attempt: id)
            try store.save(try session.go(to: 7), attempt: id)
            // A second attempt cannot start while this one is open.
            #expect(throws: StoreError.self) { _ = try store.createAttempt(session.record) }
            store.close()
        }
        let store = try ProgressStore(dataDirectory: folder)
        let record = try #require(try store.openAttempt(course: course.id))
        let resumed = try ExamSession(record: record, course: course)
        #expect(resumed == session)
        #expect(resumed.deadline == Fixtures.t0.addingTimeInterval(45 * 60))
        #expect(try store.latestAttempt(course: course.id) == record)
        #expect(try store.attempt(record.id ?? 0) == record)
    }

    @Test func submittingClosesTheAttemptAndFeedsTheCards() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        var session = try newExam(store)
        let id = try #require(session.id)
        for position in 0..<12 {
            let item = session.items[position]
            let option = position < 9 ? item.correctOption : (item.correctOption + 1) % 4
            try store.save(try session.answer(position, option: option, at: Fixtures.t0.addingTimeInterval(Double(position))), attempt: id)
        }
        let submittedAt = Fixtures.t0.addingTimeInterval(1800)
        guard case .submitted(_, let automatically) = try session.submit(at: submittedAt) else { Issue.record("no submission"); return }
        let result = try #require(session.result())
        try store.submitAttempt(id, at: submittedAt, automatically: automatically, correct: result.correct, course: course.id,
                                reviews: try reviews(store, session))
        #expect(try store.openAttempt(course: course.id) == nil)
        let summary = try #require(try store.attemptSummaries(course: course.id).first)
        #expect(summary.correct == 9 && summary.total == 15 && summary.passed == false)
        #expect(abs((summary.timeUsed ?? 0) - 1800) < 1e-6)
        // Every missed question (wrong or blank) is now a relearning/learning card due soon; right ones are Good.
        for (position, item) in session.items.enumerated() {
            let card = try #require(try store.card(course: course.id, question: item.question.id))
            #expect(card.reviewCount == 1)
            #expect(card.correctCount == (position < 9 ? 1 : 0))
            let expected = scheduler.review(.new(at: Fixtures.t0), rating: position < 9 ? .good : .again, at: submittedAt).card
            #expect(card.card == expected)
        }
        let due = try store.practiceCandidates(course: course.id, dueBy: submittedAt.addingTimeInterval(120), startOfDay: Fixtures.t0)
        #expect(Set(due.due.map(\.question)) == Set(session.items[9...].map(\.question.id)))
        // Nothing more can change a submitted attempt.
        #expect(throws: StoreError.self) { try store.saveAnswer(attempt: id, position: 0, answer: .option(1), confidence: .sure, at: submittedAt) }
        #expect(throws: StoreError.self) {
            try store.submitAttempt(id, at: submittedAt, automatically: false, correct: 0, course: course.id, reviews: [])
        }
    }

    @Test func exposureTracksWhenEachQuestionWasLastInAnExam() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        var first = try newExam(store, seed: 1)
        _ = try first.submit(at: Fixtures.t0.addingTimeInterval(60))
        try store.submitAttempt(first.id ?? 0, at: Fixtures.t0.addingTimeInterval(60), automatically: false, correct: 0,
                                course: course.id, reviews: [])
        let later = Fixtures.t0.addingTimeInterval(3600)
        let second = try newExam(store, seed: 2, at: later)
        #expect(Set(first.items.map(\.question.id)).isDisjoint(with: second.items.map(\.question.id)))
        let exposure = try store.examExposure(course: course.id)
        #expect(exposure.count == 30)
        for item in first.items { #expect(exposure[item.question.id] == Fixtures.t0) }
        for item in second.items { #expect(exposure[item.question.id] == later) }
    }
}

@Suite struct ProgressStoreClosingTests {
    @Test func anExamTheCourseChangedUnderIsClosedWithoutAScoreAndKeepsItsAnswers() throws {
        let course = Fixtures.course()
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        var generator = SeededGenerator(seed: 3)
        var session = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 3, at: Fixtures.t0, using: &generator)
        // An attempt stored before exams kept each question as asked.
        var legacy = session.record
        for index in legacy.items.indices { legacy.items[index].snapshot = nil }
        let id = try store.createAttempt(legacy)
        session.id = id
        try store.save(try session.answer(0, option: 1, at: Fixtures.t0.addingTimeInterval(5)), attempt: id)

        // The first question disappears from the course: the attempt cannot be rebuilt.
        var changed = course
        changed.questions.removeAll { $0.id == session.items[0].question.id }
        let open = try #require(try store.openAttempt(course: course.id))
        #expect(throws: ExamError.questionMissing(session.items[0].question.id)) { try ExamSession(record: open, course: changed) }

        try store.closeAttempt(id, at: Fixtures.t0.addingTimeInterval(60))
        #expect(try store.openAttempt(course: course.id) == nil)
        let closed = try #require(try store.attempt(id))
        #expect(closed.correct == nil && closed.submittedAt == Fixtures.t0.addingTimeInterval(60))
        #expect(closed.items[0].chosen == session.items[0].optionOrder[1], "its answers are kept")
        let summary = try #require(try store.attemptSummaries(course: course.id).first)
        #expect(!summary.isScored && summary.percent == nil)
        #expect(throws: StoreError.self) { try store.closeAttempt(id, at: Fixtures.t0) }
        // A new exam may start.
        _ = try store.createAttempt(ExamAssembler.assemble(course: changed, lastSeen: [:], seed: 4, at: Fixtures.t0, using: &generator).record)
    }
}
