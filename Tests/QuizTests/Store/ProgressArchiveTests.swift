import Course
import Foundation
import Testing
@testable import Quiz

@Suite struct ProgressArchiveTests {
    let course = Fixtures.course()
    let scheduler = Fixtures.scheduler()

    /// A store with practice reviews, a submitted exam, a retake in progress,
    /// reading progress and bookmarks.
    func populatedStore() throws -> ProgressStore {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        for (n, question) in course.questions.prefix(12).enumerated() {
            let time = Fixtures.t0.addingTimeInterval(Double(n) * 61.5 + 0.123)
            let before = try #require(try store.card(course: course.id, question: question.id)).card
            let rating: Rating = n % 3 == 0 ? .again : .good
            try store.recordReview(CardReview(question: question.id, reviewedAt: time, rating: rating, correct: rating == .good,
                                              chosen: n % 4, before: before, after: scheduler.review(before, rating: rating, at: time).card),
                                   course: course.id)
        }
        var generator = SeededGenerator(seed: UInt64.max - 5)
        var exam = ExamAssembler.assemble(course: course, lastSeen: [:], seed: UInt64.max - 5, at: Fixtures.t0.addingTimeInterval(5000),
                                          using: &generator)
        exam.id = try store.createAttempt(exam.record)
        let id = try #require(exam.id)
        for position in 0..<10 {
            try store.save(try exam.answer(position, option: position % 4, at: Fixtures.t0.addingTimeInterval(5000 + Double(position))), attempt: id)
        }
        try store.save(try exam.setFlag(2, true, at: Fixtures.t0.addingTimeInterval(5100)), attempt: id)
        let submitted = Fixtures.t0.addingTimeInterval(6000.5)
        _ = try exam.submit(at: submitted)
        let result = try #require(exam.result())
        let reviews = try result.reviews.map { review in
            let before = try #require(try store.card(course: course.id, question: review.question.id)).card
            return CardReview(question: review.question.id, reviewedAt: submitted, rating: review.rating, correct: review.isCorrect,
                              chosen: review.chosen, before: before, after: scheduler.review(before, rating: review.rating, at: submitted).card)
        }
        try store.submitAttempt(id, at: submitted, automatically: false, correct: result.correct, course: course.id, reviews: reviews)
        var retake = try ExamAssembler.retake(of: exam, blueprint: course.exam, timed: true, seed: 3, at: Fixtures.t0.addingTimeInterval(7000),
                                              using: &generator)
        retake.id = try store.createAttempt(retake.record)
        try store.save(try retake.answer(0, option: 1, at: Fixtures.t0.addingTimeInterval(7001)), attempt: retake.id ?? 0)
        try store.saveReadingProgress(LessonProgress(course: course.id, lesson: "diffusion-1", position: 33, percent: 61.25,
                                                     completed: false, updatedAt: Fixtures.t0.addingTimeInterval(0.001)))
        try store.addBookmark(Bookmark(course: course.id, lesson: "diffusion-1", position: 20, label: "β schedule, \"linear\"\tvs cosine",
                                       createdAt: Fixtures.t0))
        return store
    }

    @Test func exportImportExportIsIdentical() throws {
        let source = try populatedStore()
        let archive = try source.exportArchive()
        let examQuestions = try #require(try source.attempt(1)).items.map(\.question)
        #expect(archive.cards.count == Set(course.questions.prefix(12).map(\.id) + examQuestions).count)
        #expect(archive.reviews.count == 12 + 15)
        #expect(archive.exams.count == 2 && archive.exams[1].retakeOf == 1 && archive.exams[0].seed == UInt64.max - 5)
        let data = try archive.encoded()

        let target = try Fixtures.store()
        let summary = try target.importArchive(try ProgressArchive.decode(data))
        #expect(summary.reviewsAdded == 27 && summary.examsAdded == 2 && summary.bookmarksAdded == 1)
        let again = try target.exportArchive().encoded()
        #expect(String(decoding: again, as: UTF8.self) == String(decoding: data, as: UTF8.self))

        // Importing the same file twice adds nothing.
        let second = try target.importArchive(try ProgressArchive.decode(data))
        #expect(second.reviewsAdded == 0 && second.examsAdded == 0 && second.cardsAdded == 0 && second.bookmarksAdded == 0)
        #expect(try target.exportArchive().encoded() == data)

        // The imported progress works: the open retake resumes, the counters match.
        try target.syncBank(of: course, at: Fixtures.t0.addingTimeInterval(8000))
        let open = try #require(try target.openAttempt(course: course.id))
        #expect(try ExamSession(record: open, course: course).answeredCount == 1)
        let stats = try target.stats(course: course.id, at: Fixtures.t0.addingTimeInterval(9000), scheduler: scheduler)
        let sourceStats = try source.stats(course: course.id, at: Fixtures.t0.addingTimeInterval(9000), scheduler: scheduler)
        #expect(stats == sourceStats)
    }

