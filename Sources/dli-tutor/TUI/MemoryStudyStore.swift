import Course
import Foundation
import Quiz

/// A `StudyStore` held in memory: for tests, benchmarks and previews. Reading
/// progress, practice reviews and exams behave like the real store's (see
/// `MemoryStudyStore+Practice.swift`); the figures of the home summary are
/// whatever `practice` says and those of the stats screen whatever `presetStats`
/// says (nothing practised by default).
final class MemoryStudyStore: StudyStore {
    /// The figures only practice and exams produce: due and new cards, mastered
    /// questions, the last exam, daily reviews and the streak.
    struct Practice {
        var questionsMastered = 0
        var dueReviews = 0
        var newCards: Int?
        var lastExam: HomeSummary.ExamScore?
        var reviewsPerDay: [Int] = []
        var streakDays = 0
    }

    var practice: Practice
    private(set) var readingsByCourse: [String: [String: LessonReading]] = [:]
    private(set) var lastOpened: [String: String] = [:]
    private(set) var writes: [StudyWrite] = []
    /// When set, every save fails with this message (to test error handling).
    var failure: String?
    /// Practice cards, reviews and exams written through `save`.
    var studied = MemoryProgress()
    /// What `stats` returns; nil gives a course nobody practised.
    var presetStats: StudyStats?
    let scheduler: FSRSScheduler
    var newPerDay = PracticeQueueOptions().newPerDay

    init(practice: Practice = Practice(), scheduler: FSRSScheduler = .standard) {
        self.practice = practice
        self.scheduler = scheduler
    }

    func homeSummary(course: Course, now: Date) throws -> HomeSummary {
        let readings = readingsByCourse[course.id] ?? [:]
        return HomeSummary(
            lessonsTotal: course.lessons.count,
            lessonsCompleted: course.lessons.filter { readings[$0.id]?.completed == true }.count,
            questionsTotal: course.questions.count, questionsMastered: practice.questionsMastered,
            dueReviews: practice.dueReviews, newCards: practice.newCards ?? course.questions.count,
            lastExam: practice.lastExam, reviewsPerDay: practice.reviewsPerDay, streakDays: practice.streakDays,
            continueLessonID: lastOpened[course.id].flatMap { readings[$0]?.completed == true ? nil : $0 })
    }

    func readings(courseID: String) throws -> [String: LessonReading] { readingsByCourse[courseID] ?? [:] }

    func save(_ write: StudyWrite) throws {
        if let failure { throw StoreFailure(message: failure) }
        switch write {
        case .reading(let course, let lesson, let position, let furthest):
            update(course, lesson) {
                $0.position = position
                $0.furthest = max($0.furthest, furthest)
            }
            lastOpened[course] = lesson
        case .lessonCompleted(let course, let lesson, _):
            update(course, lesson) {
                $0.completed = true
                $0.furthest = 1
            }
        case .bookmarks(let course, let lesson, let marks):
            update(course, lesson) { $0.bookmarks = marks }
        case .practiceReview, .practiceUndo, .examStarted, .examChange, .examSubmitted, .examClosed, .answer:
            try studied.apply(write, scheduler: scheduler)
        }
        writes.append(write)
    }

    private func update(_ course: String, _ lesson: String, _ change: (inout LessonReading) -> Void) {
        var reading = readingsByCourse[course]?[lesson] ?? .unread
        change(&reading)
        readingsByCourse[course, default: [:]][lesson] = reading
    }

    struct StoreFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
