import Course
import Foundation
import GRDB

extension ProgressStore {
    /// Makes the card table mirror the course's question bank: a new card for
    /// every question not seen before, lesson/domain/position refreshed, and
    /// questions that left the course set aside (their history is kept).
    /// Does nothing when the bank is unchanged since the last call.
    public func syncBank(of course: Course, at now: Date) throws(StoreError) {
        let fingerprint = BankFingerprint.of(course.questions)
        let stored = try read { db in
            try String.fetchOne(db, sql: "SELECT fingerprint FROM course_bank WHERE course = ?", arguments: [course.id])
        }
        if stored == fingerprint { return }
        let due = StoreTime.milliseconds(now)
        try write { db in
            try db.execute(sql: "UPDATE card SET position = NULL WHERE course = ? AND position IS NOT NULL", arguments: [course.id])
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO card (course, question, lesson, domain, position, state, step, due)
                VALUES (?, ?, ?, ?, ?, 1, 0, ?)
                ON CONFLICT (course, question) DO UPDATE
                SET lesson = excluded.lesson, domain = excluded.domain, position = excluded.position
                """)
            for (position, question) in course.questions.enumerated() {
                try upsert.execute(arguments: [course.id, question.id, question.lesson, question.domain, position, due])
            }
            try db.execute(sql: """
                INSERT INTO course_bank (course, fingerprint) VALUES (?, ?)
                ON CONFLICT (course) DO UPDATE SET fingerprint = excluded.fingerprint
                """, arguments: [course.id, fingerprint])
        }
    }

    /// The card of one question, if the bank has been synced.
    public func card(course: String, question: String) throws(StoreError) -> StoredCard? {
        try read { db in try CardRow.fetch(course: course, question: question, db: db) }
    }

    /// What today's practice is built from: reviewed cards due by `dueBy`
    /// (oldest first, at most `dueLimit`), never-reviewed cards in bank order
    /// (at most `newLimit`), and how many new cards practice introduced since
    /// `startOfDay`. Indexed queries: the cost follows the answer, not the table.
    /// With an exam `window`, a card is also due when `ExamWindow.due` says so
    /// by `dueBy` (the card keeps its stored due date).
    public func practiceCandidates(course: String, dueBy: Date, startOfDay: Date, filter: CardFilter = .all,
                                   dueLimit: Int? = nil, newLimit: Int? = nil,
                                   window: ExamWindow? = nil) throws(StoreError) -> PracticeCandidates {
        var conditions = ""
        var extra: [(any DatabaseValueConvertible)?] = []
        if let lesson = filter.lesson { conditions += " AND lesson = ?"; extra.append(lesson) }
        if let domain = filter.domain { conditions += " AND domain = ?"; extra.append(domain) }
        var dueCondition = "due <= ?"
        var dueArguments: [(any DatabaseValueConvertible)?] = [StoreTime.milliseconds(dueBy)]
        if let window, !window.days.isEmpty {
            let slots = window.days.indices.map { "WHEN \($0) THEN ?" }.joined(separator: " ")
            dueCondition = "(due <= ? OR (due >= ? AND last_review < ? AND CASE position % \(window.days.count) \(slots) END <= ?))"
            dueArguments += [StoreTime.milliseconds(window.examStart), StoreTime.milliseconds(window.start)]
                + window.days.map { StoreTime.milliseconds($0) } + [StoreTime.milliseconds(dueBy)]
        }
        return try read { db in
            let due = try CardRow.fetchAll(db, sql: """
                SELECT \(CardRow.columns) FROM card
                WHERE course = ? AND review_count > 0 AND position IS NOT NULL AND \(dueCondition)\(conditions)
                ORDER BY due LIMIT ?
                """, arguments: StatementArguments([course] + dueArguments + extra + [dueLimit ?? -1]))
            let new = try CardRow.fetchAll(db, sql: """
                SELECT \(CardRow.columns) FROM card
                WHERE course = ? AND review_count = 0 AND position IS NOT NULL\(conditions)
                ORDER BY position LIMIT ?
                """, arguments: StatementArguments([course] + extra + [newLimit ?? -1]))
            let introduced = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM review
                WHERE course = ? AND reviewed_at >= ? AND source = 'practice' AND prior_last_review IS NULL
                """, arguments: [course, StoreTime.milliseconds(startOfDay)]) ?? 0
            return PracticeCandidates(due: due, new: new, newIntroducedToday: introduced)
        }
    }

    /// Writes one answer to the review log and the card's new state in one
    /// transaction. Returns the review's id (for `undoReview(id:)`).
    @discardableResult
    public func recordReview(_ review: CardReview, course: String, source: ReviewSource = .practice,
                             attempt: Int? = nil) throws(StoreError) -> Int64 {
        try write { db in try Self.insertReview(review, course: course, source: source, attempt: attempt, db: db) }
    }

    /// Takes back a review: the card returns to its state before it and the
    /// log entry is removed. Only the latest review of a card can be undone.
    @discardableResult
    public func undoReview(id: Int64) throws(StoreError) -> CardReview {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM review WHERE id = ?", arguments: [id]) else {
                throw StoreFailure("no review \(id) to undo")
            }
            let course: String = row["course"], question: String = row["question"]
            let reviewedAt: Int64 = row["reviewed_at"]
            let later = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM review WHERE course = ? AND question = ? AND reviewed_at > ?
                """, arguments: [course, question, reviewedAt]) ?? 0
            if later > 0 { throw StoreFailure("only the latest review of \(question) can be undone") }
            guard let current = try CardRow.fetch(course: course, question: question, db: db) else {
                throw StoreFailure("no card for \(question)")
            }
            let before = try CardRow.prior(row)
            try db.execute(sql: "DELETE FROM review WHERE id = ?", arguments: [id])
            try CardRow.update(before, course: course, question: question, db: db)
            return CardReview(question: question, reviewedAt: StoreTime.date(reviewedAt),
                              rating: Rating(rawValue: row["rating"]) ?? .again, correct: row["correct"] as Bool,
                              chosen: row["chosen"], before: before, after: current.card, answer: ReviewAnswer(row: row))
        }
    }

    static func insertReview(_ review: CardReview, course: String, source: ReviewSource, attempt: Int?, db: Database) throws -> Int64 {
        let before = review.before
        try db.execute(sql: """
            INSERT INTO review (course, question, reviewed_at, rating, correct, chosen, source, attempt,
                                prior_state, prior_step, prior_stability, prior_difficulty, prior_due, prior_last_review,
                                selection, response, confidence, overridden, reask, variant, mistake)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [course, review.question, StoreTime.milliseconds(review.reviewedAt), review.rating.rawValue,
                             review.correct, review.chosen, source.rawValue, attempt,
                             before.state.rawValue, before.step, before.stability, before.difficulty,
                             StoreTime.milliseconds(before.due), before.lastReview.map(StoreTime.milliseconds),
                             review.answer.selectionText, review.answer.response, review.answer.confidence?.rawValue,
                             review.answer.overridden, review.answer.reask, review.answer.variantJSON, review.answer.mistake])
        let id = db.lastInsertedRowID
        try CardRow.update(review.after, course: course, question: review.question, db: db)
        return id
    }
}

