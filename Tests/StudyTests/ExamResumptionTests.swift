import Course
import Foundation
import Quiz
import Study
import Testing

/// The one rule for an exam in progress, shared by the app and `dli-tutor exam`.
@Suite struct ExamResumptionTests {
    let course = StudyCourse.course

    func openRecord() -> ExamAttemptRecord {
        var generator = SeededGenerator(seed: 9)
        var record = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 9, at: StudyCourse.now, using: &generator).record
        record.id = 4
        return record
    }

    @Test func noExamMeansNothingToResume() {
        #expect(ExamResumption(open: nil, course: course, now: StudyCourse.now) == .none)
    }

    @Test func anExamOfTheSameCourseResumes() throws {
        let record = openRecord()
        guard case .resume(let session) = ExamResumption(open: record, course: course, now: StudyCourse.now) else {
            Issue.record("not resumed")
            return
        }
        #expect(session.id == 4 && session.items.map(\.question.id) == record.items.map(\.question))
    }

    @Test func anExamAskedAsItWasResumesWhateverTheCourseBecomes() throws {
        let record = openRecord()
        var changed = course
        changed.questions.removeAll { $0.id == record.items[0].question }
        guard case .resume(let session) = ExamResumption(open: record, course: changed, now: StudyCourse.now) else {
            Issue.record("not resumed")
            return
        }
        #expect(session.items[0].question.id == record.items[0].question)
    }

    /// An attempt stored before exams kept their questions (no snapshots).
    @Test func anOldExamWhoseQuestionLeftTheCourseIsClosedWithANotice() {
        var record = openRecord()
        for index in record.items.indices { record.items[index].snapshot = nil }
        var changed = course
        changed.questions.removeAll { $0.id == record.items[0].question }
        let later = StudyCourse.now.addingTimeInterval(5)
        guard case .close(let write, let notice) = ExamResumption(open: record, course: changed, now: later) else {
            Issue.record("not closed")
            return
        }
        #expect(write == .examClosed(attempt: 4, at: later))
        #expect(notice.hasPrefix("Exam 4 could not be resumed (") && notice.hasSuffix("so it was closed without a score."))
    }
}
