import Course
import Foundation

extension ExamSession {
    /// Rebuilds a stored attempt: each question from its snapshot, or (an attempt
    /// stored before snapshots) from the course's current question of that id.
    public init(record: ExamAttemptRecord, course: Course) throws(ExamError) {
        var byID: [String: Question] = [:]
        for question in course.questions where byID[question.id] == nil { byID[question.id] = question }
        var items: [ExamItem] = []
        for item in record.items {
            guard let question = item.snapshot ?? byID[item.question] else { throw .questionMissing(item.question) }
            guard ExamItem.isValidOrder(item.optionOrder, optionCount: question.options.count) else {
                throw .optionsChanged(item.question)
            }
            items.append(ExamItem(question: question, optionOrder: item.optionOrder, answer: item.answer(for: question),
                                  confidence: item.confidence, answeredAt: item.answeredAt, flagged: item.flagged))
        }
        self.init(attempt: record.attempt, items: items, position: min(max(0, record.position), max(0, items.count - 1)))
    }

    /// The attempt as the store keeps it.
    public var record: ExamAttemptRecord {
        ExamAttemptRecord(
            attempt: attempt, position: position,
            correct: isSubmitted ? items.count { $0.isCorrect } : nil,
            items: items.map {
                var item = ExamAttemptRecord.Item(question: $0.question.id, domain: $0.question.domain, optionOrder: $0.optionOrder,
                                                  answeredAt: $0.answeredAt, flagged: $0.flagged, snapshot: $0.question)
                item.set($0.answer, confidence: $0.confidence)
                return item
            })
    }
}
