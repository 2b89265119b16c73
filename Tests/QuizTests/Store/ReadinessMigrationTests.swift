import Course
import Foundation
import GRDB
import Testing
@testable import Quiz

/// The readiness migration (`v2-readiness`) on a database written by the first schema.
@Suite struct ReadinessMigrationTests {
    @Test func aVersionOneDatabaseGainsTheTallyOfFirstAnswers() throws {
        let path = (try Fixtures.folder() as NSString).appendingPathComponent("progress.sqlite")
        let course = Fixtures.course(perDomain: 2)
        do {
            // The first schema only, with some reviews, as the previous release wrote it.
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1") { db in
                try db.execute(sql: StoreSchema.version1)
                try db.execute(sql: "PRAGMA user_version = 1")
            }
            let queue = try DatabaseQueue(path: path)
            try migrator.migrate(queue)
            try queue.write { db in
                for (position, question) in course.questions.enumerated() {
                    try db.execute(sql: "INSERT INTO card (course, question, lesson, domain, position, state, step, due) VALUES (?, ?, ?, ?, ?, 1, 0, 0)",
                                   arguments: [course.id, question.id, question.lesson, question.domain, position])
                }
                // foundations-q0: wrong first, then right; diffusion-q1: right first.
                for (question, time, correct, first) in [("foundations-q0", 1000, 0, true), ("foundations-q0", 2000, 1, false),
                                                         ("diffusion-q1", 3000, 1, true)] {
                    try db.execute(sql: """
                        INSERT INTO review (course, question, reviewed_at, rating, correct, source, prior_state, prior_due, prior_last_review)
                        VALUES (?, ?, ?, 3, ?, 'practice', 1, 0, ?)
                        """, arguments: [course.id, question, time, correct, first ? nil : 1000])
                }
            }
            try queue.close()
        }
        let store = try ProgressStore(path: path)
        #expect(try store.firstAnswers(course: course.id) == ["foundations": .init(answers: 1, correct: 0),
                                                              "diffusion": .init(answers: 1, correct: 1)])
        let version = try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == StoreSchema.version)
        // Old attempts have no forecast; the columns exist.
        #expect(try store.attemptSummaries(course: course.id).isEmpty)
        #expect(try store.examPlan(course: course.id) == nil)
    }

    @Test func thePlanRowKeepsItsSettingsAndEveryReviewBumpsItsRevision() throws {
        let store = try Fixtures.store()
        let course = Fixtures.course(perDomain: 2)
        try store.syncBank(of: course, at: Fixtures.t0)
        let plan = ExamPlan(examDay: try ExamDay("2026-09-01"), minutesPerDay: 25, restDays: try ExamPlan.restDays("sat,sun"))
        try store.saveExamPlan(plan, course: course.id, at: Fixtures.t0)
        try store.saveProjection(Data("{}".utf8), key: "k", course: course.id)
        var stored = try #require(try store.examPlan(course: course.id))
        #expect(stored.plan == plan && stored.revision == 0 && stored.projectionKey == "k")
        let scheduler = Fixtures.scheduler()
        let before = FSRSCard.new(at: Fixtures.t0)
        let id = try store.recordReview(CardReview(question: course.questions[0].id, reviewedAt: Fixtures.t0, rating: .good, correct: true,
                                                   chosen: 0, before: before, after: scheduler.review(before, rating: .good, at: Fixtures.t0).card),
                                        course: course.id)
        #expect(try store.examPlan(course: course.id)?.revision == 1)
        try store.undoReview(id: id)
        stored = try #require(try store.examPlan(course: course.id))
        #expect(stored.revision == 2)
        // Setting the plan again drops the cached projection.
        try store.saveExamPlan(plan, course: course.id, at: Fixtures.t0)
        #expect(try store.examPlan(course: course.id)?.projectionKey == nil)
        #expect(try store.clearExamPlan(course: course.id))
        #expect(try store.examPlan(course: course.id) == nil)
    }
}
