import Course
import Foundation
import Quiz
import Study
import Testing

/// The study layer on the real store (an in-memory database): what every face
/// of the app writes and reads through it.
@Suite struct ProgressStudyStoreTests {
    let course = StudyCourse.course
    let now = StudyCourse.now

    func makeStore(newPerDay: Int = 20) throws -> ProgressStudyStore {
        let study = ProgressStudyStore(store: try ProgressStore(inMemory: "study-tests"), scheduler: .standard,
                                       newPerDay: newPerDay, clock: { StudyCourse.now })
        try study.save(.courseOpened(course, at: now))
        return study
    }

    @Test func readingPositionsBookmarksAndCompletionRoundTrip() throws {
        let store = try makeStore()
        try store.save(.reading(courseID: course.id, lessonID: "b", position: ReadingPosition(sourceLine: 12),
                                seen: LineRanges([10..<14]), share: 0.4))
        try store.save(.bookmarks(courseID: course.id, lessonID: "b", [ReadingPosition(sourceLine: 9), ReadingPosition(sourceLine: 12)]))
        try store.save(.bookmarks(courseID: course.id, lessonID: "b", [ReadingPosition(sourceLine: 12)]))
        try store.save(.lessonCompleted(courseID: course.id, lessonID: "a", at: now))
        let readings = try store.readings(courseID: course.id)
        #expect(readings["b"] == LessonReading(position: ReadingPosition(sourceLine: 12), share: 0.4, seen: LineRanges([10..<14]),
                                               completed: false, bookmarks: [ReadingPosition(sourceLine: 12)], lastRead: now))
        #expect(readings["a"]?.completed == true)
        // A later, shorter reading never undoes completion or the share read, and the lines seen add up.
        try store.save(.reading(courseID: course.id, lessonID: "a", position: .start, seen: LineRanges([1..<3]), share: 0.1))
        try store.save(.reading(courseID: course.id, lessonID: "a", position: .start, seen: LineRanges([2..<6]), share: 0.2))
        #expect(try store.readings(courseID: course.id)["a"]?.completed == true)
        #expect(try store.readings(courseID: course.id)["a"]?.share == 1)
        #expect(try store.readings(courseID: course.id)["a"]?.seen == LineRanges([1..<6]))

        let summary = try store.homeSummary(course: course, now: now, calendar: StudyCourse.utc)
        #expect(summary.lessonsCompleted == 1 && summary.lessonsTotal == 2)
        #expect(summary.continueLessonID == "b")
        #expect(summary.questionsTotal == 4 && summary.newCards == 4)
        #expect(summary.dueReviews == 0 && summary.lastExam == nil)
    }

    @Test func anAnswerInTheReaderIsAPracticeReview() throws {
        let store = try makeStore()
        let question = course.questions[0]
        try store.save(.answer(courseID: course.id, question: question, option: question.answer, at: now))
        let card = try #require(try store.card(courseID: course.id, questionID: question.id))
        #expect(card.lastReview == now)
        let summary = try store.homeSummary(course: course, now: now, calendar: StudyCourse.utc)
        #expect(summary.reviewsPerDay.last == 1 && summary.streakDays == 1)
        #expect(summary.newCards == 3)
    }

    @Test func theDailyNewLimitIsTheStoresOwn() throws {
        let store = try makeStore(newPerDay: 3)
        let plan = try store.practicePlan(course: course, filter: .all, now: now, calendar: StudyCourse.utc, seed: 1)
        #expect(plan.queue.newCount == 3)
        #expect(try store.homeSummary(course: course, now: now, calendar: StudyCourse.utc).newCards == 3)
    }

    @Test func reopeningAChangedCourseReindexesItsQuestions() throws {
        let store = try makeStore()
        var changed = course
        changed.questions.append(StudyCourse.question("b-3", lesson: "b", domain: "two"))
        try store.save(.courseOpened(changed, at: now))
        let plan = try store.practicePlan(course: changed, filter: .all, now: now, calendar: StudyCourse.utc, seed: 1)
        #expect(plan.questions.map(\.id).contains("b-3"))
    }

    @Test func statsListChaptersAndLessonsInCourseOrderWithTitles() throws {
        let store = try makeStore()
        try store.save(.answer(courseID: course.id, question: course.questions[2], option: 1, at: now))
        let stats = try store.stats(course: course, now: now, calendar: StudyCourse.utc, historyDays: 7)
        #expect(stats.domains.map(\.title) == ["One", "Two"])
        #expect(stats.lessons.map(\.title) == ["1. Alpha", "2. Beta"])
        #expect(stats.domains[1].accuracy.reviews == 1 && stats.domains[1].accuracy.correct == 0)
        #expect(stats.reviewsPerDay.count == 7 && stats.reviewsPerDay.last == StudyStats.Day(start: StudyCourse.utc.startOfDay(for: now), count: 1, correct: 0))
        #expect(stats.forecast.count == StudyStats.forecastDays)
        #expect(stats.exams.isEmpty && stats.attempts.isEmpty)
    }

    @Test func aSubmittedExamIsScoredInTheStatsAndTheHomeSummary() throws {
        let store = try makeStore()
        var generator = SeededGenerator(seed: 3)
        var session = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 3, at: now, using: &generator)
        try store.save(.examStarted(session.record))
        session.id = try #require(try store.openExam(courseID: course.id)?.id)
        for position in session.items.indices {
            let change = try session.answer(position, option: session.items[position].correctOption, at: now.addingTimeInterval(30))
            try store.save(.examChange(attempt: session.id ?? 0, change))
        }
        _ = try session.submit(at: now.addingTimeInterval(60))
        try store.save(.examSubmitted(session))
        let later = now.addingTimeInterval(120)
        let stats = try store.stats(course: course, now: later, calendar: StudyCourse.utc)
        #expect(stats.exams.count == 1 && stats.exams[0].percent == 100 && stats.exams[0].passed)
        #expect(stats.exams[0].domains.map(\.domain) == ["one", "two"])
        let summary = try store.homeSummary(course: course, now: later, calendar: StudyCourse.utc)
        #expect(summary.lastExam?.id == session.id && summary.lastExam?.passed == true)
        #expect(try store.examHistory(courseID: course.id).map(\.correct) == [2])
    }

    @Test func streaksCountBackFromTodayOrYesterday() {
        #expect(HomeSummary.streak([]) == 0)
        #expect(HomeSummary.streak([3, 0, 2, 5]) == 2)
        #expect(HomeSummary.streak([3, 0, 2, 5, 0]) == 2)
        #expect(HomeSummary.streak([1, 1, 0, 0]) == 0)
        #expect(HomeSummary.longestStreak([1, 1, 0, 1, 1, 1, 0]) == 3)
    }
}
