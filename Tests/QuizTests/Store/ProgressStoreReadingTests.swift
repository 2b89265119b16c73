import Foundation
import Testing
@testable import Quiz

@Suite struct ProgressStoreReadingTests {
    @Test func readingProgressKeepsTheFurthestPointAndCompletion() throws {
        let store = try Fixtures.store()
        try store.saveReadingProgress(LessonProgress(course: "demo", lesson: "a", position: 40, percent: 80, completed: true, updatedAt: Fixtures.t0))
        try store.saveReadingProgress(LessonProgress(course: "demo", lesson: "a", position: 5, percent: 10, completed: false,
                                                     updatedAt: Fixtures.t0.addingTimeInterval(60)))
        let progress = try #require(try store.readingProgress(course: "demo", lesson: "a"))
        #expect(progress.position == 5 && progress.percent == 80 && progress.completed)
        #expect(progress.updatedAt == Fixtures.t0.addingTimeInterval(60))
        #expect(try store.readingProgress(course: "demo").count == 1)
        #expect(try store.readingProgress(course: "demo", lesson: "b") == nil)
    }

    @Test func bookmarksAddRelabelAndRemove() throws {
        let store = try Fixtures.store()
        try store.addBookmark(Bookmark(course: "demo", lesson: "b", position: 30, label: "CFG", createdAt: Fixtures.t0))
        try store.addBookmark(Bookmark(course: "demo", lesson: "a", position: 12, createdAt: Fixtures.t0))
        try store.addBookmark(Bookmark(course: "demo", lesson: "b", position: 30, label: "CFG formula", createdAt: Fixtures.t0))
        #expect(try store.bookmarks(course: "demo").map(\.lesson) == ["a", "b"])
        #expect(try store.bookmarks(course: "demo", lesson: "b").map(\.label) == ["CFG formula"])
        #expect(try store.removeBookmark(course: "demo", lesson: "b", position: 30))
        #expect(try !store.removeBookmark(course: "demo", lesson: "b", position: 30))
        #expect(try store.bookmarks(course: "demo").count == 1)
    }
}
