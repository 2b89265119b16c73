import Course
import Foundation
@testable import Quiz
import Study

/// A learner's past, stored the way the app stores it: practice reviews and
/// exam answers scheduled by the real FSRS scheduler in time order, exam
/// attempts with their answers, and reading progress. `archive` is a progress
/// export, which the fixtures import into the in-memory store.
struct LearnerHistory {
    let course: Course
    let now: Date
    private var events: [Event] = []
    private var exams: [ExamAttemptRecord] = []
    private var lessons: [LessonProgress] = []

    private struct Event {
        var time: Date
        var question: String
        var correct: Bool
        var exam: Int?
        var confidence: Confidence?
    }

    init(course: Course, now: Date) {
        self.course = course
        self.now = now
    }

    private func time(daysAgo: Double, minute: Int = 0) -> Date {
        now.addingTimeInterval(-daysAgo * 86_400 + Double(minute) * 60)
    }

    /// A practice answer to `question`, `daysAgo` days before `now` (plus `minute` minutes).
    mutating func practise(_ question: String, daysAgo: Double, minute: Int = 0, correct: Bool, confidence: Confidence? = nil) {
        events.append(Event(time: time(daysAgo: daysAgo, minute: minute), question: question, correct: correct, exam: nil,
                            confidence: confidence))
    }

    /// `count` practice answers on one day, cycling through the course's questions; every `wrongEvery`-th is wrong,
    /// and every third is marked not sure (when `confidence` is on).
    mutating func practiseDay(daysAgo: Double, count: Int, wrongEvery: Int = 4, confidence: Bool = false) {
        let ids = course.questions.map(\.id)
        guard !ids.isEmpty else { return }
        for k in 0..<count {
            practise(ids[k % ids.count], daysAgo: daysAgo, minute: k, correct: (k + 1) % wrongEvery != 0,
                     confidence: confidence ? (k % 3 == 2 ? .unsure : .sure) : nil)
        }
    }

    /// A submitted exam of `questions`, those in `right` answered rightly and the others wrongly
    /// (with the forecast stored when it started, if given).
    mutating func exam(_ id: Int, daysAgo: Double, questions: [String], right: Set<String>, retakeOf: Int? = nil,
                       autoSubmitted: Bool = false, minutes: Double = 7, forecast: ExamForecast? = nil) {
        let submitted = time(daysAgo: daysAgo)
        let started = submitted.addingTimeInterval(-minutes * 60)
        let byID = Dictionary(course.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let items = questions.compactMap { id -> ExamAttemptRecord.Item? in
            guard let question = byID[id] else { return nil }
            let chosen = right.contains(id) ? question.answer : (question.answer + 1) % question.options.count
            return ExamAttemptRecord.Item(question: id, domain: question.domain, optionOrder: Array(question.options.indices),
                                          chosen: chosen, answeredAt: started.addingTimeInterval(60))
        }
        let attempt = ExamAttempt(id: id, course: course.id, retakeOf: retakeOf, seed: UInt64(id), startedAt: started,
                                  deadline: started.addingTimeInterval(Double(course.exam.minutes) * 60),
                                  passPercent: course.exam.passPercent, submittedAt: submitted, autoSubmitted: autoSubmitted)
        exams.append(ExamAttemptRecord(
            attempt: attempt, correct: items.count { right.contains($0.question) }, items: items,
            forecast: forecast))
        for item in items {
            events.append(Event(time: submitted, question: item.question, correct: right.contains(item.question), exam: id,
                                confidence: nil))
        }
    }

    /// Reading progress of a lesson: the share read (`completed` marks it read).
    mutating func read(_ lesson: String, share: Double, completed: Bool = false, daysAgo: Double = 0) {
        lessons.append(LessonProgress(course: course.id, lesson: lesson, position: 0, percent: share * 100,
                                      completed: completed, updatedAt: time(daysAgo: daysAgo)))
    }

    /// Everything above as a progress export.
    func archive(scheduler: FSRSScheduler = .standard) -> ProgressArchive {
        var cards: [String: FSRSCard] = [:]
        var reviews: [ProgressArchive.Review] = []
        let byID = Dictionary(course.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for event in events.sorted(by: { $0.time < $1.time }) {
            guard let question = byID[event.question] else { continue }
            let before = cards[event.question] ?? FSRSCard.new(at: event.time)
            let rating: Rating = event.correct ? .good : .again
            cards[event.question] = scheduler.review(before, rating: rating, at: event.time).card
            reviews.append(ProgressArchive.Review(
                course: course.id, question: event.question, reviewedAt: event.time, rating: rating.name, correct: event.correct,
                chosen: event.correct ? question.answer : (question.answer + 1) % question.options.count,
                source: event.exam == nil ? .practice : .exam, exam: event.exam, before: ProgressArchive.CardState(before),
                answer: ReviewAnswer(response: nil, confidence: event.confidence)))
        }
        let archived = cards.keys.sorted().compactMap { id -> ProgressArchive.Card? in
            guard let question = byID[id], let card = cards[id] else { return nil }
            return ProgressArchive.Card(course: course.id, question: id, lesson: question.lesson, domain: question.domain,
                                        memory: ProgressArchive.CardState(card))
        }
        return ProgressArchive(cards: archived, reviews: reviews, exams: exams, lessons: lessons)
    }
}
