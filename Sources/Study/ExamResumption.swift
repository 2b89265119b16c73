import Course
import Foundation
import Quiz

/// What happens to a course's exam in progress when the learner comes back to
/// it (in the app or with `dli-tutor exam`): it resumes against its stored
/// deadline, or — when the course changed under it (a question removed, its
/// options changed) — it is closed without a score, its answers kept, so a
/// new exam can start. One rule for every face.
public enum ExamResumption: Equatable, Sendable {
    /// No exam in progress.
    case none
    case resume(ExamSession)
    /// Save `write` (closing the attempt) and tell the learner `notice`.
    case close(write: StudyWrite, notice: String)

    public init(open: ExamAttemptRecord?, course: Course, now: Date) {
        guard let open, let id = open.id else {
            self = .none
            return
        }
        do {
            self = .resume(try ExamSession(record: open, course: course))
        } catch {
            self = .close(write: .examClosed(attempt: id, at: now),
                          notice: "Exam \(id) could not be resumed (\(error)), so it was closed without a score.")
        }
    }
}
