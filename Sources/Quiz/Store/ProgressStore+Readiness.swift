import Foundation
import GRDB

/// What the readiness forecast and the exam plan read and write.
extension ProgressStore {
    /// Every answered card of the course's current bank, by its position in
    /// the bank (`Course.questions`): numbers only, read by column index, so a
    /// bank of 100,000 questions is read quickly.
    public func answeredCards(course: String) throws(StoreError) -> [Int: FSRSCard] {
        try read { db in
            var cards: [Int: FSRSCard] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT position, state, step, stability, difficulty, due, last_review FROM card
                WHERE course = ? AND review_count > 0 AND position IS NOT NULL
                """, arguments: [course])
            while let row = try rows.next() {
                let lastReview: Int64? = row[6]
                cards[row[0]] = FSRSCard(state: FSRSCard.State(rawValue: row[1]) ?? .learning, step: row[2], stability: row[3],
                                         difficulty: row[4], due: StoreTime.date(row[5]), lastReview: lastReview.map(StoreTime.date))
            }
            return cards
        }
    }

    /// The cards of some questions (those never synced left out), by question id.
    public func cards(course: String, questions: [String]) throws(StoreError) -> [String: StoredCard] {
        try read { db in
            var out: [String: StoredCard] = [:]
            for question in questions where out[question] == nil {
                out[question] = try CardRow.fetch(course: course, question: question, db: db)
            }
            return out
        }
    }

    /// First answers (and right ones) per domain: the forecast's prior.
    public func firstAnswers(course: String) throws(StoreError) -> [String: ReadinessPrior.FirstAnswers] {
        try read { db in
            var out: [String: ReadinessPrior.FirstAnswers] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT domain, answers, correct FROM first_answer_tally WHERE course = ? AND answers > 0",
                                        arguments: [course]) {
                out[row["domain"]] = ReadinessPrior.FirstAnswers(answers: row["answers"], correct: row["correct"])
            }
            return out
        }
    }

    /// New questions practice introduced since `start` (first answers in practice), per domain.
    public func introducedInPractice(course: String, since start: Date) throws(StoreError) -> [String: Int] {
        try read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT c.domain, COUNT(*) AS n FROM review r JOIN card c ON c.course = r.course AND c.question = r.question
                WHERE r.course = ? AND r.reviewed_at >= ? AND r.source = 'practice' AND r.prior_last_review IS NULL
                GROUP BY c.domain
                """, arguments: [course, StoreTime.milliseconds(start)]) {
                out[row["domain"]] = row["n"]
            }
            return out
        }
    }

    /// Answers given since `start` (practice and exams).
    public func answerCount(course: String, since start: Date) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review WHERE course = ? AND reviewed_at >= ?",
                             arguments: [course, StoreTime.milliseconds(start)]) ?? 0
        }
    }

    /// The times of the latest `limit` practice answers, latest first.
    public func recentPracticeTimes(course: String, limit: Int) throws(StoreError) -> [Date] {
        try read { db in
            try Int64.fetchAll(db, sql: """
                SELECT reviewed_at FROM review WHERE course = ? AND source = 'practice' ORDER BY reviewed_at DESC LIMIT ?
                """, arguments: [course, limit]).map(StoreTime.date)
        }
    }

    // MARK: The exam plan

    /// The course's exam plan, if one is set.
    public func examPlan(course: String) throws(StoreError) -> StoredExamPlan? {
        let row = try read { db in try Row.fetchOne(db, sql: "SELECT * FROM exam_plan WHERE course = ?", arguments: [course]) }
        guard let row else { return nil }
        let date: String = row["exam_date"], rest: String = row["rest_days"]
        let day: ExamDay
        do {
            day = try ExamDay(date)
        } catch {
            throw StoreError(path: path, kind: .failed("the exam date of \(course) is stored as \"\(date)\": \(error)"))
        }
        let restDays = Set(rest.split(separator: ",").compactMap { Int($0) }.filter { (1...7).contains($0) }.map(ExamPlan.Weekday.init(number:)))
        return StoredExamPlan(
            plan: ExamPlan(examDay: day, minutesPerDay: row["minutes_per_day"], restDays: restDays),
            setAt: StoreTime.date(row["set_at"]), revision: row["revision"],
            projectionKey: row["projection_key"], projection: (row["projection"] as String?).map { Data($0.utf8) })
    }

    /// Sets (or replaces) the course's exam plan; the cached projection goes with the old one.
    public func saveExamPlan(_ plan: ExamPlan, course: String, at time: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO exam_plan (course, exam_date, minutes_per_day, rest_days, set_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (course) DO UPDATE SET exam_date = excluded.exam_date, minutes_per_day = excluded.minutes_per_day,
                    rest_days = excluded.rest_days, set_at = excluded.set_at, projection_key = NULL, projection = NULL
                """, arguments: [course, plan.examDay.description, plan.minutesPerDay,
                                 plan.restDays.sorted().map { String($0.number) }.joined(separator: ","),
                                 StoreTime.milliseconds(time)])
        }
    }

    /// Removes the course's exam plan; true if there was one.
    @discardableResult
    public func clearExamPlan(course: String) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM exam_plan WHERE course = ?", arguments: [course])
            return db.changesCount > 0
        }
    }

    /// Caches the projection computed for `key` (nothing when the plan was cleared meanwhile).
    public func saveProjection(_ json: Data, key: String, course: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE exam_plan SET projection_key = ?, projection = ? WHERE course = ?",
                           arguments: [key, String(decoding: json, as: UTF8.self), course])
        }
    }

    /// The fingerprint of the course's bank as last synced (it changes when questions do).
    public func bankFingerprint(course: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT fingerprint FROM course_bank WHERE course = ?", arguments: [course]) }
    }
}
