import Course
import Foundation

/// Draws mock exams from a course's blueprint, and retakes of the questions
/// an attempt got wrong. Pure: randomness comes from the generator.
public enum ExamAssembler {
    /// A new exam: for each blueprint domain, its number of questions drawn at
    /// random from its pool (`Course.examPool`), questions the learner has not
    /// met in an exam yet first; only when a domain runs out of those does it
    /// reuse the least recently seen
    /// (`lastSeen`: when each question last appeared in an exam). Question order
    /// and every question's option order are shuffled; the answer key follows.
    /// A domain with fewer questions than the blueprint asks gives all it has.
    /// Recall cards are never drawn; a `number` question is asked with its truth
    /// resolved (and left out if it cannot be computed); a template is asked as a
    /// variant drawn now (a random draw number), kept with the exam.
    public static func assemble<G: RandomNumberGenerator>(
        course: Course, lastSeen: [String: Date], seed: UInt64, at now: Date, using generator: inout G
    ) -> ExamSession {
        var picked: [Question] = []
        for domain in course.exam.domains {
            let drawn = draw(domain.questions, from: course.examPool(domain.chapter), lastSeen: lastSeen, using: &generator)
            picked += drawn.compactMap { question in
                question.isTemplate ? examQuestion(question, draw: Int.random(in: 1...9999, using: &generator)) : examQuestion(question)
            }
        }
        picked.shuffle(using: &generator)
        let items = picked.map { ExamItem(question: $0, optionOrder: shuffledOrder($0.options.count, using: &generator)) }
        let limit = TimeInterval(course.exam.minutes) * 60
        return ExamSession(course: course.id, seed: seed, startedAt: now, deadline: now.addingTimeInterval(limit),
                           passPercent: course.exam.passPercent, items: items)
    }

    /// An exam of only the questions `attempt` got wrong or left blank, in a new
    /// order with newly shuffled options. Timed, it allows the blueprint's time
    /// per question (45 min / 15 = 3 min each); untimed, it has no deadline.
    public static func retake<G: RandomNumberGenerator>(
        of attempt: ExamSession, blueprint: ExamBlueprint, timed: Bool, seed: UInt64, at now: Date, using generator: inout G
    ) throws(ExamError) -> ExamSession {
        guard attempt.isSubmitted else { throw .notSubmitted }
        var questions = attempt.items.filter { !$0.isCorrect }.map(\.question)
        guard !questions.isEmpty else { throw .nothingToRetake }
        questions.shuffle(using: &generator)
        let items = questions.map { ExamItem(question: $0, optionOrder: shuffledOrder($0.options.count, using: &generator)) }
        var deadline: Date?
        if timed {
            let perQuestion = TimeInterval(blueprint.minutes) * 60 / TimeInterval(max(1, blueprint.questions))
            deadline = now.addingTimeInterval(perQuestion * TimeInterval(items.count))
        }
        return ExamSession(course: attempt.course, retakeOf: attempt.id, seed: seed, startedAt: now, deadline: deadline,
                           passPercent: attempt.passPercent, items: items)
    }

    /// `count` questions of `pool`: unseen ones first (at random), then the
    /// least recently seen (ties at random).
    static func draw<G: RandomNumberGenerator>(
        _ count: Int, from pool: [Question], lastSeen: [String: Date], using generator: inout G
    ) -> [Question] {
        var unseen = pool.filter { lastSeen[$0.id] == nil }
        unseen.shuffle(using: &generator)
        if unseen.count >= count { return Array(unseen.prefix(max(0, count))) }
        var seen = pool.filter { lastSeen[$0.id] != nil }
        seen.shuffle(using: &generator)
        let leastRecent = seen.enumerated().sorted { a, b in
            let dateA = lastSeen[a.element.id] ?? .distantPast, dateB = lastSeen[b.element.id] ?? .distantPast
            return dateA != dateB ? dateA < dateB : a.offset < b.offset
        }.map(\.element)
        return unseen + leastRecent.prefix(count - unseen.count)
    }

    /// The question as an exam asks it: nil for a recall card (and a number whose
    /// truth cannot be computed); a number question with its truth as its value;
    /// a template as its variant `draw` (nil if it cannot be drawn).
    public static func examQuestion(_ question: Question, draw: Int = 1) -> Question? {
        if question.isTemplate { return try? TemplateDrawing.draw(question, number: draw) }
        switch question.response {
        case .recall: return nil
        case .number(var key):
            guard case .success(let truth) = FigureChecker.truth(of: question) else { return nil }
            key.value = truth
            var resolved = question
            resolved.response = .number(key)
            return resolved
        case .choice, .choices, .text: return question
        }
    }

    static func shuffledOrder<G: RandomNumberGenerator>(_ count: Int, using generator: inout G) -> [Int] {
        var order = Array(0..<count)
        order.shuffle(using: &generator)
        return order
    }
}
