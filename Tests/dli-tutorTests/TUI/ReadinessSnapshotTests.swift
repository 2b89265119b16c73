import Course
import Foundation
@testable import Quiz
import Study
import Testing
@testable import dli_tutor

/// The pass forecast on the home screen, the plan screen and the audit of
/// past forecasts on the stats page, compared with `Tests/dli-tutorTests/Snapshots/*.txt`
/// (re-record with `DLI_TUTOR_RECORD_SNAPSHOTS=1 swift test --filter Snapshot`).
@Suite struct ReadinessSnapshotTests {
    /// A learner of the study course who has answered three of its six questions, with an
    /// exam date two weeks ahead (3 minutes a day, Sundays off).
    static func plannedStore() throws -> RecordingStudyStore {
        var history = LearnerHistory(course: StudyFixtures.course, now: Fixtures.now)
        history.practise("s-001", daysAgo: 5, correct: true)
        history.practise("s-004", daysAgo: 3, correct: false)
        history.practise("s-002", daysAgo: 1, correct: true)
        history.practise("s-002", daysAgo: 1, minute: 1, correct: true)
        let store = RecordingStudyStore(courses: [StudyFixtures.course], history: history.archive())
        let plan = ExamPlan(examDay: try ExamDay("2026-03-24"), minutesPerDay: 3, restDays: try ExamPlan.restDays("sun"))
        try store.save(.examPlanSet(courseID: StudyFixtures.course.id, plan, at: Fixtures.now))
        return store
    }

    @Test(arguments: [Size(width: 60, height: 20), Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func homeWithAPlan(size: Size) throws {
        let app = try StudyFixtures.app(size: size, store: try Self.plannedStore())
        Snapshot.check(app.frame, named: "home-plan-\(size.width)x\(size.height)")
        // The forecast line keeps its figures whole at every width.
        let text = app.frame.text
        #expect(text.contains("on 2026-03-24"))
        #expect(text.contains("Forecast"))
        #expect(text.contains("d  Exam plan"))
    }

    @Test(arguments: [Size(width: 60, height: 20), Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func planScreen(size: Size) throws {
        var app = try StudyFixtures.app(size: size, store: try Self.plannedStore())
        app.press(.char("d"))
        #expect(app.top is PlanScreen)
        Snapshot.check(app.frame, named: "plan-\(size.width)x\(size.height)")
    }

    @Test func thePlanScrollsToTheLastDayAndEditsInPlace() throws {
        let store = try Self.plannedStore()
        var app = try StudyFixtures.app(size: Size(width: 60, height: 20), store: store)
        app.press(.char("d"), .char("G"))
        #expect(app.frame.text.contains("2026-03-23"))
        app.press(.char("g"))
        #expect(app.frame.text.contains("2026-03-10") && !app.frame.text.contains("2026-03-23"))
        // A date that is not after today is refused where it is typed; a good one is saved as one write.
        app.press(.char("e"), .ctrl("u"))
        app.type("2026-03-10")
        app.press(.enter)
        #expect(app.frame.text.contains("not after today"))
        app.press(.ctrl("u"))
        app.type("2026-04-07")
        app.press(.enter)
        #expect(app.frame.text.contains("Exam 2026-04-07"))
        #expect(try store.readiness(course: StudyFixtures.course, now: Fixtures.now, calendar: Fixtures.utc).plan?.examDay.description == "2026-04-07")
        app.press(.char("c"))
        #expect(app.frame.text.contains("No exam date set"))
        #expect(try store.readiness(course: StudyFixtures.course, now: Fixtures.now, calendar: Fixtures.utc).plan == nil)
    }

    @Test func planScreenWithoutADate() throws {
        var app = try StudyFixtures.app(size: Size(width: 80, height: 24), store: StudyFixtures.activeStore())
        app.press(.char("d"))
        Snapshot.check(app.frame, named: "plan-none-80x24")
    }

    /// Six exams with forecasts: the audit table, the Brier score and calibration lines.
    static func auditedStore() -> RecordingStudyStore {
        let course = StudyFixtures.course
        var history = LearnerHistory(course: course, now: Fixtures.now)
        let questions = ["s-001", "s-002", "s-004", "s-005"]
        let exams: [(Double, Set<String>, Double, Double)] = [
            (30, ["s-001"], 0.12, 41), (24, ["s-001", "s-002", "s-004"], 0.74, 72), (18, ["s-001", "s-004", "s-005"], 0.78, 76),
            (12, ["s-001", "s-002"], 0.71, 70), (6, Set(questions), 0.93, 88), (2, ["s-001", "s-002", "s-004"], 0.76, 79),
        ]
        for (index, exam) in exams.enumerated() {
            history.exam(index + 1, daysAgo: exam.0, questions: questions, right: exam.1,
                         forecast: ExamForecast(passProbability: exam.2, expectedPercent: exam.3))
        }
        return RecordingStudyStore(courses: [course], history: history.archive())
    }

    @Test func auditTable() throws {
        var app = try StudyFixtures.app(size: Size(width: 120, height: 40), store: Self.auditedStore())
        app.press(.char("s"))
        Snapshot.check(app.frame, named: "stats-audit-120x40")
        let text = app.frame.text
        #expect(text.contains("Forecast against result"))
        // 74 %, 78 %, 71 % and 76 % fell in 70–80 %: exams 2, 3 and 6 passed (3 of 4 right ≥ 70 %), exam 4 did not.
        #expect(text.contains("when the forecast said 70–80%, you passed 3 of 4"))
        #expect(text.contains("Brier score"))
    }
}
