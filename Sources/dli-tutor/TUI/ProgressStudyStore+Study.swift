import Course
import Foundation
import Quiz

/// What practice, the mock exam and the stats screen read and write through
/// the progress store.
extension ProgressStudyStore {
    /// The course's questions by id, after making sure its bank is synced.
    private func questionsByID(_ course: Course) throws -> [String: Question] {
        try prepare(course, now: clock())
        return questionsByCourse[course.id] ?? [:]
    }

    func practicePlan(course: Course, filter: CardFilter, now: Date, calendar: Calendar, seed: UInt64) throws -> PracticePlan {
        let byID = try questionsByID(course)
        var generator = SeededGenerator(seed: seed)
        return try store.practicePlan(course: course.id, questionsByID: byID, at: now, calendar: calendar, filter: filter,
                                      newPerDay: PracticeQueueOptions().newPerDay, scheduler: scheduler, using: &generator)
    }

    func nextDue(courseID: String) throws -> Date? {
        try store.nextDue(course: courseID)
    }

    func openExam(courseID: String) throws -> ExamAttemptRecord? {
        try store.openAttempt(course: courseID)
    }

    func exam(courseID: String, id: Int) throws -> ExamAttemptRecord? {
        try store.attempt(id).flatMap { $0.course == courseID ? $0 : nil }
    }

    func examExposure(courseID: String) throws -> [String: Date] {
        try store.examExposure(course: courseID)
    }

    /// Exams whose per-domain scores the stats screen shows: the latest ones.
    static var examsWithDomains: Int { 24 }

    func stats(course: Course, now: Date, calendar: Calendar) throws -> StudyStats {
        let byID = try questionsByID(course)
        let progress = try store.stats(course: course.id, at: now, scheduler: scheduler, calendar: calendar,
                                       days: StudyStats.historyDays)
        let horizon = calendar.date(byAdding: .day, value: StudyStats.forecastDays, to: calendar.startOfDay(for: now)) ?? now
        let forecast = FSRSForecast.dueCounts(dueDates: try store.dueDates(course: course.id, before: horizon), from: now,
                                              dayCount: StudyStats.forecastDays, timeZone: calendar.timeZone)
        let finished = progress.exams.filter(\.isScored)
        var exams: [StudyStats.Exam] = []
        for (index, summary) in finished.enumerated() {
            var domains: [StudyStats.DomainScore] = []
            if index >= finished.count - Self.examsWithDomains, let record = try store.attempt(summary.id),
               let result = Self.result(of: record, course: course, questions: byID) {
                domains = result.domains.map { StudyStats.DomainScore(domain: $0.domain, correct: $0.correct, total: $0.total) }
            }
            exams.append(StudyStats.Exam(
                attempt: summary.id, retakeOf: summary.retakeOf, finishedAt: summary.submittedAt ?? summary.startedAt,
                correct: summary.correct ?? 0, total: summary.total, passPercent: summary.passPercent,
                timeUsed: summary.timeUsed ?? 0, autoSubmitted: summary.autoSubmitted, domains: domains))
        }
        func rows(_ list: [(id: String, title: String, accuracy: ProgressStats.Accuracy)]) -> [StudyStats.Accuracy] {
            list.map { StudyStats.Accuracy(id: $0.id, title: $0.title, accuracy: $0.accuracy) }
        }
        return StudyStats(
            exams: exams, domains: rows(StatsCommand.domainRows(progress, course: course)),
            lessons: rows(StatsCommand.lessonRows(progress, course: course)), cards: progress.cards,
            reviewsPerDay: progress.reviewsPerDay.map { StudyStats.Day(start: $0.start, count: $0.reviews) },
            forecast: zip(forecast.starts, forecast.counts).map { StudyStats.Day(start: $0, count: $1) },
            predictedRetention: progress.predictedRetention)
    }

    /// A stored exam's result, rebuilt against only its own questions (a bank
    /// can hold thousands); nil if the course lost one of them.
    static func result(of record: ExamAttemptRecord, course: Course, questions: [String: Question]) -> ExamResult? {
        var own = course
        own.questions = record.items.compactMap { questions[$0.question] }
        return (try? ExamSession(record: record, course: own))?.result(domainOrder: course.chapters.map(\.id))
    }

    /// Practice reviews and exam events, each committed before `save` returns.
    func saveStudy(_ write: StudyWrite) throws {
        switch write {
        case .practiceReview(let course, let record):
            try store.recordPractice(record, course: course)
        case .practiceUndo(let course, let record):
            try store.undoPractice(record, course: course)
        case .examStarted(let record):
            _ = try store.createAttempt(record)
        case .examChange(let attempt, let change):
            try store.save(change, attempt: attempt)
        case .examSubmitted(let session):
            try store.submitExam(session, scheduler: scheduler)
        case .examClosed(let attempt, let time):
            try store.closeAttempt(attempt, at: time)
        case .reading, .lessonCompleted, .bookmarks, .answer:
            try save(write)
        }
    }
}

extension PracticeReviewRecord {
    /// The review of one question answered outside a practice session (in the
    /// reader), graded and scheduled by the practice engine as a session of one
    /// question. `card` is the question's card if it was answered before.
    static func answering(_ question: Question, option: Int, at time: Date, card: FSRSCard?,
                          scheduler: FSRSScheduler) throws -> PracticeReviewRecord {
        var session = PracticeSession(questionIDs: [question.id], questions: [question],
                                      cards: card.map { [question.id: $0] } ?? [:], scheduler: scheduler)
        try session.answer(option: option)
        guard case .recordReview(let record) = try session.confirm(at: time) else {
            throw PracticeSessionError.nothingGraded
        }
        return record
    }
}
