import Course
import GRDB
import Foundation
import Testing
@testable import Quiz

@Suite struct ProgressStoreStatsTests {
    let course = Fixtures.course()
    let scheduler = Fixtures.scheduler()

    var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }

    @Test func statsCountAccuracyStatesDaysDueAndRetention() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let day = 86_400.0
        // 2025-06-15T15:06:40Z is t0; reviews over the last days.
        var cards: [String: FSRSCard] = [:]
        func answer(_ index: Int, _ rating: Rating, daysAgo: Double) throws {
            let question = course.questions[index].id
            let time = Fixtures.t0.addingTimeInterval(-daysAgo * day)
            let before = try #require(try store.card(course: course.id, question: question)).card
            let after = scheduler.review(before, rating: rating, at: time).card
            try store.recordReview(CardReview(question: question, reviewedAt: time, rating: rating, correct: rating != .again,
                                              chosen: nil, before: before, after: after), course: course.id)
            cards[question] = after
        }
        // Foundations (questions 0–9): three answered, one of them twice.
        try answer(0, .good, daysAgo: 5)
        try answer(0, .good, daysAgo: 3)
        try answer(1, .again, daysAgo: 3)
        try answer(2, .easy, daysAgo: 0.1)
        // Diffusion: one wrong answer 40 days ago (outside the 30-day window).
        try answer(10, .again, daysAgo: 40)

        let stats = try store.stats(course: course.id, at: Fixtures.t0, scheduler: scheduler, calendar: utc)
        let foundations = try #require(stats.domains.first { $0.id == "foundations" })
        #expect(foundations.cards == 10 && foundations.seen == 3 && foundations.reviews == 4 && foundations.correct == 3)
        #expect(foundations.percent == 75)
        let diffusion = try #require(stats.domains.first { $0.id == "diffusion" })
        #expect(diffusion.reviews == 1 && diffusion.correct == 0 && diffusion.percent == 0)
        #expect(stats.domains.first { $0.id == "llm-rag" }?.percent == nil)
        // Lessons: question n belongs to lesson n % 2.
        let lesson0 = try #require(stats.lessons.first { $0.id == "foundations-0" })
        #expect(lesson0.reviews == 3 && lesson0.correct == 3 && lesson0.cards == 5)
        #expect(stats.lessons.count == 8)

        var counts = ProgressStats.CardCounts()
        counts.new = course.questions.count - 4
        for card in cards.values {
            switch card.state {
            case .learning: counts.learning += 1
            case .review: counts.review += 1
            case .relearning: counts.relearning += 1
            }
        }
        #expect(stats.cards == counts)

        #expect(stats.reviewsPerDay.count == 30)
        let today = utc.startOfDay(for: Fixtures.t0)
        #expect(stats.reviewsPerDay.last?.start == today)
        #expect(stats.reviewsPerDay.first?.start == today.addingTimeInterval(-29 * day))
        #expect(stats.reviewsPerDay.map(\.reviews).reduce(0, +) == 4)
        let threeDaysAgo = try #require(stats.reviewsPerDay.first { $0.start == utc.startOfDay(for: Fixtures.t0.addingTimeInterval(-3 * day)) })
        #expect(threeDaysAgo.reviews == 2 && threeDaysAgo.correct == 1)

        let endOfToday = today.addingTimeInterval(day)
        #expect(stats.dueToday == cards.values.count { $0.due < endOfToday })
        let expected = cards.values.map { scheduler.recallProbability(of: $0, at: Fixtures.t0) }.reduce(0, +) / Double(cards.count)
        let retention = try #require(stats.predictedRetention)
        #expect(abs(retention - expected) < 1e-12)
        let week = Fixtures.t0.addingTimeInterval(7 * day)
        let expectedWeek = cards.values.map { scheduler.recallProbability(of: $0, at: week) }.reduce(0, +) / Double(cards.count)
        #expect(abs(try #require(stats.predictedRetentionInAWeek) - expectedWeek) < 1e-12)
        #expect(expectedWeek < expected)
    }

    @Test func anEmptyCourseHasNoRetention() throws {
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        let stats = try store.stats(course: course.id, at: Fixtures.t0, scheduler: scheduler, calendar: utc)
        #expect(stats.predictedRetention == nil && stats.dueToday == 0 && stats.cards.new == course.questions.count)
        #expect(stats.exams.isEmpty && stats.reviewsPerDay.allSatisfy { $0.reviews == 0 })
    }
}

