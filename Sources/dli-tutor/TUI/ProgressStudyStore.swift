import Course
import Foundation
import Quiz

/// The study app's `StudyStore` on the learner's SQLite progress store: reading
/// positions and bookmarks, and the home screen's figures from the store's
/// statistics and practice candidates.
final class ProgressStudyStore: StudyStore {
    let store: ProgressStore
    let scheduler: FSRSScheduler
    let calendar: Calendar
    let clock: () -> Date
    /// The questions by id of each course synced in this run (courses do not
    /// change while the app runs, so each is synced and indexed once).
    private(set) var questionsByCourse: [String: [String: Question]] = [:]

    init(store: ProgressStore, scheduler: FSRSScheduler, calendar: Calendar = .current, clock: @escaping () -> Date = Date.init) {
        self.store = store
        self.scheduler = scheduler
        self.calendar = calendar
        self.clock = clock
    }

    /// Makes sure the store has a card for every question of `course` (once per run).
    func prepare(_ course: Course, now: Date) throws {
        guard questionsByCourse[course.id] == nil else { return }
        try store.syncBank(of: course, at: now)
        var byID: [String: Question] = [:]
        for question in course.questions where byID[question.id] == nil { byID[question.id] = question }
        questionsByCourse[course.id] = byID
    }

    func homeSummary(course: Course, now: Date) throws -> HomeSummary {
        try prepare(course, now: now)
        let stats = try store.stats(course: course.id, at: now, scheduler: scheduler, calendar: calendar)
        let candidates = try store.practiceCandidates(course: course.id, dueBy: now, startOfDay: calendar.startOfDay(for: now))
        let newPerDay = PracticeQueueOptions().newPerDay
        let progress = try store.readingProgress(course: course.id)
        let lessonIDs = Set(course.lessons.map(\.id))
        let completed = progress.filter { $0.completed && lessonIDs.contains($0.lesson) }.count
        let unfinished = progress.filter { !$0.completed && lessonIDs.contains($0.lesson) }
        let exam = stats.exams.last { $0.isScored }
        let days = stats.reviewsPerDay.map(\.reviews)
        return HomeSummary(
            lessonsTotal: course.lessons.count, lessonsCompleted: completed,
            questionsTotal: course.questions.count, questionsMastered: stats.cards.review,
            dueReviews: stats.dueToday,
            newCards: min(candidates.new.count, max(0, newPerDay - candidates.newIntroducedToday)),
            lastExam: exam.flatMap { exam in
                guard let percent = exam.percent, let passed = exam.passed, let at = exam.submittedAt else { return nil }
                return HomeSummary.ExamScore(percent: percent, passed: passed, finishedAt: at)
            },
            reviewsPerDay: days, streakDays: HomeSummary.streak(days),
            continueLessonID: unfinished.max { $0.updatedAt < $1.updatedAt }?.lesson)
    }

    func readings(courseID: String) throws -> [String: LessonReading] {
        let marks = Dictionary(grouping: try store.bookmarks(course: courseID), by: \.lesson)
        var out: [String: LessonReading] = [:]
        for progress in try store.readingProgress(course: courseID) {
            out[progress.lesson] = LessonReading(
                position: ReadingPosition(sourceLine: progress.position), furthest: progress.percent / 100,
                completed: progress.completed, bookmarks: [])
        }
        for (lesson, bookmarks) in marks {
            out[lesson, default: .unread].bookmarks = bookmarks.map { ReadingPosition(sourceLine: $0.position) }.sorted()
        }
        return out
    }

    func save(_ write: StudyWrite) throws {
        switch write {
        case .reading(let course, let lesson, let position, let furthest):
            try store.saveReadingProgress(LessonProgress(course: course, lesson: lesson, position: position.sourceLine,
                                                         percent: furthest * 100, completed: false, updatedAt: clock()))
        case .lessonCompleted(let course, let lesson, let time):
            let current = try store.readingProgress(course: course, lesson: lesson)
            try store.saveReadingProgress(LessonProgress(course: course, lesson: lesson, position: current?.position ?? 0,
                                                         percent: 100, completed: true, updatedAt: time))
        case .bookmarks(let course, let lesson, let marks):
            let stored = Set(try store.bookmarks(course: course, lesson: lesson).map(\.position))
            let wanted = Set(marks.map(\.sourceLine))
            for position in stored.subtracting(wanted) { try store.removeBookmark(course: course, lesson: lesson, position: position) }
            for position in wanted.subtracting(stored).sorted() {
                try store.addBookmark(Bookmark(course: course, lesson: lesson, position: position, createdAt: clock()))
            }
        case .answer(let course, let question, let option, let time):
            let stored = try store.card(course: course, question: question.id)
            let record = try PracticeReviewRecord.answering(question, option: option, at: time,
                                                            card: stored.flatMap { $0.isNew ? nil : $0.card }, scheduler: scheduler)
            try store.recordPractice(record, course: course)
        case .practiceReview, .practiceUndo, .examStarted, .examChange, .examSubmitted, .examClosed:
            try saveStudy(write)
        }
    }
}
