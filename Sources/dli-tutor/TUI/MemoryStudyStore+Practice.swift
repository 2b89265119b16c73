import Course
import Foundation
import Quiz

/// The practice cards, reviews and exams of a `MemoryStudyStore`, kept the way
/// the database keeps them (cards of answered questions, the practice log, exam
/// records), with the engines doing every computation.
struct MemoryProgress {
    /// Cards of answered questions, by course and question id.
    var cards: [String: [String: FSRSCard]] = [:]
    /// Practice reviews, oldest first.
    var reviews: [(course: String, record: PracticeReviewRecord)] = []
    /// Every exam, numbered from 1 in order of creation.
    var exams: [ExamAttemptRecord] = []

    mutating func apply(_ write: StudyWrite, scheduler: FSRSScheduler) throws {
        switch write {
        case .practiceReview(let course, let record):
            cards[course, default: [:]][record.questionID] = record.newCard
            reviews.append((course, record))
        case .answer(let course, let question, let option, let time):
            let record = try PracticeReviewRecord.answering(question, option: option, at: time, card: cards[course]?[question.id],
                                                            scheduler: scheduler)
            try apply(.practiceReview(courseID: course, record), scheduler: scheduler)
        case .practiceUndo(let course, let record):
            guard let index = reviews.lastIndex(where: { $0.course == course && $0.record == record }) else {
                throw MemoryStudyStore.StoreFailure(message: "no review of \(record.questionID) at that time to undo")
            }
            reviews.remove(at: index)
            cards[course, default: [:]][record.questionID] = record.oldCard
        case .examStarted(var record):
            if let open = exams.first(where: { $0.course == record.course && $0.submittedAt == nil }) {
                throw MemoryStudyStore.StoreFailure(message: "exam \(open.id ?? 0) of \(record.course) is still in progress")
            }
            record.id = exams.count + 1
            exams.append(record)
        case .examChange(let attempt, let change):
            let index = try openExam(attempt)
            switch change {
            case .answered(let position, let chosen, let time):
                guard exams[index].items.indices.contains(position) else { throw noQuestion(attempt, position) }
                exams[index].items[position].chosen = chosen
                exams[index].items[position].answeredAt = time
            case .flagged(let position, let flagged):
                guard exams[index].items.indices.contains(position) else { throw noQuestion(attempt, position) }
                exams[index].items[position].flagged = flagged
            case .moved(let position):
                exams[index].position = position
            case .submitted:
                throw MemoryStudyStore.StoreFailure(message: "a submission must go through examSubmitted")
            }
        case .examClosed(let attempt, let time):
            let index = try openExam(attempt)
            exams[index].submittedAt = time
            exams[index].autoSubmitted = true
            exams[index].correct = nil
        case .examSubmitted(let session):
            guard let attempt = session.id, let time = session.submittedAt, let result = session.result() else {
                throw MemoryStudyStore.StoreFailure(message: "only a stored, submitted exam can be recorded as submitted")
            }
            let index = try openExam(attempt)
            exams[index] = session.record
            let known = cards[session.course] ?? [:]
            for review in result.cardReviews(at: time, scheduler: scheduler, card: { known[$0.id] ?? .new(at: time) }) {
                cards[session.course, default: [:]][review.question] = review.after
            }
        case .reading, .lessonCompleted, .bookmarks:
            break
        }
    }

    private func openExam(_ attempt: Int) throws -> Int {
        guard let index = exams.firstIndex(where: { $0.id == attempt }) else {
            throw MemoryStudyStore.StoreFailure(message: "there is no exam \(attempt)")
        }
        if exams[index].submittedAt != nil {
            throw MemoryStudyStore.StoreFailure(message: "exam \(attempt) was already submitted")
        }
        return index
    }

    private func noQuestion(_ attempt: Int, _ position: Int) -> Error {
        MemoryStudyStore.StoreFailure(message: "exam \(attempt) has no question \(position + 1)")
    }
}

extension MemoryStudyStore {
    func practicePlan(course: Course, filter: CardFilter, now: Date, calendar: Calendar, seed: UInt64) throws -> PracticePlan {
        let options = PracticeQueueOptions(
            newPerDay: newPerDay, newIntroducedToday: newIntroduced(course: course.id, since: calendar.startOfDay(for: now)),
            lessons: filter.lesson.map { [$0] }, domains: filter.domain.map { [$0] })
        var seen = Set<String>()
        let questions = course.questions.filter { options.includes($0) && seen.insert($0.id).inserted }
        let cards = (studied.cards[course.id] ?? [:]).filter { $0.value.lastReview != nil }
        var generator = SeededGenerator(seed: seed)
        let queue = PracticeQueue.build(questions: questions, cards: cards, at: now, scheduler: scheduler, options: options,
                                        using: &generator)
        return PracticePlan(queue: queue, questions: questions, cards: cards)
    }

    /// Questions practised for the first time since `start` (they count against the daily new limit).
    private func newIntroduced(course: String, since start: Date) -> Int {
        studied.reviews.count { $0.course == course && $0.record.time >= start && $0.record.oldCard?.lastReview == nil }
    }

    func nextDue(courseID: String) throws -> Date? {
        (studied.cards[courseID] ?? [:]).values.filter { $0.lastReview != nil }.map(\.due).min()
    }

    func openExam(courseID: String) throws -> ExamAttemptRecord? {
        studied.exams.last { $0.course == courseID && $0.submittedAt == nil }
    }

    func exam(courseID: String, id: Int) throws -> ExamAttemptRecord? {
        studied.exams.first { $0.course == courseID && $0.id == id }
    }

    func examExposure(courseID: String) throws -> [String: Date] {
        var seen: [String: Date] = [:]
        for exam in studied.exams where exam.course == courseID {
            for item in exam.items { seen[item.question] = max(seen[item.question] ?? .distantPast, exam.startedAt) }
        }
        return seen
    }

    func stats(course: Course, now: Date, calendar: Calendar) throws -> StudyStats {
        presetStats ?? StudyStats.empty(course: course, now: now, calendar: calendar)
    }
}

extension FSRSScheduler {
    /// py-fsrs's default settings, the ones every command uses.
    static let standard: FSRSScheduler = {
        do {
            return try FSRSScheduler()
        } catch {
            preconditionFailure("the FSRS default settings are valid: \(error)")
        }
    }()
}
