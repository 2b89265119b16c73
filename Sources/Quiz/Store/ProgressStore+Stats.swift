import Foundation
import GRDB

extension ProgressStore {
    /// The statistics of `course` at `now`, aggregated in SQL from tallies the
    /// triggers keep (`card_tally`, `review_bucket`) and two index scans: the
    /// cards due before tomorrow and the reviewed cards' retrievability. Never
    /// a scan of the review log.
    ///
    /// Predicted retention is the mean of `scheduler.recallProbability(of:at:)`
    /// over the reviewed cards, summed in SQL (`RecallSums`) with the scheduler's
    /// own decay and factor: `(1 + factor · days since the last review /
    /// stability)^decay`, now and a week from now.
    ///
    /// Exam questions left unanswered were stored as wrong reviews (they move
    /// their cards as Again); here they count as unanswered, not as answers: the
    /// exam attempts' reviews are read through their index to take them out of
    /// the accuracy figures and the reviews per day.
    public func stats(course: String, at now: Date, scheduler: FSRSScheduler, calendar: Calendar = .current,
                      days: Int = 30) throws(StoreError) -> ProgressStats {
        let today = calendar.startOfDay(for: now)
        let tomorrow = calendar.date(byAdding: .day, value: 1, to: today) ?? today.addingTimeInterval(86_400)
        let dayStarts = (0..<max(1, days)).reversed().map { back in
            calendar.date(byAdding: .day, value: -back, to: today) ?? today.addingTimeInterval(-86_400 * Double(back))
        }
        return try read { db in
            var lessons: [String: ProgressStats.Accuracy] = [:]
            var domains: [String: ProgressStats.Accuracy] = [:]
            var counts = ProgressStats.CardCounts()
            let tallies = try Row.fetchAll(db, sql: """
                SELECT lesson, domain, state, seen, cards, reviews, correct FROM card_tally WHERE course = ? AND cards > 0
                """, arguments: [course])
            for row in tallies {
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
            }
            let due = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM card WHERE course = ? AND review_count > 0 AND position IS NOT NULL AND due < ?
                """, arguments: [course, StoreTime.milliseconds(tomorrow)]) ?? 0
            let recall = try Row.fetchOne(db, sql: """
                SELECT recall_sums(stability, last_review, :now, :week, :factor, :decay) AS sums, COUNT(*) AS cards
                FROM card WHERE course = :course AND position IS NOT NULL AND review_count > 0
                                AND stability > 0 AND last_review IS NOT NULL
                """, arguments: ["course": course, "now": StoreTime.milliseconds(now),
                                 "week": StoreTime.milliseconds(now.addingTimeInterval(7 * 86_400)), "factor": scheduler.factor,
                                 "decay": scheduler.decay])
            let (recallTotal, recallWeek) = RecallSums.parse(recall?["sums"])
            let rated: Int = recall?["cards"] ?? 0

            // Unanswered exam questions, through the exam attempts (index review_attempt).
            let blanks = try Row.fetchAll(db, sql: """
                SELECT c.lesson, c.domain, r.reviewed_at FROM review r JOIN card c ON c.course = r.course AND c.question = r.question
                WHERE r.attempt IN (SELECT id FROM exam_attempt WHERE course = ?) AND r.chosen IS NULL AND r.response IS NULL AND c.position IS NOT NULL
                """, arguments: [course])
            for blank in blanks {
                let lesson: String = blank["lesson"], domain: String = blank["domain"]
                lessons[lesson]?.unanswered += 1
                domains[domain]?.unanswered += 1
            }

            // Quarter-hour buckets give whole local days; a boundary off the
            // quarter hour (historic time zones) is counted from the log.
            let fromBuckets = try db.cachedStatement(sql: """
                SELECT COALESCE(SUM(reviews), 0), COALESCE(SUM(correct), 0) FROM review_bucket WHERE course = ? AND start >= ? AND start < ?
                """)
            let fromLog = try db.cachedStatement(sql: """
                SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM review WHERE course = ? AND reviewed_at >= ? AND reviewed_at < ?
                """)
            var perDay: [ProgressStats.Day] = []
            for (index, start) in dayStarts.enumerated() {
                let end = index + 1 < dayStarts.count ? dayStarts[index + 1] : tomorrow
                let from = StoreTime.milliseconds(start), to = StoreTime.milliseconds(end)
                let aligned = from % StoreSchema.bucketMilliseconds == 0 && to % StoreSchema.bucketMilliseconds == 0
                let row = try Row.fetchOne(aligned ? fromBuckets : fromLog, arguments: [course, from, to])
                let unanswered = blanks.count { (from..<to).contains($0["reviewed_at"] as Int64) }
                perDay.append(ProgressStats.Day(start: start, reviews: (row?[0] ?? 0) - unanswered, correct: row?[1] ?? 0))
            }

            let exams = try Row.fetchAll(db, sql: """
                SELECT a.*, (SELECT COUNT(*) FROM exam_question q WHERE q.attempt = a.id) AS total
                FROM exam_attempt a WHERE a.course = ? ORDER BY a.started_at, a.id
                """, arguments: [course]).map(ExamRows.summary)

            var calibration = ConfidenceCalibration()
            for row in try Row.fetchAll(db, sql: """
                SELECT domain, confidence, correct, answers FROM confidence_tally WHERE course = ? AND answers > 0
                """, arguments: [course]) {
                let answers: Int = row["answers"], correct: Bool = row["correct"], domain: String = row["domain"]
                if (row["confidence"] as String) == Confidence.sure.rawValue {
                    calibration.sure.answers += answers
                    if correct { calibration.sure.correct += answers } else { calibration.confidentErrors[domain, default: 0] += answers }
                } else {
                    calibration.unsure.answers += answers
                    if correct { calibration.unsure.correct += answers }
                }
            }

            return ProgressStats(
                lessons: lessons.values.sorted { $0.id < $1.id }, domains: domains.values.sorted { $0.id < $1.id },
                cards: counts, reviewsPerDay: perDay, dueToday: due, exams: exams,
                predictedRetention: rated > 0 ? recallTotal / Double(rated) : nil,
                predictedRetentionInAWeek: rated > 0 ? recallWeek / Double(rated) : nil, calibration: calibration)
        }
    }
}

extension ProgressStore {
    /// How often wrong answers matched each named template mistake of `course`,
    /// most frequent first (the partial index `review_mistake` holds only those reviews).
    public func mistakeCounts(course: String) throws(StoreError) -> [(question: String, mistake: Int, count: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT question, mistake, COUNT(*) AS times FROM review INDEXED BY review_mistake
                WHERE course = ? AND mistake IS NOT NULL
                GROUP BY question, mistake ORDER BY times DESC, question, mistake
                """, arguments: [course]).map { (question: $0[0], mistake: $0[1], count: $0[2]) }
        }
    }
}
