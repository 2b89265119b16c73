import Course
import Foundation
import Quiz
import Study

/// The real study store (`ProgressStudyStore`) on an in-memory database, so the
/// app's tests run the production SQL, wrapped to record every write it saves
/// and to fail on demand (to test how the app handles a failed write).
final class RecordingStudyStore: StudyStore {
    let base: ProgressStudyStore
    /// The writes saved through this store, in order (not the fixture's own set-up).
    private(set) var writes: [StudyWrite] = []
    /// When set, every save fails with this message.
    var failure: String?

    /// A store with `courses` opened (their banks synced) and `history` imported.
    init(courses: [Course] = [Fixtures.course], history: ProgressArchive? = nil, newPerDay: Int = PracticeQueueOptions().newPerDay,
         clock: @escaping () -> Date = { Fixtures.now }) {
        do {
            base = ProgressStudyStore(store: try ProgressStore(inMemory: "tests"), scheduler: .standard, newPerDay: newPerDay,
                                      clock: clock)
            for course in courses { try base.save(.courseOpened(course, at: clock())) }
            if let history {
                _ = try base.importArchive(history)
                // Imported cards take their place in the bank at the next opening.
                for course in courses { try base.save(.courseOpened(course, at: clock())) }
            }
        } catch {
            fatalError("the in-memory study store could not be set up: \(error)")
        }
    }

    /// Opens a course as the app does at start (its bank synced), without recording the write.
    func open(_ course: Course) {
        do {
            try base.save(.courseOpened(course, at: Fixtures.now))
        } catch {
            fatalError("\(course.id) could not be opened: \(error)")
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    func save(_ write: StudyWrite) throws {
        if let failure { throw Failure(message: failure) }
        try base.save(write)
        writes.append(write)
    }

    /// The review log of a course, oldest first (read from the database).
    func reviews(courseID: String) throws -> [ProgressArchive.Review] {
        try base.exportArchive().reviews.filter { $0.course == courseID }
    }

    // Reads go to the real store.
    var scheduler: FSRSScheduler { base.scheduler }
    var newPerDay: Int { base.newPerDay }
    func homeSummary(course: Course, now: Date, calendar: Calendar) throws -> HomeSummary {
        try base.homeSummary(course: course, now: now, calendar: calendar)
    }
    func readings(courseID: String) throws -> [String: LessonReading] { try base.readings(courseID: courseID) }
    func settings() throws -> StudySettings { try base.settings() }
    func practicePlan(course: Course, filter: CardFilter, now: Date, calendar: Calendar, seed: UInt64) throws -> PracticePlan {
        try base.practicePlan(course: course, filter: filter, now: now, calendar: calendar, seed: seed)
    }
    func cramPlan(course: Course, filter: CardFilter, now: Date, seed: UInt64) throws -> PracticePlan {
        try base.cramPlan(course: course, filter: filter, now: now, seed: seed)
    }
    func drillPlan(course: Course, questionIDs: Set<String>, now: Date, seed: UInt64) throws -> PracticePlan {
        try base.drillPlan(course: course, questionIDs: questionIDs, now: now, seed: seed)
    }
    func chosenCourseID() throws -> String? { try base.chosenCourseID() }
    func nextDue(courseID: String) throws -> Date? { try base.nextDue(courseID: courseID) }
    func card(courseID: String, questionID: String) throws -> FSRSCard? { try base.card(courseID: courseID, questionID: questionID) }
    func openExam(courseID: String) throws -> ExamAttemptRecord? { try base.openExam(courseID: courseID) }
    func exam(courseID: String, id: Int) throws -> ExamAttemptRecord? { try base.exam(courseID: courseID, id: id) }
    func latestExam(courseID: String) throws -> ExamAttemptRecord? { try base.latestExam(courseID: courseID) }
    func examHistory(courseID: String) throws -> [ExamAttemptSummary] { try base.examHistory(courseID: courseID) }
    func examExposure(courseID: String) throws -> [String: Date] { try base.examExposure(courseID: courseID) }
    func stats(course: Course, now: Date, calendar: Calendar, historyDays: Int) throws -> StudyStats {
        try base.stats(course: course, now: now, calendar: calendar, historyDays: historyDays)
    }
    func readiness(course: Course, now: Date, calendar: Calendar) throws -> Readiness {
        try base.readiness(course: course, now: now, calendar: calendar)
    }
}
