import Course
import Foundation
import Testing
@testable import Quiz

/// Practice reviews and exam submissions stored as the sessions produce them.
@Suite struct ProgressStoreSessionTests {
    let course = Fixtures.course()
    let scheduler = Fixtures.scheduler()

    func session(_ store: ProgressStore, ids: [String]) throws -> PracticeSession {
        var cards: [String: FSRSCard] = [:]
        for id in ids {
            if let stored = try store.card(course: course.id, question: id), !stored.isNew { cards[id] = stored.card }
        }
        return PracticeSession(questionIDs: ids, questions: course.questions, cards: cards, scheduler: scheduler)
    }

    /// The review a confirmation asks to record; fails the test on any other effect.
    func review(_ effect: PracticeEffect, sourceLocation: SourceLocation = #_sourceLocation) throws -> PracticeReviewRecord {
        let record: PracticeReviewRecord? = if case .recordReview(let record) = effect { record } else { nil }
        return try #require(record, "expected a review to record, got \(effect)", sourceLocation: sourceLocation)
    }

    @Test func aPracticeReviewIsStoredFromTheNewCardAndUndoneByItsTime() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let question = course.questions[2]
        var practice = try session(store, ids: [question.id])
        try practice.answer(option: question.answer)
        let time = Fixtures.t0.addingTimeInterval(42.5)
        let record = try review(practice.confirm(at: time))
        #expect(record.oldCard == nil)
        try store.recordPractice(record, course: course.id)
        let stored = try #require(try store.card(course: course.id, question: question.id))
        #expect(stored.card == record.newCard && stored.reviewCount == 1 && stored.correctCount == 1)
        // The first practice review of a question counts against the daily new limit.
        #expect(try store.practiceCandidates(course: course.id, dueBy: time, startOfDay: Fixtures.t0).newIntroducedToday == 1)

        guard case .undoReview(let undone) = try practice.undo() else {
            Issue.record("no undo")
            return
        }
        try store.undoPractice(undone, course: course.id)
        let back = try #require(try store.card(course: course.id, question: question.id))
        #expect(back.isNew && back.card == .new(at: Fixtures.t0))
        #expect(try store.exportArchive().reviews.isEmpty)
        // Undoing again finds nothing to undo.
        #expect(throws: StoreError.self) { try store.undoPractice(undone, course: course.id) }
    }

    @Test func aSecondReviewStartsFromTheStoredCard() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let question = course.questions[5]
        var first = try session(store, ids: [question.id])
        try first.answer(option: (question.answer + 1) % 4)
        let wrong = try review(first.confirm(at: Fixtures.t0))
        try store.recordPractice(wrong, course: course.id)
        let later = Fixtures.t0.addingTimeInterval(3600)
        var second = try session(store, ids: [question.id])
        try second.answer(option: question.answer)
        let right = try review(second.confirm(at: later))
        #expect(right.oldCard == wrong.newCard)
        try store.recordPractice(right, course: course.id)
        let stored = try #require(try store.card(course: course.id, question: question.id))
        #expect(stored.card == right.newCard && stored.reviewCount == 2 && stored.correctCount == 1)
    }

    @Test func submittingAnExamClosesItAndReviewsEveryQuestion() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        var generator = SeededGenerator(seed: 3)
        var exam = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 3, at: Fixtures.t0, using: &generator)
        exam.id = try store.createAttempt(exam.record)
        let id = try #require(exam.id)
        for position in 0..<10 {
            let item = exam.items[position]
            let option = position < 8 ? item.correctOption : (item.correctOption + 1) % 4
            try store.save(try exam.answer(position, option: option, at: Fixtures.t0.addingTimeInterval(Double(position))), attempt: id)
        }
        // Not yet submitted: refused.
        #expect(throws: StoreError.self) { try store.submitExam(exam, scheduler: scheduler) }
        let time = Fixtures.t0.addingTimeInterval(46 * 60)
        _ = try exam.submit(at: time)
        #expect(exam.autoSubmitted)
        let result = try store.submitExam(exam, scheduler: scheduler, domainOrder: course.chapters.map(\.id))
        #expect(result.correct == 8 && result.total == 15 && result.domains.map(\.domain) == course.chapters.map(\.id))
        let summary = try #require(try store.attemptSummaries(course: course.id).first)
        #expect(summary.correct == 8 && summary.autoSubmitted && summary.submittedAt == time)
        #expect(abs((summary.timeUsed ?? 0) - 45 * 60) < 0.001)
        for (position, item) in exam.items.enumerated() {
            let card = try #require(try store.card(course: course.id, question: item.question.id))
            let rating: Rating = position < 8 ? .good : .again
            #expect(card.card == scheduler.review(.new(at: Fixtures.t0), rating: rating, at: time).card)
        }
    }

    @Test func cardReviewsFollowTheResult() throws {
        var generator = SeededGenerator(seed: 9)
        var exam = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 9, at: Fixtures.t0, using: &generator)
        _ = try exam.answer(0, option: exam.items[0].correctOption, at: Fixtures.t0)
        _ = try exam.answer(1, option: (exam.items[1].correctOption + 1) % 4, at: Fixtures.t0)
        _ = try exam.submit(at: Fixtures.t0.addingTimeInterval(60))
        let result = try #require(exam.result())
        let skipped = exam.items[2].question.id
        let reviews = result.cardReviews(at: Fixtures.t0.addingTimeInterval(60), scheduler: scheduler) {
            $0.id == skipped ? nil : .new(at: Fixtures.t0)
        }
        #expect(reviews.count == 14)
        #expect(!reviews.contains { $0.question == skipped })
        #expect(reviews[0].rating == .good && reviews[0].correct && reviews[0].chosen == exam.items[0].chosen)
        #expect(reviews[1].rating == .again && !reviews[1].correct)
        #expect(reviews[2].rating == .again && reviews[2].chosen == nil)
        #expect(reviews.allSatisfy { $0.after == scheduler.review($0.before, rating: $0.rating, at: $0.reviewedAt).card })
    }
}
