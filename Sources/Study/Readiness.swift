import Foundation
import Quiz

/// What the home and stats screens, `stats` and `plan` show about the exam:
/// the forecast now, the lesson to study next, the exam plan with its
/// projection, and the audit of past forecasts.
public struct Readiness: Equatable, Sendable {
    /// The forecast at the time of reading.
    public var forecast: ReadinessForecast
    /// The lesson whose questions would raise today's P(pass) most per minute; nil if none would.
    public var nextLesson: LessonAdvice?
    /// The time per answer the advice and the plan count with.
    public var pace: AnswerPace
    /// The course's exam plan, if a date is set.
    public var plan: ExamPlan?
    /// The plan's projection; nil without a plan or once the exam day has begun.
    public var projection: PlanProjection?
    /// Forecasts of past exams against their results.
    public var audit: ForecastAudit

    public init(forecast: ReadinessForecast, nextLesson: LessonAdvice?, pace: AnswerPace, plan: ExamPlan?,
                projection: PlanProjection?, audit: ForecastAudit) {
        self.forecast = forecast
        self.nextLesson = nextLesson
        self.pace = pace
        self.plan = plan
        self.projection = projection
        self.audit = audit
    }
}
