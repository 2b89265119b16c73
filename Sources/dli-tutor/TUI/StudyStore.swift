import Course
import Foundation
import Quiz

/// What the study app reads and writes about the learner. The app reads through
/// it when it builds or refreshes a screen, and writes only through `save`,
/// which the app loop calls for a screen's `.save` effect.
protocol StudyStore: AnyObject {
    /// The figures of the home screen for a course.
    func homeSummary(course: Course, now: Date) throws -> HomeSummary
    /// Reading progress of every lesson of a course that has some, by lesson id.
    func readings(courseID: String) throws -> [String: LessonReading]
    func save(_ write: StudyWrite) throws

    // Practice, exams and stats.

    /// The scheduler every review goes through (practice sessions, exam submissions).
    var scheduler: FSRSScheduler { get }
    /// Today's practice at `now`: due reviews and new questions (within the daily
    /// new limit) passing `filter`, ordered by `PracticeQueue.build` with `seed`.
    func practicePlan(course: Course, filter: CardFilter, now: Date, calendar: Calendar, seed: UInt64) throws -> PracticePlan
    /// When the next answered card of a course falls due; nil if none was answered.
    func nextDue(courseID: String) throws -> Date?
    /// The course's exam in progress, if any.
    func openExam(courseID: String) throws -> ExamAttemptRecord?
    /// One stored exam of a course.
    func exam(courseID: String, id: Int) throws -> ExamAttemptRecord?
    /// When each question last appeared in one of the learner's exams.
    func examExposure(courseID: String) throws -> [String: Date]
    /// Everything the stats screen shows, at `now`.
    func stats(course: Course, now: Date, calendar: Calendar) throws -> StudyStats
}

/// Where a learner is in one lesson.
struct LessonReading: Equatable, Sendable {
    /// The top of the screen when the learner left.
    var position: ReadingPosition
    /// The furthest share of the lesson seen, 0…1.
    var furthest: Double
    var completed: Bool
    var bookmarks: [ReadingPosition]

    static let unread = LessonReading(position: .start, furthest: 0, completed: false, bookmarks: [])
}

/// A place in a lesson that survives re-layout at another width: the source
/// line of the block at the top of the screen.
struct ReadingPosition: Hashable, Sendable, Comparable {
    var sourceLine: Int
    static let start = ReadingPosition(sourceLine: 0)
    static func < (a: ReadingPosition, b: ReadingPosition) -> Bool { a.sourceLine < b.sourceLine }
}

/// A change to the learner's data, returned by a screen as an effect.
enum StudyWrite: Equatable, Sendable {
    /// The reading position and furthest share seen (saved when leaving a lesson).
    case reading(courseID: String, lessonID: String, position: ReadingPosition, furthest: Double)
    /// The lesson was read to the end.
    case lessonCompleted(courseID: String, lessonID: String, at: Date)
    /// The lesson's bookmarks, in reading order.
    case bookmarks(courseID: String, lessonID: String, [ReadingPosition])
    /// A question answered in the reader: a practice review like any other.
    case answer(courseID: String, question: Question, option: Int, at: Date)
    /// A confirmed practice review (the card's new state and the log entry).
    case practiceReview(courseID: String, PracticeReviewRecord)
    /// The latest practice review taken back.
    case practiceUndo(courseID: String, PracticeReviewRecord)
    /// A new exam (or retake), stored before its first question shows.
    case examStarted(ExamAttemptRecord)
    /// An answer, flag or move in the exam numbered `attempt` (not a submission).
    case examChange(attempt: Int, ExamChange)
    /// The exam handed in (`session.submittedAt` set): closed, scored, its answers fed to the cards.
    case examSubmitted(ExamSession)
    /// An exam that can no longer be resumed (the course changed under it), closed without a score.
    case examClosed(attempt: Int, at: Date)
}
