import Foundation
import GRDB

extension ProgressStore {
    /// The statistics of `course` at `now`, aggregated in SQL: one pass over
    /// the course's cards (whose review counters the triggers keep) and one
    /// indexed range per day of the review log, never a scan of the whole log.
    ///
    /// Predicted retention is the mean of `scheduler.retrievability(of:at:)`
    /// over the reviewed cards, written in SQL with the scheduler's own decay and
    /// factor: `(1 + factor · whole days since the last review / stability)^decay`.
    public func stats(course: String, at now: Date, scheduler: FSRSScheduler, calendar: Calendar = .current,
                      days: Int = 30) throws(StoreError) -> ProgressStats {
        let decay = scheduler.decay, factor = scheduler.factor
        let today = calendar.startOfDay(for: now)
        let tomorrow = calendar.date(byAdding: .day, value: 1, to: today) ?? today.addingTimeInterval(86_400)
        let dayStarts = (0..<max(1, days)).reversed().map { back in
            calendar.date(byAdding: .day, value: -back, to: today) ?? today.addingTimeInterval(-86_400 * Double(back))
        }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT lesson, domain, state, review_count > 0 AS seen, COUNT(*) AS cards,
                       SUM(review_count) AS reviews, SUM(correct_count) AS correct,
                       SUM(review_count > 0 AND due < :tomorrow) AS due,
                       SUM(CASE WHEN review_count > 0 AND stability > 0 AND last_review IS NOT NULL
                           THEN pow(1.0 + :factor * MAX(0, (:now - last_review) / 86400000) / stability, :decay) END) AS recall,
                       SUM(review_count > 0 AND stability > 0 AND last_review IS NOT NULL) AS rated
                FROM card WHERE course = :course AND position IS NOT NULL
                GROUP BY lesson, domain, state, seen
                """, arguments: ["course": course, "tomorrow": StoreTime.milliseconds(tomorrow),
                                 "now": StoreTime.milliseconds(now), "factor": factor, "decay": decay])

            var lessons: [String: ProgressStats.Accuracy] = [:]
            var domains: [String: ProgressStats.Accuracy] = [:]
            var counts = ProgressStats.CardCounts()
            var due = 0, recall = 0.0, rated = 0
            for row in rows {
                let cards: Int = row["cards"], reviews: Int = row["reviews"], correct: Int = row["correct"]
                let seen: Bool = row["seen"]
                func add(_ entry: inout ProgressStats.Accuracy?, id: String) {
                    var value = entry ?? ProgressStats.Accuracy(id: id, cards: 0, seen: 0, reviews: 0, correct: 0)
                    value.cards += cards
                    value.seen += seen ? cards : 0
                    value.reviews += reviews
                    value.correct += correct
                    entry = value
                }
                let lesson: String = row["lesson"], domain: String = row["domain"]
                add(&lessons[lesson], id: lesson)
                add(&domains[domain], id: domain)
                if !seen {
                    counts.new += cards
                } else {
                    switch FSRSCard.State(rawValue: row["state"]) {
                    case .learning?: counts.learning += cards
                    case .review?: counts.review += cards
                    case .relearning?: counts.relearning += cards
                    case nil: break
                    }
                }
                due += row["due"] as Int
                recall += (row["recall"] as Double?) ?? 0
                rated += row["rated"] as Int
            }

            let dayCount = try db.cachedStatement(sql: """
                SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM review WHERE course = ? AND reviewed_at >= ? AND reviewed_at < ?
                """)
            var perDay: [ProgressStats.Day] = []
            for (index, start) in dayStarts.enumerated() {
                let end = index + 1 < dayStarts.count ? dayStarts[index + 1] : tomorrow
                let row = try Row.fetchOne(dayCount, arguments: [course, StoreTime.milliseconds(start), StoreTime.milliseconds(end)])
                perDay.append(ProgressStats.Day(start: start, reviews: row?[0] ?? 0, correct: row?[1] ?? 0))
            }

            let exams = try Row.fetchAll(db, sql: """
                SELECT a.*, (SELECT COUNT(*) FROM exam_question q WHERE q.attempt = a.id) AS total
                FROM exam_attempt a WHERE a.course = ? ORDER BY a.started_at, a.id
                """, arguments: [course]).map(ExamRows.summary)

            return ProgressStats(
                lessons: lessons.values.sorted { $0.id < $1.id }, domains: domains.values.sorted { $0.id < $1.id },
                cards: counts, reviewsPerDay: perDay, dueToday: due, exams: exams,
                predictedRetention: rated > 0 ? recall / Double(rated) : nil)
        }
    }
}
