import Course
import Foundation
import GRDB
import Testing
@testable import Quiz

/// A database written in the first schema opens with the answer-forms migration:
/// nothing lost, the tallies as they were, the new columns empty.
@Suite struct MigrationTests {
    @Test func aVersion1DatabaseKeepsEveryRowAndTally() throws {
        let path = (try Fixtures.folder() as NSString).appendingPathComponent("progress.sqlite")
        try LegacyDatabase.writeVersion1(at: path, course: "old", cards: 300, reviewsPerCard: 20, start: Fixtures.t0)
        func counts(_ db: Database) throws -> [Int] {
            try ["review", "card", "exam_question", "review_bucket", "card_tally"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
            } + [try Int.fetchOne(db, sql: "SELECT SUM(correct) FROM review") ?? -1,
                 try Int.fetchOne(db, sql: "SELECT SUM(reviews) FROM review_bucket") ?? -1,
                 try Int.fetchOne(db, sql: "SELECT SUM(review_count) FROM card") ?? -1]
        }
        let before = try DatabaseQueue(path: path).read(counts)
        #expect(before[0] == 6000 && before[5] == 6000 - 1200)

        let store = try ProgressStore(path: path)
        let after = try store.database.read(counts)
        #expect(after == before)
        let version = try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == ProgressStore.schemaVersion)
        // The old answers read as before, with no confidence and no override.
        let archive = try store.exportArchive()
        #expect(archive.reviews.count == 6000)
        #expect(archive.reviews.allSatisfy { $0.confidence == nil && $0.overridden == nil && $0.reask == nil && $0.selection == nil })
        #expect(archive.reviews.first { !$0.correct }?.chosen == 1)
        // The old exam has no snapshots: it is rebuilt against the course (here: one that lacks its questions).
        let exam = try #require(try store.attempt(1))
        #expect(exam.items.count == 10 && exam.items.allSatisfy { $0.snapshot == nil } && exam.items[0].chosen == 2)
        // New answers take the new columns (and the wider sources).
        try store.database.write { db in
            try db.execute(sql: """
                INSERT INTO review (course, question, reviewed_at, rating, correct, source, prior_state, prior_due, confidence, reask)
                VALUES ('old', 'q0', 1, 3, 1, 'drill', 2, 0, 'sure', 0)
                """)
        }
        #expect(try store.stats(course: "old", at: Fixtures.t0, scheduler: .standard).calibration.sure.answers == 1)
        store.close()
    }
}