    @Test func importMergesWithExistingProgress() throws {
        let archive = try populatedStore().exportArchive()
        let target = try Fixtures.store()
        try target.syncBank(of: course, at: Fixtures.t0)
        // The target has its own, later review of a question the archive also has.
        let question = course.questions[0].id
        let late = Fixtures.t0.addingTimeInterval(86_400)
        let before = try #require(try target.card(course: course.id, question: question)).card
        let after = scheduler.review(before, rating: .easy, at: late).card
        try target.recordReview(CardReview(question: question, reviewedAt: late, rating: .easy, correct: true, chosen: 0,
                                           before: before, after: after), course: course.id)
        _ = try target.importArchive(archive)
        let card = try #require(try target.card(course: course.id, question: question))
        // The more recent memory state wins; both reviews are counted.
        #expect(card.card == after)
        #expect(card.reviewCount == 1 + archive.reviews.count { $0.question == question })
    }

    @Test func badFilesAreRefusedWithAReason() throws {
        #expect(throws: ArchiveError.self) { _ = try ProgressArchive.decode(Data("{}".utf8)) }
        var archive = ProgressArchive()
        archive.format = "something-else"
        #expect(throws: ArchiveError(message: "not a dli-tutor progress export (format is \"something-else\")")) {
            _ = try ProgressArchive.decode(try archive.encoded())
        }
        archive = ProgressArchive()
        archive.version = 99
        #expect(throws: ArchiveError.self) { _ = try ProgressArchive.decode(try archive.encoded()) }
        let badTime = #"{"format":"dli-tutor-progress","version":1,"cards":[],"reviews":[],"exams":[],"lessons":[],"bookmarks":[{"course":"c","lesson":"l","position":1,"label":"","createdAt":"yesterday"}]}"#
        let error = #expect(throws: ArchiveError.self) { _ = try ProgressArchive.decode(Data(badTime.utf8)) }
        #expect(error?.message.contains("bookmarks[0].createdAt") == true)

        // A review whose card is missing aborts the whole import.
        let store = try Fixtures.store()
        var orphan = try populatedStore().exportArchive()
        orphan.cards.removeFirst()
        #expect(throws: StoreError.self) { _ = try store.importArchive(orphan) }
        #expect(try store.exportArchive() == ProgressArchive())
    }

    @Test func timesKeepTheirMilliseconds() {
        for milliseconds: Int64 in [0, 1, 999, 1_750_000_000_123, -1, -86_400_001, 253_402_300_799_999] {
            let date = StoreTime.date(milliseconds)
            let text = ArchiveTime.format(date)
            #expect(ArchiveTime.parse(text).map(StoreTime.milliseconds) == milliseconds)
        }
        #expect(ArchiveTime.format(StoreTime.date(1_750_000_000_123)) == "2025-06-15T15:06:40.123Z")
        #expect(ArchiveTime.format(StoreTime.date(-1)) == "1969-12-31T23:59:59.999Z")
        #expect(ArchiveTime.parse("2025-02-30T00:00:00.000Z") == nil)
        #expect(ArchiveTime.parse("2025-06-15T15:06:40Z") == nil)
    }
}
