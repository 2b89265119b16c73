import Course
import Foundation
import Quiz
import Testing
@testable import dli_tutor

/// The study app's store adapter on a real SQLite file in a temporary folder.
@Suite struct ProgressStudyStoreTests {
    func makeStore() throws -> (ProgressStudyStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dli-tutor-studystore-\(UUID().uuidString)")
        let store = try ProgressStore(dataDirectory: folder.path)
        return (ProgressStudyStore(store: store, scheduler: try FSRSScheduler(), calendar: Fixtures.utc, clock: { Fixtures.now }), folder)
    }

    @Test func readingPositionsBookmarksAndCompletionRoundTrip() throws {
        let (store, folder) = try makeStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = Fixtures.course
        try store.save(.reading(courseID: course.id, lessonID: "l02-ddpm", position: ReadingPosition(sourceLine: 12), furthest: 0.4))
        try store.save(.bookmarks(courseID: course.id, lessonID: "l02-ddpm", [ReadingPosition(sourceLine: 9), ReadingPosition(sourceLine: 12)]))
        try store.save(.bookmarks(courseID: course.id, lessonID: "l02-ddpm", [ReadingPosition(sourceLine: 12)]))
        try store.save(.lessonCompleted(courseID: course.id, lessonID: "l01-attention", at: Fixtures.now))
        let readings = try store.readings(courseID: course.id)
        #expect(readings["l02-ddpm"] == LessonReading(position: ReadingPosition(sourceLine: 12), furthest: 0.4, completed: false,
                                                      bookmarks: [ReadingPosition(sourceLine: 12)]))
        #expect(readings["l01-attention"]?.completed == true)
        // A later, shorter reading never undoes completion or the furthest point.
        try store.save(.reading(courseID: course.id, lessonID: "l01-attention", position: .start, furthest: 0.1))
        #expect(try store.readings(courseID: course.id)["l01-attention"]?.completed == true)
        #expect(try store.readings(courseID: course.id)["l01-attention"]?.furthest == 1)

        let summary = try store.homeSummary(course: course, now: Fixtures.now)
        #expect(summary.lessonsCompleted == 1)
        #expect(summary.continueLessonID == "l02-ddpm")
        #expect(summary.questionsTotal == 2)
        #expect(summary.newCards == 2)
        #expect(summary.dueReviews == 0)
        #expect(summary.lastExam == nil)
    }

    @Test func anAnswerInTheReaderIsAPracticeReview() throws {
        let (store, folder) = try makeStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = Fixtures.course
        try store.prepare(course, now: Fixtures.now)
        let question = try #require(course.questions.first)
        try store.save(.answer(courseID: course.id, question: question, option: question.answer, at: Fixtures.now))
        let card = try #require(try store.store.card(course: course.id, question: question.id))
        #expect(!card.isNew)
        #expect(card.correctCount == 1)
        let summary = try store.homeSummary(course: course, now: Fixtures.now)
        #expect(summary.reviewsPerDay.last == 1)
        #expect(summary.streakDays == 1)
        #expect(summary.newCards == 1)
    }

    @Test func streaksCountBackFromTodayOrYesterday() {
        #expect(HomeSummary.streak([]) == 0)
        #expect(HomeSummary.streak([3, 0, 2, 5]) == 2)
        #expect(HomeSummary.streak([3, 0, 2, 5, 0]) == 2)
        #expect(HomeSummary.streak([1, 1, 0, 0]) == 0)
    }
}
