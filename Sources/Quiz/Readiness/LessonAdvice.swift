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
///
/// Far from the pass mark no lesson moves P(pass) by a tenth of a point
/// (`negligibleGain`); the advice then ranks lessons by the expected score
/// they add per minute instead, so a beginner still learns where to start.
public struct LessonAdvice: Equatable, Sendable {
    public var lessonID: String
    /// The lesson's questions the exam may draw.
    public var questions: Int
    public var minutes: Double
    /// P(pass) after the study minus P(pass) now.
    public var gain: Double
    /// Expected exam percent after the study minus now (percentage points).
    public var scoreGain: Double = 0
    public var gainPerMinute: Double { minutes > 0 ? gain / minutes : 0 }
    /// Whether the advice was ranked by `scoreGain`, P(pass) moving too little.
    public var rankedByScore: Bool { gain < Self.negligibleGain }

    /// A P(pass) gain below a tenth of a percentage point.
    public static let negligibleGain = 0.001

    public init(lessonID: String, questions: Int, minutes: Double, gain: Double, scoreGain: Double = 0) {
        self.lessonID = lessonID
        self.questions = questions
        self.minutes = minutes
        self.gain = gain
        self.scoreGain = scoreGain
    }

    /// The best lesson at `time`, nil when no lesson would raise P(pass)
    /// (ties: the earlier lesson). `completed` holds the lessons read to the end.
    public static func best(model: ReadinessModel, cards: [String: FSRSCard], at time: Date, completed: Set<String>,
                            secondsPerAnswer: Double) -> LessonAdvice? {
        best(forecast: model.forecast(cards: cards, at: time), course: model.course, pools: model.pools, completed: completed,
             secondsPerAnswer: secondsPerAnswer)
    }

    /// The best lesson given today's forecast (made over `pools`, as
    /// `ReadinessModel` makes it): only the domains holding a lesson's
    /// questions are recomputed for it, the others' distributions reused.
    public static func best(forecast now: ReadinessForecast, course: Course, pools: ExamPools, completed: Set<String>,
                            secondsPerAnswer: Double) -> LessonAdvice? {
        var lessonIndex: [String: Int] = [:]
        for (index, lesson) in course.lessons.enumerated() where lessonIndex[lesson.id] == nil { lessonIndex[lesson.id] = index }
        // The lesson of each pool question, as an index into `course.lessons` (-1: none).
        let lessonsOf = pools.pools.map { pool in pool.positions.map { lessonIndex[course.questions[$0].lesson] ?? -1 } }
        guard lessonsOf.count == now.domains.count else { return nil }
        var best: LessonAdvice?, bestByScore: LessonAdvice?
        for (index, lesson) in course.lessons.enumerated() {
            var count = 0
            var distribution = ScoreDistribution.none
            for (d, domain) in now.domains.enumerated() {
                guard lessonsOf[d].contains(index) else {
                    distribution = distribution.adding(domain.distribution)
                    continue
                }
                let studied = zip(domain.questions, zip(lessonsOf[d], pools.pools[d].positions)).map { question, tagged in
                    guard tagged.0 == index else { return question.probability }
                    count += 1
                    return course.questions[tagged.1].answerProbability(recall: 1)
                }
                distribution = distribution.adding(.drawing(domain.drawn, from: studied))
            }
            guard count > 0 else { continue }
            let reading = completed.contains(lesson.id) ? 0 : Double(lesson.minutes)
            let after = distribution.examForecast(passPercent: now.passPercent)
            let advice = LessonAdvice(lessonID: lesson.id, questions: count,
                                      minutes: reading + Double(count) * secondsPerAnswer / 60,
                                      gain: after.passProbability - now.passProbability,
                                      scoreGain: after.expectedPercent - now.expectedPercent)
            guard advice.minutes > 0 else { continue }
            if advice.gain > 1e-12, best.map({ advice.gainPerMinute > $0.gainPerMinute }) ?? true { best = advice }
            if advice.scoreGain > 1e-9, bestByScore.map({ advice.scoreGain / advice.minutes > $0.scoreGain / $0.minutes }) ?? true {
                bestByScore = advice
            }
        }
        if let best, best.gain >= negligibleGain { return best }
        return bestByScore ?? best
    }

    /// The best lesson given today's forecast of `course` (its pools built here).
    public static func best(forecast now: ReadinessForecast, course: Course, completed: Set<String>,
                            secondsPerAnswer: Double) -> LessonAdvice? {
        best(forecast: now, course: course, pools: ExamPools(course: course), completed: completed, secondsPerAnswer: secondsPerAnswer)
    }
}
