import Foundation
import Course
import Testing
@testable import Quiz

@Suite struct ProgressStoreCardTests {
    let course = Fixtures.course()
    let scheduler = Fixtures.scheduler()

    /// Answers `question` at `time` with `rating`, the way practice would.
    @discardableResult
    func review(_ store: ProgressStore, _ question: String, _ rating: Rating, at time: Date) throws -> Int64 {
        let before = try #require(try store.card(course: course.id, question: question)).card
        let after = scheduler.review(before, rating: rating, at: time).card
        return try store.recordReview(CardReview(question: question, reviewedAt: time, rating: rating, correct: rating != .again,
                                                 chosen: nil, before: before, after: after), course: course.id)
    }

    @Test func syncCreatesNewCardsInBankOrder() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let candidates = try store.practiceCandidates(course: course.id, dueBy: Fixtures.t0, startOfDay: Fixtures.t0)
        #expect(candidates.due.isEmpty)
        #expect(candidates.new.map(\.question) == course.questions.map(\.id))
        #expect(candidates.new.map(\.position) == course.questions.indices.map { $0 })
        #expect(candidates.new.allSatisfy { $0.isNew && $0.card == FSRSCard.new(at: Fixtures.t0) })
    }

    @Test func aReviewUpdatesTheCardAndCountsAndUndoTakesItBack() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let question = course.questions[3].id
        let time = Fixtures.t0.addingTimeInterval(100)
        let id = try review(store, question, .good, at: time)
        let stored = try #require(try store.card(course: course.id, question: question))
        #expect(stored.card == scheduler.review(.new(at: Fixtures.t0), rating: .good, at: time).card)
        #expect(stored.reviewCount == 1 && stored.correctCount == 1 && !stored.isNew)

        let second = try review(store, question, .again, at: time.addingTimeInterval(60))
        #expect(try store.card(course: course.id, question: question)?.correctCount == 1)
        // Only the latest review can be undone.
        #expect(throws: StoreError.self) { try store.undoReview(id: id) }
        let undone = try store.undoReview(id: second)
        #expect(undone.rating == .again && undone.before == stored.card)
        #expect(try store.card(course: course.id, question: question) == stored)
        try store.undoReview(id: id)
        let fresh = try #require(try store.card(course: course.id, question: question))
        #expect(fresh.isNew && fresh.card == .new(at: Fixtures.t0) && fresh.correctCount == 0)
    }

    @Test func candidatesAreDueOldestFirstAndRespectFilters() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        // Again leaves a card due in 1 minute, Good in 10 minutes.
        let a = course.questions[0].id, b = course.questions[11].id, c = course.questions[25].id
        try review(store, a, .good, at: Fixtures.t0)
        try review(store, b, .again, at: Fixtures.t0)
        try review(store, c, .again, at: Fixtures.t0.addingTimeInterval(30))
        let soon = try store.practiceCandidates(course: course.id, dueBy: Fixtures.t0.addingTimeInterval(120), startOfDay: Fixtures.t0)
        #expect(soon.due.map(\.question) == [b, c])
        #expect(soon.new.count == course.questions.count - 3)
        #expect(soon.newIntroducedToday == 3)
        let later = try store.practiceCandidates(course: course.id, dueBy: Fixtures.t0.addingTimeInterval(3600), startOfDay: Fixtures.t0)
        #expect(later.due.map(\.question) == [b, c, a])
        let limited = try store.practiceCandidates(course: course.id, dueBy: Fixtures.t0.addingTimeInterval(3600),
                                                   startOfDay: Fixtures.t0, dueLimit: 1, newLimit: 2)
        #expect(limited.due.count == 1 && limited.new.count == 2)
        let diffusion = try store.practiceCandidates(course: course.id, dueBy: Fixtures.t0.addingTimeInterval(3600),
                                                     startOfDay: Fixtures.t0, filter: CardFilter(domain: "diffusion"))
        #expect(diffusion.due.map(\.question) == [b])
        #expect(diffusion.new.allSatisfy { $0.domain == "diffusion" })
        let lesson = try store.practiceCandidates(course: course.id, dueBy: Fixtures.t0.addingTimeInterval(3600),
                                                  startOfDay: Fixtures.t0, filter: CardFilter(lesson: "llm-rag-1"))
        #expect(lesson.due.map(\.question) == [c])
        #expect(lesson.new.allSatisfy { $0.lesson == "llm-rag-1" })
        // New cards introduced before the start of the day do not count.
        let tomorrow = try store.practiceCandidates(course: course.id, dueBy: Fixtures.t0, startOfDay: Fixtures.t0.addingTimeInterval(60))
        #expect(tomorrow.newIntroducedToday == 0)
    }

    @Test func aChangedBankMovesAndSetsAsideCards() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let removed = course.questions[0].id
        try review(store, removed, .again, at: Fixtures.t0)
        var changed = course
        changed.questions.removeFirst()
        changed.questions[0].lesson = "foundations-1"
        let added = Question(id: "extra", lesson: "diffusion-0", domain: "diffusion", difficulty: .easy, stem: "?",
                             options: ["a", "b"], answer: 0, explanation: "")
        changed.questions.append(added)
        try store.syncBank(of: changed, at: Fixtures.t0.addingTimeInterval(10))
        let candidates = try store.practiceCandidates(course: course.id, dueBy: Fixtures.t0.addingTimeInterval(3600), startOfDay: Fixtures.t0)
        #expect(candidates.due.isEmpty)
        #expect(candidates.new.map(\.question) == changed.questions.map(\.id))
        #expect(candidates.new.first?.lesson == "foundations-1")
        #expect(candidates.new.last?.card.due == Fixtures.t0.addingTimeInterval(10))
        // The history of the question that left is kept.
        let old = try #require(try store.card(course: course.id, question: removed))
        #expect(old.position == nil && old.reviewCount == 1)
    }

    @Test func reviewsOfAnUnsyncedCourseAreRefused() throws {
        let store = try Fixtures.store()
        let before = FSRSCard.new(at: Fixtures.t0)
        #expect(throws: StoreError.self) {
            try store.recordReview(CardReview(question: "nope", reviewedAt: Fixtures.t0, rating: .good, correct: true, chosen: 0,
                                              before: before, after: before), course: "demo")
        }
    }
}
