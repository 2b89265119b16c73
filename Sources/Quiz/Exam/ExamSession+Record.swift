import Course
import Foundation

extension ExamSession {
    /// Rebuilds a stored attempt against the course's current questions.
    public init(record: ExamAttemptRecord, course: Course) throws(ExamError) {
        var byID: [String: Question] = [:]
        for question in course.questions where byID[question.id] == nil { byID[question.id] = question }
        var items: [ExamItem] = []
        for item in record.items {
            guard let question = byID[item.question] else { throw .questionMissing(item.question) }
            guard ExamItem.isValidOrder(item.optionOrder, optionCount: question.options.count) else {
                throw .optionsChanged(item.question)
            }
            items.append(ExamItem(question: question, optionOrder: item.optionOrder, chosen: item.chosen,
                                  answeredAt: item.answeredAt, flagged: item.flagged))
        }
        self.init(id: record.id, course: record.course, retakeOf: record.retakeOf, seed: record.seed,
                  startedAt: record.startedAt, deadline: record.deadline, passPercent: record.passPercent, items: items,
                  position: min(max(0, record.position), max(0, items.count - 1)),
                  submittedAt: record.submittedAt, autoSubmitted: record.autoSubmitted)
    }

    /// The attempt as the store keeps it.
    public var record: ExamAttemptRecord {
        ExamAttemptRecord(
            id: id, course: course, retakeOf: retakeOf, seed: seed, startedAt: startedAt, deadline: deadline,
            passPercent: passPercent, position: position, submittedAt: submittedAt, autoSubmitted: autoSubmitted,
            correct: isSubmitted ? items.count { $0.isCorrect } : nil,
            items: items.map {
                ExamAttemptRecord.Item(question: $0.question.id, domain: $0.question.domain, optionOrder: $0.optionOrder,
                                       chosen: $0.chosen, answeredAt: $0.answeredAt, flagged: $0.flagged)
            })
    }
}
