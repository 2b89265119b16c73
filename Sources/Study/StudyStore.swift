import Course
import Foundation
import Quiz

/// What a learner reads and writes, for every face of the app: the plain
/// commands (`practice`, `exam`, `stats`) and the full-screen app go through
/// it, so a review, an exam answer or a reading position is stored one way.
///
/// Reads are synchronous: a screen is built from what they return, and a
/// command prints it. Every change goes through `save`, which has committed
/// when it returns; the app's runner calls it for a screen's `.save` effects,
/// a command calls it before it prints the next line.
public protocol StudyStore: AnyObject {
    /// The scheduler every review goes through (practice sessions, exam submissions).
    var scheduler: FSRSScheduler { get }
    /// New questions a day that practice introduces.
    var newPerDay: Int { get }

    /// The figures of the home screen for a course (its bank synced by `.courseOpened`).
    func homeSummary(course: Course, now: Date, calendar: Calendar) throws -> HomeSummary
    /// Reading progress of every lesson of a course that has some, by lesson id.
    func readings(courseID: String) throws -> [String: LessonReading]
    /// Today's practice at `now`: due reviews and new questions (within the daily
    /// new limit) passing `filter`, ordered by `PracticeQueue.build` with `seed`.
    func practicePlan(course: Course, filter: CardFilter, now: Date, calendar: Calendar, seed: UInt64) throws -> PracticePlan
    /// Cram practice at `now`: every question passing `filter`, due or not and
    /// past the daily new limit, weakest first (`PracticeQueue.cram`).
    func cramPlan(course: Course, filter: CardFilter, now: Date, seed: UInt64) throws -> PracticePlan
    /// A drill of some templates (`practice --drill`): those questions now, weakest first.
    func drillPlan(course: Course, questionIDs: Set<String>, now: Date, seed: UInt64) throws -> PracticePlan
    /// The course the learner last chose in the app, if any.
    func chosenCourseID() throws -> String?
    /// When the next answered card of a course falls due; nil if none was answered.
    func nextDue(courseID: String) throws -> Date?
    /// The stored card of a question, nil if it was never answered.
    func card(courseID: String, questionID: String) throws -> FSRSCard?
    /// The course's exam in progress, if any.
    func openExam(courseID: String) throws -> ExamAttemptRecord?
    /// One stored exam of a course.
    func exam(courseID: String, id: Int) throws -> ExamAttemptRecord?
    /// The course's most recent exam (in progress or finished).
    func latestExam(courseID: String) throws -> ExamAttemptRecord?
    /// Every exam attempt of the course, oldest first.
    func examHistory(courseID: String) throws -> [ExamAttemptSummary]
    /// When each question last appeared in one of the learner's exams.
    func examExposure(courseID: String) throws -> [String: Date]
    /// Everything the stats screen and `dli-tutor stats` show, at `now`, with
    /// `historyDays` days of reviews.
    func stats(course: Course, now: Date, calendar: Calendar, historyDays: Int) throws -> StudyStats
    /// The exam forecast at `now`, the lesson to study next, the exam plan and
    /// its projection, and the audit of past forecasts.
    func readiness(course: Course, now: Date, calendar: Calendar) throws -> Readiness

    /// The learner's preferences (defaults until changed).
    func settings() throws -> StudySettings

    /// Stores one change; it has committed when this returns.
    func save(_ write: StudyWrite) throws
}

extension StudyStore {
    public func stats(course: Course, now: Date, calendar: Calendar) throws -> StudyStats {
        try stats(course: course, now: now, calendar: calendar, historyDays: StudyStats.historyDays)
    }
}
