import Foundation
import GRDB

/// What `importArchive` added.
public struct ImportSummary: Equatable, Sendable {
    public var cardsAdded = 0
    public var cardsUpdated = 0
    public var reviewsAdded = 0
    public var examsAdded = 0
    public var lessonsUpdated = 0
    public var bookmarksAdded = 0
}

extension ProgressStore {
    /// All progress of every course, in a stable order.
    public func exportArchive() throws(StoreError) -> ProgressArchive {
        try read { db in
            let cards = try Row.fetchAll(db, sql: """
                SELECT course, \(CardRow.columns) FROM card WHERE review_count > 0 ORDER BY course, question
                """).map { row in
                ProgressArchive.Card(course: row["course"], question: row["question"], lesson: row["lesson"], domain: row["domain"],
                                     memory: ProgressArchive.CardState(CardRow.decode(row, from: 1).card))
            }
            var reviews: [ProgressArchive.Review] = []
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM review ORDER BY course, reviewed_at, question")
            while let row = try cursor.next() {
                reviews.append(ProgressArchive.Review(
                    course: row["course"], question: row["question"], reviewedAt: StoreTime.date(row["reviewed_at"]),
                    rating: (Rating(rawValue: row["rating"]) ?? .again).name, correct: row["correct"], chosen: row["chosen"],
                    source: ReviewSource(rawValue: row["source"]) ?? .practice, exam: row["attempt"],
                    before: ProgressArchive.CardState(try CardRow.prior(row)), answer: ReviewAnswer(row: row)))
            }
            let ids = try Int.fetchAll(db, sql: "SELECT id FROM exam_attempt ORDER BY id")
            let exams = try ids.compactMap { try ExamRows.fetch($0, db: db) }
            let lessons = try Row.fetchAll(db, sql: "SELECT * FROM lesson_progress ORDER BY course, lesson").map(ReadingRows.progress)
            let bookmarks = try Row.fetchAll(db, sql: "SELECT * FROM bookmark ORDER BY course, lesson, position").map(ReadingRows.bookmark)
            return ProgressArchive(cards: cards, reviews: reviews, exams: exams, lessons: lessons, bookmarks: bookmarks)
        }
    }

    /// Merges an export into this database in one transaction (all or nothing).
    /// Nothing is lost: reviews, exams and bookmarks already present are kept
    /// and not duplicated; a card takes the imported memory state when that
    /// state is more recent; reading progress keeps the furthest point.
    public func importArchive(_ archive: ProgressArchive) throws(StoreError) -> ImportSummary {
        try write { db in
            var summary = ImportSummary()
            var examIDs: [Int: Int] = [:]
            for exam in archive.exams.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
                let id = exam.id ?? 0
                let started = StoreTime.milliseconds(exam.startedAt)
                if let existing = try Int.fetchOne(db, sql: "SELECT id FROM exam_attempt WHERE course = ? AND started_at = ?",
                                                   arguments: [exam.course, started]) {
                    examIDs[id] = existing
                    continue
                }
                var record = exam
                if let original = exam.retakeOf {
                    guard let mapped = examIDs[original] else { throw StoreFailure("exam \(id) retakes exam \(original), which comes later or is missing") }
                    record.retakeOf = mapped
                }
                let taken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM exam_attempt WHERE id = ?)", arguments: [id]) ?? false
                try ExamRows.insert(record, id: taken ? nil : id, db: db)
                examIDs[id] = Int(db.lastInsertedRowID)
                summary.examsAdded += 1
            }

            for card in archive.cards {
                let memory: FSRSCard
                do { memory = try card.memory.card() } catch { throw StoreFailure("card \(card.question): \(error)") }
                let existing = try Row.fetchOne(db, sql: "SELECT review_count, last_review FROM card WHERE course = ? AND question = ?",
                                                arguments: [card.course, card.question])
                if let existing {
                    let reviewCount: Int = existing["review_count"]
                    let lastReview = (existing["last_review"] as Int64?) ?? Int64.min
                    let imported = memory.lastReview.map(StoreTime.milliseconds) ?? Int64.min
                    if reviewCount == 0 || imported > lastReview {
                        try CardRow.update(memory, course: card.course, question: card.question, db: db)
                        summary.cardsUpdated += 1
                    }
                } else {
                    try db.execute(sql: """
                        INSERT INTO card (course, question, lesson, domain, position, state, step, stability, difficulty, due, last_review)
                        VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)
                        """, arguments: [card.course, card.question, card.lesson, card.domain, memory.state.rawValue, memory.step,
                                         memory.stability, memory.difficulty, StoreTime.milliseconds(memory.due),
                                         memory.lastReview.map(StoreTime.milliseconds)])
                    summary.cardsAdded += 1
                }
            }

            let insertReview = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO review (course, question, reviewed_at, rating, correct, chosen, source, attempt,
                    prior_state, prior_step, prior_stability, prior_difficulty, prior_due, prior_last_review,
                    selection, response, confidence, overridden, reask, variant, mistake)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for review in archive.reviews {
                guard let rating = Rating(name: review.rating) else { throw StoreFailure("review of \(review.question): unknown rating \"\(review.rating)\"") }
                let before: FSRSCard
                do { before = try review.before.card() } catch { throw StoreFailure("review of \(review.question): \(error)") }
                var attempt: Int?
                if let exam = review.exam {
                    guard let mapped = examIDs[exam] else { throw StoreFailure("a review of \(review.question) refers to exam \(exam), which the file does not contain") }
                    attempt = mapped
                }
                let cardExists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM card WHERE course = ? AND question = ?)",
                                                   arguments: [review.course, review.question]) ?? false
                guard cardExists else { throw StoreFailure("a review of \(review.question) has no card in the file") }
                let answer = review.answer
                try insertReview.execute(arguments: [
                    review.course, review.question, StoreTime.milliseconds(review.reviewedAt), rating.rawValue, review.correct,
                    review.chosen, review.source.rawValue, attempt, before.state.rawValue, before.step, before.stability,
                    before.difficulty, StoreTime.milliseconds(before.due), before.lastReview.map(StoreTime.milliseconds),
                    answer.selectionText, answer.response, answer.confidence?.rawValue, answer.overridden, answer.reask,
                    answer.variantJSON, answer.mistake,
                ])
                summary.reviewsAdded += db.changesCount
            }

            for reading in archive.lessons {
                if try ReadingRows.save(reading, keepingLaterPosition: true, db: db) { summary.lessonsUpdated += 1 }
            }
            for mark in archive.bookmarks {
                try db.execute(sql: "INSERT OR IGNORE INTO bookmark (course, lesson, position, label, created_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [mark.course, mark.lesson, mark.position, mark.label, StoreTime.milliseconds(mark.createdAt)])
                summary.bookmarksAdded += db.changesCount
            }
            // Imported cards have no bank position yet: make the next sync place them.
            let courses = Set(archive.cards.map(\.course))
            for course in courses {
                try db.execute(sql: "DELETE FROM course_bank WHERE course = ?", arguments: [course])
            }
            return summary
        }
    }
}
