import Course
import Foundation
import Quiz

/// The `StudyStore` on the learner's SQLite progress store (`Quiz.ProgressStore`):
/// reading positions and bookmarks, practice reviews, exams and the figures of
/// the home and stats screens.
public final class ProgressStudyStore: StudyStore {
    public let store: ProgressStore
    public let scheduler: FSRSScheduler
    public let newPerDay: Int
    let clock: () -> Date
    /// The learner's calendar: exam dates and the plan's days are read in it.
    let calendar: Calendar
    /// Each course's questions by id, indexed once per opening of the course.
    private var questionIndex: [String: [String: Question]] = [:]
    /// Each course's exam pools, built once per opening of the course.
    private var poolIndex: [String: ExamPools] = [:]
    /// The courses opened (`.courseOpened`), by id: an exam's forecast needs its course.
    var courses: [String: Course] = [:]
    /// The latest plan projection simulated in this process, by course, with its key.
    var projections: [String: (key: String, projection: PlanProjection)] = [:]

    public init(store: ProgressStore, scheduler: FSRSScheduler, newPerDay: Int = PracticeQueueOptions().newPerDay,
                clock: @escaping () -> Date = Date.init, calendar: Calendar = .current) {
        self.store = store
        self.scheduler = scheduler
        self.newPerDay = newPerDay
        self.clock = clock
        self.calendar = calendar
    }

    /// A course's questions by id (the first of a duplicated id).
    func questionsByID(_ course: Course) -> [String: Question] {
        if let known = questionIndex[course.id] { return known }
        var byID: [String: Question] = [:]
        for question in course.questions where byID[question.id] == nil { byID[question.id] = question }
        questionIndex[course.id] = byID
        return byID
    }

    static let confidenceKey = "confidence-marking"

    public func settings() throws -> StudySettings {
        StudySettings(confidenceMarking: try store.setting(Self.confidenceKey) != "off")
    }

    /// A course's exam pools (`ExamPools`), built once per opening of the course.
    func examPools(_ course: Course) -> ExamPools {
        if let known = poolIndex[course.id] { return known }
        let pools = ExamPools(course: course)
        poolIndex[course.id] = pools
        return pools
    }

    public func readings(courseID: String) throws -> [String: LessonReading] {
        let marks = Dictionary(grouping: try store.bookmarks(course: courseID), by: \.lesson)
        var out: [String: LessonReading] = [:]
        for progress in try store.readingProgress(course: courseID) {
            out[progress.lesson] = LessonReading(
                position: ReadingPosition(sourceLine: progress.position), share: progress.percent / 100,
                seen: progress.seen ?? LineRanges(), completed: progress.completed, bookmarks: [], lastRead: progress.updatedAt)
        }
        for (lesson, bookmarks) in marks {
            out[lesson, default: .unread].bookmarks = bookmarks.map { ReadingPosition(sourceLine: $0.position) }.sorted()
        }
        return out
    }

    static let chosenCourseKey = "course"

    public func chosenCourseID() throws -> String? {
        try store.setting(Self.chosenCourseKey)
    }

    public func save(_ write: StudyWrite) throws {
        switch write {
        case .courseOpened(let course, let time):
            try store.syncBank(of: course, at: time)
            questionIndex[course.id] = nil
            poolIndex[course.id] = nil
            courses[course.id] = course
            refreshProjection(courseID: course.id, now: time, refresh: .unlessUsable)
        case .courseChosen(let course):
            try store.saveSetting(Self.chosenCourseKey, value: course)
        case .reading(let course, let lesson, let position, let seen, let share):
            try store.saveReadingProgress(LessonProgress(course: course, lesson: lesson, position: position.sourceLine,
                                                         percent: share * 100, completed: share >= LessonReading.readShare,
                                                         updatedAt: clock(), seen: seen))
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
            refreshProjection(courseID: course, now: time, refresh: .afterReviews)
        case .practiceReview(let course, let record):
            try store.recordPractice(record, course: course)
            refreshProjection(courseID: course, now: record.time, refresh: .afterReviews)
        case .extraReview(let course, let record, let extra):
            try store.recordPractice(record, course: course, extra: extra)
            refreshProjection(courseID: course, now: record.time, refresh: .afterReviews)
        case .practiceUndo(let course, let record):
            try store.undoPractice(record, course: course)
            refreshProjection(courseID: course, now: clock(), refresh: .afterReviews)
        case .examStarted(var record):
            // The forecast is derived: an exam starts even if it cannot be made.
            record.forecast = (try? forecast(of: record)) ?? nil
            _ = try store.createAttempt(record)
        case .examChange(let attempt, let change):
            try store.save(change, attempt: attempt)
        case .examSubmitted(let session):
            try store.submitExam(session, scheduler: scheduler)
            refreshProjection(courseID: session.course, now: session.submittedAt ?? clock(), refresh: .now)
        case .examClosed(let attempt, let time):
            try store.closeAttempt(attempt, at: time)
        case .settings(let settings):
            try store.saveSetting(Self.confidenceKey, value: settings.confidenceMarking ? "on" : "off")
        case .examPlanSet(let course, let plan, let time):
            try store.saveExamPlan(plan, course: course, at: time)
            projections[course] = nil
            refreshProjection(courseID: course, now: time, refresh: .now)
        case .examPlanCleared(let course):
            try store.clearExamPlan(course: course)
            projections[course] = nil
        }
    }
}

extension ProgressStudyStore {
    /// Everything the learner did, in every course, as a progress export.
    public func exportArchive() throws -> ProgressArchive {
        try store.exportArchive()
    }

    /// Merges a progress export into the learner's data (one transaction).
    public func importArchive(_ archive: ProgressArchive) throws -> ImportSummary {
        try store.importArchive(archive)
    }
}
