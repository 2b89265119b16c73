import Course
import Foundation
import Quiz

/// A change to the learner's data: what a screen returns as an effect and a
/// plain command saves, stored by `StudyStore.save`.
public enum StudyWrite: Equatable, Sendable {
    /// A course is opened (at start, or switched to): its question bank gets a
    /// card for every question, so practice, exams and stats can read them.
    case courseOpened(Course, at: Date)
    /// The course the app opens next time (chosen in the app's course list).
    case courseChosen(courseID: String)
    /// The reading position, the lines on screen so far and the share of the
    /// lesson they make (saved when leaving a lesson); earlier lines stay seen.
    case reading(courseID: String, lessonID: String, position: ReadingPosition, seen: LineRanges, share: Double)
    /// The lesson was read: (nearly) all its lines were on screen.
    case lessonCompleted(courseID: String, lessonID: String, at: Date)
    /// The lesson's bookmarks, in reading order.
    case bookmarks(courseID: String, lessonID: String, [ReadingPosition])
    /// A question answered in the reader: a practice review like any other.
    case answer(courseID: String, question: Question, option: Int, at: Date)
    /// A confirmed practice review (the card's new state and the log entry).
    case practiceReview(courseID: String, PracticeReviewRecord)
    /// A review of cram or drill practice (`practice --cram`, `--drill`): logged
    /// with its source, it moves the card only if that is the card's first
    /// review since the extra practice's day start.
    case extraReview(courseID: String, PracticeReviewRecord, ExtraPractice)
    /// The latest practice review taken back.
    case practiceUndo(courseID: String, PracticeReviewRecord)
    /// A new exam (or retake), stored before its first question shows, with the
    /// readiness forecast for its questions (when its course was opened).
    case examStarted(ExamAttemptRecord)
    /// An answer, flag or move in the exam numbered `attempt` (not a submission).
    case examChange(attempt: Int, ExamChange)
    /// The exam handed in (`session.submittedAt` set): closed, scored, its answers fed to the cards.
    case examSubmitted(ExamSession)
    /// An exam that can no longer be resumed (the course changed under it), closed without a score.
    case examClosed(attempt: Int, at: Date)
    /// The learner's preferences.
    case settings(StudySettings)
    /// The course's exam date and study plan set (or replaced); practice follows it.
    case examPlanSet(courseID: String, ExamPlan, at: Date)
    /// The course's exam date removed.
    case examPlanCleared(courseID: String)
}

extension StudyWrite {
    /// A confirmed review of a practice session as it is saved: as scheduled
    /// (`source` practice), or as cram or drill practice, whose day starts at
    /// midnight in the learner's `calendar`.
    public static func practice(_ record: PracticeReviewRecord, courseID: String, source: ReviewSource,
                                calendar: Calendar) -> StudyWrite {
        guard let extra = ExtraPractice(source, at: record.time, calendar: calendar) else { return .practiceReview(courseID: courseID, record) }
        return .extraReview(courseID: courseID, record, extra)
    }
}
