import Course
import Foundation
import Quiz

/// The figures of the home and stats screens (and `dli-tutor stats`).
extension ProgressStudyStore {
    public func homeSummary(course: Course, now: Date, calendar: Calendar) throws -> HomeSummary {
        let stats = try store.stats(course: course.id, at: now, scheduler: scheduler, calendar: calendar)
        let candidates = try store.practiceCandidates(course: course.id, dueBy: now, startOfDay: calendar.startOfDay(for: now))
        let progress = try store.readingProgress(course: course.id)
        let lessonIDs = Set(course.lessons.map(\.id))
        let completed = progress.filter { $0.completed && lessonIDs.contains($0.lesson) }.count
        let unfinished = progress.filter { !$0.completed && lessonIDs.contains($0.lesson) }
        let days = stats.reviewsPerDay.map(\.reviews)
        let open = try store.openAttempt(course: course.id).map { record in
            HomeSummary.OpenExam(deadline: record.deadline, answered: record.items.count { $0.chosen != nil },
                                 questions: record.items.count)
        }
        return HomeSummary(
            lessonsTotal: course.lessons.count, lessonsCompleted: completed,
            questionsTotal: course.questions.count, questionsMastered: stats.cards.review,
            dueReviews: stats.dueToday,
            newCards: min(candidates.new.count,
                          max(0, try newQuota(course: course, filter: .all, now: now, calendar: calendar).newPerDay - candidates.newIntroducedToday)),
            lastExam: stats.exams.last { $0.isScored },
            reviewsPerDay: days, streakDays: HomeSummary.streak(days),
            continueLessonID: unfinished.max { $0.updatedAt < $1.updatedAt }?.lesson, openExam: open)
    }

    /// The most frequent named mistakes still in the bank, with their sentences.
    func frequentMistakes(course: Course) throws -> [StudyStats.Mistake] {
        let byID = questionsByID(course)
        return try store.mistakeCounts(course: course.id).compactMap { row in
            guard let says = byID[row.question].flatMap({ TemplateFeedback.mistake(row.mistake, of: $0) }) else { return nil }
            return StudyStats.Mistake(questionID: row.question, index: row.mistake, says: says, count: row.count)
        }.prefix(StudyStats.mistakesShown).map { $0 }
    }

    /// Exams whose per-domain scores the stats screen shows: the latest ones.
    static var examsWithDomains: Int { 24 }

    public func stats(course: Course, now: Date, calendar: Calendar, historyDays: Int) throws -> StudyStats {
        let progress = try store.stats(course: course.id, at: now, scheduler: scheduler, calendar: calendar, days: historyDays)
        let horizon = calendar.date(byAdding: .day, value: StudyStats.forecastDays, to: calendar.startOfDay(for: now)) ?? now
        let forecast = FSRSForecast.dueCounts(dueDates: try store.dueDates(course: course.id, before: horizon), from: now,
                                              dayCount: StudyStats.forecastDays, timeZone: calendar.timeZone)
        let scored = progress.exams.filter(\.isScored)
        var exams: [StudyStats.Exam] = []
        for (index, summary) in scored.enumerated() {
            var domains: [ExamResult.DomainScore] = []
            if index >= scored.count - Self.examsWithDomains, let record = try store.attempt(summary.id),
               let result = result(of: record, course: course) {
                domains = result.domains
            }
            exams.append(StudyStats.Exam(summary: summary, domains: domains))
        }
        return StudyStats(
            exams: exams, attempts: progress.exams,
            domains: StudyStats.domainRows(progress, course: course), lessons: StudyStats.lessonRows(progress, course: course),
            cards: progress.cards,
            reviewsPerDay: progress.reviewsPerDay.map { StudyStats.Day(start: $0.start, count: $0.reviews, correct: $0.correct) },
            dueToday: progress.dueToday,
            forecast: zip(forecast.starts, forecast.counts).map { StudyStats.Day(start: $0, count: $1) },
            predictedRetention: progress.predictedRetention, predictedRetentionInAWeek: progress.predictedRetentionInAWeek,
            calibration: progress.calibration, mistakes: try frequentMistakes(course: course))
    }
}
