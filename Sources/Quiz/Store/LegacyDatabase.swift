import Foundation
import GRDB

/// A progress database written in the first schema (v1), as earlier versions of
/// the program wrote it: for the migration's benchmark (`dli-tutor bench store
/// --from-v1`) and tests. `cards` questions in one course, each answered
/// `reviewsPerCard` times a day apart, every fifth answer wrong, and one
/// finished exam over the first ten cards.
public enum LegacyDatabase {
    public static func writeVersion1(at path: String, course: String, cards: Int, reviewsPerCard: Int, start: Date) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: StoreSchema.version1)
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        try migrator.migrate(queue)
        let startMs = StoreTime.milliseconds(start)
        let day: Int64 = 86_400_000
        try queue.write { db in
            try db.execute(sql: "INSERT INTO course_bank VALUES (?, 'legacy')", arguments: [course])
            let card = try db.makeStatement(sql: """
                INSERT INTO card (course, question, lesson, domain, position, state, step, stability, difficulty, due, last_review)
                VALUES (?, ?, 'l1', 'd1', ?, 2, NULL, 10, 5, ?, ?)
                """)
            let review = try db.makeStatement(sql: """
                INSERT INTO review (course, question, reviewed_at, rating, correct, chosen, source, attempt,
                                    prior_state, prior_step, prior_stability, prior_difficulty, prior_due, prior_last_review)
                VALUES (?, ?, ?, ?, ?, ?, 'practice', NULL, 2, NULL, 10, 5, ?, ?)
                """)
            for index in 0..<cards {
                let question = "q\(index)"
                let last = startMs + Int64(reviewsPerCard - 1) * day + Int64(index)
                try card.execute(arguments: [course, question, index, last + 10 * day, last])
                for k in 0..<reviewsPerCard {
                    let at = startMs + Int64(k) * day + Int64(index)
                    let correct = (index + k) % 5 != 0
                    try review.execute(arguments: [course, question, at, correct ? 3 : 1, correct, correct ? 0 : 1, at, at - day])
                }
            }
            try db.execute(sql: """
                INSERT INTO exam_attempt (id, course, seed, started_at, deadline, pass_percent, position, submitted_at, correct)
                VALUES (1, ?, 7, ?, ?, 70, 0, ?, 9)
                """, arguments: [course, startMs, startMs + 2_700_000, startMs + 600_000])
            for position in 0..<min(10, cards) {
                try db.execute(sql: """
                    INSERT INTO exam_question (attempt, position, question, domain, option_order, chosen, answered_at, flagged)
                    VALUES (1, ?, ?, 'd1', '1,0,2,3', ?, ?, 0)
                    """, arguments: [position, "q\(position)", position == 0 ? 2 : 0, startMs + 60_000])
            }
        }
    }
}
