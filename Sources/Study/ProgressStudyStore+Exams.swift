import Course
import Foundation
import Quiz

/// What mock exams read: the exam in progress, stored attempts, exposure.
extension ProgressStudyStore {
    public func openExam(courseID: String) throws -> ExamAttemptRecord? {
        try store.openAttempt(course: courseID)
    }

    public func exam(courseID: String, id: Int) throws -> ExamAttemptRecord? {
        try store.attempt(id).flatMap { $0.course == courseID ? $0 : nil }
    }

    public func latestExam(courseID: String) throws -> ExamAttemptRecord? {
        try store.latestAttempt(course: courseID)
    }

    public func examHistory(courseID: String) throws -> [ExamAttemptSummary] {
        try store.attemptSummaries(course: courseID)
    }

    public func examExposure(courseID: String) throws -> [String: Date] {
        try store.examExposure(course: courseID)
    }

    /// A stored exam's result, rebuilt against only its own questions (a bank
    /// can hold thousands); nil if the course lost one of them.
    func result(of record: ExamAttemptRecord, course: Course) -> ExamResult? {
        let byID = questionsByID(course)
        var own = course
        own.questions = record.items.compactMap { byID[$0.question] }
        return (try? ExamSession(record: record, course: own))?.result(domainOrder: course.chapters.map(\.id))
    }
}