/// Reading and writing card rows.
enum CardRow {
    static let columns = "question, lesson, domain, position, state, step, stability, difficulty, due, last_review, review_count, correct_count"

    static func fetch(course: String, question: String, db: Database) throws -> StoredCard? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM card WHERE course = ? AND question = ?", arguments: [course, question])
            .map { decode($0) }
    }

    /// A row whose columns are `columns`, from `offset` on, read by position
    /// (a lookup by name lowercases the name for every value).
    static func decode(_ row: Row, from offset: Int = 0) -> StoredCard {
        let card = FSRSCard(
            state: FSRSCard.State(rawValue: row[offset + 4]) ?? .learning, step: row[offset + 5],
            stability: row[offset + 6], difficulty: row[offset + 7],
            due: StoreTime.date(row[offset + 8]), lastReview: (row[offset + 9] as Int64?).map(StoreTime.date))
        return StoredCard(question: row[offset], lesson: row[offset + 1], domain: row[offset + 2], position: row[offset + 3], card: card,
                          reviewCount: row[offset + 10], correctCount: row[offset + 11])
    }

    /// The cards a query selecting `columns` returns, decoded as SQLite steps
    /// (no copy of every row first).
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments) throws -> [StoredCard] {
        var cards: [StoredCard] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { cards.append(decode(row)) }
        return cards
    }

    /// The card state saved in a review row before that review.
    static func prior(_ row: Row) throws -> FSRSCard {
        guard let state = FSRSCard.State(rawValue: row["prior_state"]) else {
            throw StoreFailure("review \(row["id"] as Int64) has an unknown prior state")
        }
        return FSRSCard(state: state, step: row["prior_step"], stability: row["prior_stability"],
                        difficulty: row["prior_difficulty"], due: StoreTime.date(row["prior_due"]),
                        lastReview: (row["prior_last_review"] as Int64?).map(StoreTime.date))
    }

    static func update(_ card: FSRSCard, course: String, question: String, db: Database) throws {
        try db.execute(sql: """
            UPDATE card SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?
            WHERE course = ? AND question = ?
            """, arguments: [card.state.rawValue, card.step, card.stability, card.difficulty,
                             StoreTime.milliseconds(card.due), card.lastReview.map(StoreTime.milliseconds), course, question])
        if db.changesCount != 1 {
            throw StoreFailure("no card for \(question) in \(course): sync the course's bank first")
        }
    }
}

/// A stable digest of a bank's questions (id, lesson, domain, order), to skip
/// re-syncing an unchanged bank. FNV-1a, because `Hasher` is seeded per process.
enum BankFingerprint {
    static func of(_ questions: [Question]) -> String {
        var hash = FNV1a.offsetBasis
        func mix(_ text: String) {
            for byte in text.utf8 { hash = FNV1a.mix(hash, UInt64(byte)) }
            hash = FNV1a.mix(hash, 0x1f)
        }
        for question in questions {
            mix(question.id)
            mix(question.lesson)
            mix(question.domain)
        }
        return String(questions.count) + "-" + String(hash, radix: 16)
    }
}
