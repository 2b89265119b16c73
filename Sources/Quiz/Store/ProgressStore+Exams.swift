import Course
import Foundation
import GRDB

extension ProgressStore {
    /// Stores a new attempt with its questions and option orders; returns its
    /// number. Refused while another attempt of the course is in progress.
    public func createAttempt(_ record: ExamAttemptRecord) throws(StoreError) -> Int {
        try write { db in
            if let open = try Int.fetchOne(db, sql: "SELECT id FROM exam_attempt WHERE course = ? AND submitted_at IS NULL",
                                           arguments: [record.course]) {
                throw StoreFailure("exam \(open) of \(record.course) is still in progress")
            }
            try ExamRows.insert(record, id: nil, db: db)
            return Int(db.lastInsertedRowID)
        }
    }

    /// Records the answer to one question (nil clears it) and how sure the learner was.
    public func saveAnswer(attempt: Int, position: Int, answer: Answer?, confidence: Confidence?, at time: Date) throws(StoreError) {
        var columns = ExamAttemptRecord.Item(question: "", domain: "", optionOrder: [])
        columns.set(answer, confidence: confidence)
        try write { db in
            try ExamRows.checkOpen(attempt, db: db)
            try db.execute(sql: """
                UPDATE exam_question SET chosen = ?, selection = ?, response = ?, confidence = ?, answered_at = ?
                WHERE attempt = ? AND position = ?
                """, arguments: [columns.chosen, ExamRows.selectionText(columns.selection), columns.response,
                                 columns.confidence?.rawValue, StoreTime.milliseconds(time), attempt, position])
            try ExamRows.checkChanged(db, "exam \(attempt) has no question \(position + 1)")
        }
    }

    /// Records a flag being set or cleared.
    public func saveFlag(attempt: Int, position: Int, flagged: Bool) throws(StoreError) {
        try write { db in
            try ExamRows.checkOpen(attempt, db: db)
            try db.execute(sql: "UPDATE exam_question SET flagged = ? WHERE attempt = ? AND position = ?",
                           arguments: [flagged, attempt, position])
            try ExamRows.checkChanged(db, "exam \(attempt) has no question \(position + 1)")
        }
    }

