import Course
import Foundation
import Quiz
import Study

/// The readiness forecast and the exam plan as JSON (`stats --json`, `plan --json`).
enum ReadinessJSON {
    static func forecast(_ forecast: ExamForecast?) -> JSONValue {
        guard let forecast else { return .null }
        return ["pass_probability": .number(forecast.passProbability), "expected_percent": .number(forecast.expectedPercent)]
    }

    /// `stats --json`'s `readiness` member.
    static func readiness(_ readiness: Readiness, course: Course) -> JSONValue {
        let forecast = readiness.forecast, prior = forecast.prior
        let interval = forecast.scoreInterval
        let domains: [JSONValue] = forecast.domains.map { domain in
            ["id": .string(domain.id), "drawn": .integer(domain.drawn), "expected_percent": .number(domain.expectedPercent),
             "questions": .array(domain.questions.map { ["id": .string($0.id), "p": .number($0.probability), "seen": .bool($0.seen)] })]
        }
        let priorJSON: JSONValue = [
            "method": .string("smoothed accuracy of first answers: overall = max(chance, (C + a·chance)/(N + a)), domain = max(chance_d, (c + a·overall)/(n + a))"),
            "strength": .number(ReadinessPrior.strength), "chance": .number(prior.chance),
            "first_answers": .integer(prior.firstAnswers.answers), "first_correct": .integer(prior.firstAnswers.correct),
            "overall": .number(prior.overall),
            "domains": .array(prior.domains.map {
                ["id": .string($0.id), "first_answers": .integer($0.firstAnswers.answers), "first_correct": .integer($0.firstAnswers.correct),
                 "chance": .number($0.chance), "p": .number($0.probability)]
            }),
        ]
        let lesson: JSONValue = readiness.nextLesson.map { advice in
            ["id": .string(advice.lessonID), "questions": .integer(advice.questions), "minutes": .number(advice.minutes),
             "gain": .number(advice.gain), "score_gain": .number(advice.scoreGain), "ranked_by": .string(advice.rankedByScore ? "score" : "pass")]
        } ?? .null
        let plan: JSONValue = readiness.projection.map { projection in
            ["exam_date": .string(projection.examDay.description), "pass_probability": .number(projection.forecast.passProbability),
             "expected_percent": .number(projection.forecast.expectedPercent)]
        } ?? .null
        return [
            "at": .string(ISO8601Timestamp.format(forecast.at)),
            "pass_probability": .number(forecast.passProbability),
            "expected_percent": .number(forecast.expectedPercent),
            "score_interval": [.number(interval.lowerBound), .number(interval.upperBound)],
            "questions": .integer(forecast.questions),
            "pass_percent": .number(forecast.passPercent),
            "domains": .array(domains),
            "weakest_domain": forecast.weakestDomain.map { .string($0.id) } ?? .null,
            "prior": priorJSON,
            "next_lesson": lesson,
            "seconds_per_answer": .number(readiness.pace.seconds),
            "plan": plan,
            "brier": readiness.audit.brier.map { .number($0) } ?? .null,
            "audited_exams": .integer(readiness.audit.entries.count),
            "calibration": .array(readiness.audit.calibrationLines.map {
                ["from": .number($0.lower), "to": .number($0.upper), "exams": .integer($0.forecasts), "passed": .integer($0.outcomes)]
            }),
        ]
    }

    /// `plan --json`.
    static func plan(_ readiness: Readiness, course: Course) -> JSONValue {
        let projection = readiness.projection
        let days: [JSONValue] = (projection?.days ?? []).map { day in
            ["date": .string(day.date.description), "reviews": .number(day.reviews), "new": .integer(day.new),
             "minutes": .number(day.minutes),
             "new_by_domain": .object(course.exam.domains.compactMap { domain in
                 day.newByDomain[domain.chapter].map { (domain.chapter, .integer($0)) }
             }),
             "rest": .bool(day.rest), "final_review": .bool(day.finalReview)]
        }
        return [
            "course": .string(course.id),
            "exam_date": readiness.plan.map { .string($0.examDay.description) } ?? .null,
            "minutes_per_day": readiness.plan?.minutesPerDay.map { .integer($0) } ?? .null,
            "rest_days": .array((readiness.plan?.restDays.sorted() ?? []).map { .string($0.name) }),
            "days": .array(days),
            "forecast": forecast(projection?.forecast),
            "today": forecast(readiness.forecast.exam),
            "domains": .array((projection?.domains ?? []).map { ["id": .string($0.id), "expected_percent": .number($0.expectedPercent)] }),
            "unseen_at_exam": projection.map { .integer($0.unseenAtExam) } ?? .null,
            "seconds_per_answer": .number(readiness.pace.seconds),
            "runs": projection.map { .integer($0.runs) } ?? .null,
            "seed": projection.map { .string(String($0.seed)) } ?? .null,
        ]
    }
}
