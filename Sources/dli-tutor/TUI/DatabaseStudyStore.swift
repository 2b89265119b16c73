import Course
import Foundation
import Quiz

/// The app's `StudyStore` on the learner's progress database (`ProgressStore`,
/// GRDB behind plain values). Every write has committed when `save` returns.
/// A course's question bank is synced into the card table the first time the
/// course is read.
final class DatabaseStudyStore: StudyStore {
    let store: ProgressStore
    let scheduler: FSRSScheduler
    /// New questions a day (the practice command's default).
    let newPerDay: Int
    /// The time stamped on reading progress, which the writes do not carry.
    private let clock: () -> Date
    /// Days of the home screen's figures are counted in this calendar's time zone.
    private let calendar: Calendar
    private var questionsByCourse: [String: [String: Question]] = [:]

    init(store: ProgressStore, scheduler: FSRSScheduler, newPerDay: Int = PracticeQueueOptions().newPerDay,
         clock: @escaping () -> Date = Date.init, calendar: Calendar = .current) {
        self.store = store
        self.calendar = calendar
        self.scheduler = scheduler
        self.newPerDay = newPerDay
        self.clock = clock
    }

    /// Syncs the course's question bank into the card table (once per course and run).
    func prepare(_ course: Course) throws {
        try synced(course)
    }

    /// The course's questions by id, after making sure its bank is synced.
    @discardableResult
    private func synced(_ course: Course) throws -> [String: Question] {
        if let known = questionsByCourse[course.id] { return known }
        try store.syncBank(of: course, at: clock())
        var byID: [String: Question] = [:]
        for question in course.questions where byID[question.id] == nil { byID[question.id] = question }
        questionsByCourse[course.id] = byID
        return byID
    }

    // MARK: Reading

    func homeSummary(course: Course, now: Date) throws -> HomeSummary {
        try synced(course)
        let stats = try store.stats(course: course.id, at: now, scheduler: scheduler, calendar: calendar)
        let introduced = try store.practiceCandidates(course: course.id, dueBy: now, startOfDay: calendar.startOfDay(for: now),
                                                      dueLimit: 0, newLimit: 0).newIntroducedToday
        let progress = try store.readingProgress(course: course.id)
        let perDay = stats.reviewsPerDay.map(\.reviews)
        let lastExam = stats.exams.last { $0.submittedAt != nil }.flatMap { exam -> HomeSummary.ExamScore? in
            guard let percent = exam.percent, let passed = exam.passed, let finished = exam.submittedAt else { return nil }
            return HomeSummary.ExamScore(percent: percent, passed: passed, finishedAt: finished)
        }
        let lastOpened = progress.max { $0.updatedAt < $1.updatedAt }
        return HomeSummary(
            lessonsTotal: course.lessons.count,
            lessonsCompleted: course.lessons.count { lesson in progress.contains { $0.lesson == lesson.id && $0.completed } },
            questionsTotal: course.questions.count, questionsMastered: stats.cards.review, dueReviews: stats.dueToday,
            newCards: min(stats.cards.new, max(0, newPerDay - introduced)), lastExam: lastExam, reviewsPerDay: perDay,
            streakDays: ReviewStreak.current(perDay),
            continueLessonID: lastOpened.flatMap { $0.completed ? nil : $0.lesson })
    }

    func readings(courseID: String) throws -> [String: LessonReading] {
        var readings: [String: LessonReading] = [:]
        for progress in try store.readingProgress(course: courseID) {
            readings[progress.lesson] = LessonReading(
                position: ReadingPosition(sourceLine: progress.position), furthest: progress.percent / 100,
                completed: progress.completed, bookmarks: [])
        }
        for mark in try store.bookmarks(course: courseID) {
            readings[mark.lesson, default: .unread].bookmarks.append(ReadingPosition(sourceLine: mark.position))
        }
        return readings
    }

    func practicePlan(course: Course, filter: CardFilter, now: Date, calendar: Calendar, seed: UInt64) throws -> PracticePlan {
        let byID = try synced(course)
        var generator = SeededGenerator(seed: seed)
        return try store.practicePlan(course: course.id, questionsByID: byID, at: now, calendar: calendar, filter: filter,
                                      newPerDay: newPerDay, scheduler: scheduler, using: &generator)
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

    /// Exams whose per-domain scores the stats screen shows, the latest ones.
    static let examsWithDomains = 24

    func stats(course: Course, now: Date, calendar: Calendar) throws -> StudyStats {
        let byID = try synced(course)
        let progress = try store.stats(course: course.id, at: now, scheduler: scheduler, calendar: calendar,
                                       days: StudyStats.historyDays)
        let horizon = calendar.date(byAdding: .day, value: StudyStats.forecastDays, to: calendar.startOfDay(for: now)) ?? now
        let forecast = FSRSForecast.dueCounts(dueDates: try store.dueDates(course: course.id, before: horizon), from: now,
                                              dayCount: StudyStats.forecastDays, timeZone: calendar.timeZone)
        let finished = progress.exams.filter { $0.submittedAt != nil }
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

    // MARK: Writing

    func save(_ write: StudyWrite) throws {
        switch write {
        case .reading(let course, let lesson, let position, let furthest):
            try store.saveReadingProgress(LessonProgress(course: course, lesson: lesson, position: position.sourceLine,
                                                         percent: furthest * 100, completed: false, updatedAt: clock()))
        case .lessonCompleted(let course, let lesson, let time):
            let position = try store.readingProgress(course: course, lesson: lesson)?.position ?? 0
            try store.saveReadingProgress(LessonProgress(course: course, lesson: lesson, position: position, percent: 100,
                                                         completed: true, updatedAt: time))
        case .bookmarks(let course, let lesson, let positions):
            let wanted = Set(positions.map(\.sourceLine))
            let stored = try store.bookmarks(course: course, lesson: lesson)
            for mark in stored where !wanted.contains(mark.position) {
                try store.removeBookmark(course: course, lesson: lesson, position: mark.position)
            }
            let have = Set(stored.map(\.position))
            for line in positions.map(\.sourceLine) where !have.contains(line) {
                try store.addBookmark(Bookmark(course: course, lesson: lesson, position: line, createdAt: clock()))
            }
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
        }
    }
}