@Suite struct ProgressStoreTallyTests {
    /// The trigger-kept tallies must always equal a recount of the tables.
    func expectTalliesMatchARecount(_ store: ProgressStore, _ comment: Comment) throws {
        let (tallies, recount, buckets, rebucketed, counters, recounted) = try store.database.read { db in
            (try Row.fetchAll(db, sql: "SELECT course, lesson, domain, state, seen, cards, reviews, correct FROM card_tally WHERE cards > 0 ORDER BY 1, 2, 3, 4, 5"),
             try Row.fetchAll(db, sql: """
                SELECT course, lesson, domain, state, review_count > 0, COUNT(*), SUM(review_count), SUM(correct_count)
                FROM card WHERE position IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
                """),
             try Row.fetchAll(db, sql: "SELECT course, start, reviews, correct FROM review_bucket WHERE reviews > 0 ORDER BY 1, 2"),
             try Row.fetchAll(db, sql: """
                SELECT course, reviewed_at - ((reviewed_at % 900000) + 900000) % 900000 AS start, COUNT(*), SUM(correct)
                FROM review GROUP BY 1, 2 ORDER BY 1, 2
                """),
             try Row.fetchAll(db, sql: "SELECT course, question, review_count, correct_count FROM card WHERE review_count > 0 ORDER BY 1, 2"),
             try Row.fetchAll(db, sql: "SELECT course, question, COUNT(*), SUM(correct) FROM review GROUP BY 1, 2 ORDER BY 1, 2"))
        }
        func values(_ rows: [Row]) -> [[DatabaseValue]] { rows.map { Array($0.databaseValues) } }
        #expect(values(tallies) == values(recount), comment)
        #expect(values(buckets) == values(rebucketed), comment)
        #expect(values(counters) == values(recounted), comment)
    }

    @Test func talliesFollowEveryKindOfChange() throws {
        let course = Fixtures.course()
        let scheduler = Fixtures.scheduler()
        let store = try Fixtures.store()
        try store.syncBank(of: course, at: Fixtures.t0)
        try expectTalliesMatchARecount(store, "after the first sync")
        var ids: [Int64] = []
        for (n, question) in course.questions.prefix(25).enumerated() {
            let time = Fixtures.t0.addingTimeInterval(Double(n) * 500 - 3000)
            let before = try #require(try store.card(course: course.id, question: question.id)).card
            let rating: Rating = n % 4 == 0 ? .again : .good
            ids.append(try store.recordReview(CardReview(question: question.id, reviewedAt: time, rating: rating, correct: rating == .good,
                                                         chosen: 0, before: before, after: scheduler.review(before, rating: rating, at: time).card),
                                              course: course.id))
        }
        try expectTalliesMatchARecount(store, "after reviews")
        try store.undoReview(id: ids[24])
        try store.undoReview(id: ids[23])
        try expectTalliesMatchARecount(store, "after undo")
        var changed = course
        changed.questions.removeFirst(3)
        changed.questions[0].lesson = "diffusion-1"
        changed.questions[0].domain = "diffusion"
        try store.syncBank(of: changed, at: Fixtures.t0)
        try expectTalliesMatchARecount(store, "after a bank change")
        let other = try Fixtures.store()
        _ = try other.importArchive(try store.exportArchive())
        try other.syncBank(of: changed, at: Fixtures.t0)
        try expectTalliesMatchARecount(other, "after an import")
        let stats = try other.stats(course: course.id, at: Fixtures.t0, scheduler: scheduler)
        #expect(stats.cards.total == changed.questions.count)
        // 25 reviews, 2 undone, 3 of questions that left the bank.
        #expect(stats.domains.reduce(0) { $0 + $1.reviews } == 20)
    }
}
