import Course
import Foundation

/// The lesson to study next: the one whose exam questions would raise today's
/// P(pass) most per minute of study.
///
/// Studying a lesson means reading it (its reading time, unless it is read to
/// the end) and answering each of its exam questions once, right (each answer
/// taking the learner's median time per answer). Right after that answer a
/// question is recalled for sure today (retrievability 1 at zero whole days),
/// so the gain is P(pass) with those questions at probability 1 minus P(pass)
/// now, both exact.
public struct LessonAdvice: Equatable, Sendable {
    public var lessonID: String
    /// The lesson's questions the exam may draw.
    public var questions: Int
    public var minutes: Double
    /// P(pass) after the study minus P(pass) now.
    public var gain: Double
    public var gainPerMinute: Double { minutes > 0 ? gain / minutes : 0 }

    public init(lessonID: String, questions: Int, minutes: Double, gain: Double) {
        self.lessonID = lessonID
        self.questions = questions
        self.minutes = minutes
        self.gain = gain
    }

    /// The best lesson at `time`, nil when no lesson would raise P(pass)
    /// (ties: the earlier lesson). `completed` holds the lessons read to the end.
    public static func best(model: ReadinessModel, cards: [String: FSRSCard], at time: Date, completed: Set<String>,
                            secondsPerAnswer: Double) -> LessonAdvice? {
        best(forecast: model.forecast(cards: cards, at: time), course: model.course, completed: completed,
             secondsPerAnswer: secondsPerAnswer)
    }

    /// The best lesson given today's forecast: only the domains holding a
    /// lesson's questions are recomputed for it.
    public static func best(forecast now: ReadinessForecast, course: Course, completed: Set<String>,
                            secondsPerAnswer: Double) -> LessonAdvice? {
        var lessonOf: [String: String] = [:]
        for question in course.questions where lessonOf[question.id] == nil { lessonOf[question.id] = question.lesson }
        let byID = Dictionary(course.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var best: LessonAdvice?
        for lesson in course.lessons {
            var count = 0
            let domains = now.domains.map { domain -> ReadinessForecast.Domain in
                guard domain.questions.contains(where: { lessonOf[$0.id] == lesson.id }) else { return domain }
                return ReadinessForecast.Domain(id: domain.id, drawn: domain.drawn, questions: domain.questions.map { question in
                    guard lessonOf[question.id] == lesson.id, let full = byID[question.id] else { return question }
                    count += 1
                    return ReadinessForecast.QuestionForecast(id: question.id, probability: full.answerProbability(recall: 1), seen: true)
                })
            }
            guard count > 0 else { continue }
            let studied = ReadinessForecast(at: now.at, passPercent: now.passPercent, domains: domains, prior: now.prior)
            let reading = completed.contains(lesson.id) ? 0 : Double(lesson.minutes)
            let advice = LessonAdvice(lessonID: lesson.id, questions: count,
                                      minutes: reading + Double(count) * secondsPerAnswer / 60,
                                      gain: studied.passProbability - now.passProbability)
            guard advice.gain > 1e-12, advice.minutes > 0 else { continue }
            if best.map({ advice.gainPerMinute > $0.gainPerMinute }) ?? true { best = advice }
        }
        return best
    }
}