    /// Records which question is on screen, so a resumed exam opens there.
    public func savePosition(attempt: Int, position: Int) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE exam_attempt SET position = ? WHERE id = ?", arguments: [position, attempt])
        }
    }

    /// Closes an attempt and writes its answers into the cards (one review per
    /// question, source `exam`), all in one transaction.
    public func submitAttempt(_ attempt: Int, at time: Date, automatically: Bool, correct: Int,
                              course: String, reviews: [CardReview]) throws(StoreError) {
        try write { db in
            try ExamRows.submit(attempt, at: time, automatically: automatically, correct: correct, course: course,
                                reviews: reviews, db: db)
        }
    }

    /// Closes an exam that can no longer be resumed (the course changed under it):
    /// it keeps its answers but gets no score, so a new exam can start.
    public func closeAttempt(_ attempt: Int, at time: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                UPDATE exam_attempt SET submitted_at = ?, auto_submitted = 1, correct = NULL
                WHERE id = ? AND submitted_at IS NULL
                """, arguments: [StoreTime.milliseconds(time), attempt])
            try ExamRows.checkChanged(db, "exam \(attempt) is not in progress")
        }
    }

    /// Writes an action's change (answers, flags, moves). Submission goes
    /// through `submitAttempt`, which also updates the cards.
    public func save(_ change: ExamChange, attempt: Int) throws(StoreError) {
        switch change {
        case let .answered(position, answer, confidence, time):
            try saveAnswer(attempt: attempt, position: position, answer: answer, confidence: confidence, at: time)
        case let .flagged(position, flagged): try saveFlag(attempt: attempt, position: position, flagged: flagged)
        case let .moved(position): try savePosition(attempt: attempt, position: position)
        case .submitted: throw StoreError(path: path, kind: .failed("a submission must go through submitAttempt"))
        }
    }

    /// The attempt of `course` still in progress, if any.
    public func openAttempt(course: String) throws(StoreError) -> ExamAttemptRecord? {
        try read { db in
            let id = try Int.fetchOne(db, sql: """
                SELECT id FROM exam_attempt WHERE course = ? AND submitted_at IS NULL ORDER BY id DESC LIMIT 1
                """, arguments: [course])
            return try id.flatMap { try ExamRows.fetch($0, db: db) }
        }
    }

    /// The attempt numbered `id`.
    public func attempt(_ id: Int) throws(StoreError) -> ExamAttemptRecord? {
        try read { db in try ExamRows.fetch(id, db: db) }
    }

    /// The most recent attempt of `course` (in progress or finished).
    public func latestAttempt(course: String) throws(StoreError) -> ExamAttemptRecord? {
        try read { db in
            let id = try Int.fetchOne(db, sql: "SELECT id FROM exam_attempt WHERE course = ? ORDER BY started_at DESC, id DESC LIMIT 1",
                                      arguments: [course])
            return try id.flatMap { try ExamRows.fetch($0, db: db) }
        }
    }

    /// Every attempt of `course`, oldest first.
    public func attemptSummaries(course: String) throws(StoreError) -> [ExamAttemptSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, (SELECT COUNT(*) FROM exam_question q WHERE q.attempt = a.id) AS total
                FROM exam_attempt a WHERE a.course = ? ORDER BY a.started_at, a.id
                """, arguments: [course]).map(ExamRows.summary)
        }
    }

    /// When each question of `course` last appeared in one of the learner's exams.
    public func examExposure(course: String) throws(StoreError) -> [String: Date] {
        try read { db in
            var seen: [String: Date] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT q.question, MAX(a.started_at) AS last FROM exam_question q
                JOIN exam_attempt a ON a.id = q.attempt WHERE a.course = ? GROUP BY q.question
                """, arguments: [course])
            while let row = try rows.next() { seen[row["question"]] = StoreTime.date(row["last"]) }
            return seen
        }
    }
}

/// Reading and writing attempt rows.
enum ExamRows {
    static func insert(_ record: ExamAttemptRecord, id: Int?, db: Database) throws {
        try db.execute(sql: """
            INSERT INTO exam_attempt (id, course, retake_of, seed, started_at, deadline, pass_percent, position,
                                      submitted_at, auto_submitted, correct, forecast_pass, forecast_percent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, record.course, record.retakeOf, Int64(bitPattern: record.seed),
                             StoreTime.milliseconds(record.startedAt), record.deadline.map(StoreTime.milliseconds),
                             record.passPercent, record.position, record.submittedAt.map(StoreTime.milliseconds),
                             record.autoSubmitted, record.correct, record.forecast?.passProbability,
                             record.forecast?.expectedPercent])
        let attempt = db.lastInsertedRowID
        let statement = try db.cachedStatement(sql: """
            INSERT INTO exam_question (attempt, position, question, domain, option_order, chosen, selection, response,
                                       confidence, answered_at, flagged, snapshot)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, item) in record.items.enumerated() {
            let order: String = item.optionOrder.map(String.init).joined(separator: ",")
            let answeredAt: Int64? = item.answeredAt.map(StoreTime.milliseconds)
            let snapshot: String? = try item.snapshot.map(snapshotText)
            try statement.execute(arguments: [attempt, position, item.question, item.domain, order, item.chosen,
                                              selectionText(item.selection), item.response, item.confidence?.rawValue,
                                              answeredAt, item.flagged, snapshot])
        }
    }

    static func fetch(_ id: Int, db: Database) throws -> ExamAttemptRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM exam_attempt WHERE id = ?", arguments: [id]) else { return nil }
        let items = try Row.fetchAll(db, sql: "SELECT * FROM exam_question WHERE attempt = ? ORDER BY position", arguments: [id]).map { item in
            let order: String = item["option_order"]
            return ExamAttemptRecord.Item(
                question: item["question"], domain: item["domain"],
                optionOrder: order.split(separator: ",").compactMap { Int($0) }, chosen: item["chosen"],
                selection: ReviewAnswer.selection(from: item["selection"]), response: item["response"],
                confidence: (item["confidence"] as String?).flatMap(Confidence.init(rawValue:)),
                answeredAt: (item["answered_at"] as Int64?).map(StoreTime.date), flagged: item["flagged"],
                snapshot: try (item["snapshot"] as String?).map(question(fromSnapshot:)))
        }
        let attempt = ExamAttempt(
            id: row["id"], course: row["course"], retakeOf: row["retake_of"], seed: UInt64(bitPattern: row["seed"]),
            startedAt: StoreTime.date(row["started_at"]), deadline: (row["deadline"] as Int64?).map(StoreTime.date),
            passPercent: row["pass_percent"], submittedAt: (row["submitted_at"] as Int64?).map(StoreTime.date),
            autoSubmitted: row["auto_submitted"])
        return ExamAttemptRecord(attempt: attempt, position: row["position"], correct: row["correct"], items: items,
                                 forecast: forecast(row))
    }

    /// The forecast stored with an attempt row, if any.
    static func forecast(_ row: Row) -> ExamForecast? {
        guard let pass = row["forecast_pass"] as Double?, let percent = row["forecast_percent"] as Double? else { return nil }
        return ExamForecast(passProbability: pass, expectedPercent: percent)
    }

    static func selectionText(_ selection: [Int]?) -> String? {
        selection.map { $0.map(String.init).joined(separator: ";") }
    }

    /// A question as asked, as JSON (keys sorted, so equal questions store equal text).
    static func snapshotText(_ question: Question) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(question), as: UTF8.self)
    }

    static func question(fromSnapshot text: String) throws -> Question {
        do {
            return try JSONDecoder().decode(Question.self, from: Data(text.utf8))
        } catch {
            throw StoreFailure("an exam question's snapshot cannot be read: \(error)")
        }
    }

    static func summary(_ row: Row) -> ExamAttemptSummary {
        ExamAttemptSummary(
            id: row["id"], course: row["course"], retakeOf: row["retake_of"], startedAt: StoreTime.date(row["started_at"]),
            deadline: (row["deadline"] as Int64?).map(StoreTime.date),
            submittedAt: (row["submitted_at"] as Int64?).map(StoreTime.date), autoSubmitted: row["auto_submitted"],
            correct: row["correct"], total: row["total"], passPercent: row["pass_percent"], forecast: forecast(row))
    }

    /// Closes an open attempt and records its card reviews (inside a write transaction).
    static func submit(_ attempt: Int, at time: Date, automatically: Bool, correct: Int, course: String,
                       reviews: [CardReview], db: Database) throws {
        try db.execute(sql: """
            UPDATE exam_attempt SET submitted_at = ?, auto_submitted = ?, correct = ?
            WHERE id = ? AND submitted_at IS NULL
            """, arguments: [StoreTime.milliseconds(time), automatically, correct, attempt])
        try checkChanged(db, "exam \(attempt) was already submitted")
        for review in reviews {
            _ = try ProgressStore.insertReview(review, course: course, source: .exam, attempt: attempt, db: db)
        }
    }

    static func checkOpen(_ attempt: Int, db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT submitted_at FROM exam_attempt WHERE id = ?", arguments: [attempt]) else {
            throw StoreFailure("there is no exam \(attempt)")
        }
        if (row["submitted_at"] as Int64?) != nil { throw StoreFailure("exam \(attempt) was already submitted") }
    }

    static func checkChanged(_ db: Database, _ message: String) throws {
        if db.changesCount == 0 { throw StoreFailure(message) }
    }
}
