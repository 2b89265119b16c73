import Course
import Foundation
import Quiz

/// The readiness forecast, the exam plan's projection (cached in the store)
/// and the forecast stored with each exam attempt.
extension ProgressStudyStore {
    public func readiness(course: Course, now: Date, calendar: Calendar) throws -> Readiness {
        let inputs = try readinessInputs(course: course)
        let forecast = inputs.model.forecast(cardsByPosition: inputs.cards, at: now)
        let completed = Set(try store.readingProgress(course: course.id).filter(\.completed).map(\.lesson))
        let stored = try store.examPlan(course: course.id)
        return Readiness(
            forecast: forecast,
            nextLesson: LessonAdvice.best(forecast: forecast, course: course, pools: inputs.model.pools, completed: completed,
                                          secondsPerAnswer: inputs.pace.seconds),
            pace: inputs.pace, plan: stored?.plan,
            projection: try stored.flatMap { try projection(of: $0, course: course, inputs: inputs, now: now, calendar: calendar) },
            audit: ForecastAudit(exams: try store.attemptSummaries(course: course.id)))
    }

    /// What every forecast of a course starts from: its model (with the prior
    /// from first answers), the answered cards by bank position and the learner's pace.
    struct ReadinessInputs {
        var model: ReadinessModel
        var cards: [Int: FSRSCard]
        var pace: AnswerPace

        /// The answered cards by question id.
        var cardsByID: [String: FSRSCard] {
            let questions = model.course.questions
            var out: [String: FSRSCard] = [:]
            for (position, card) in cards where questions.indices.contains(position) { out[questions[position].id] = card }
            return out
        }
    }

    func readinessInputs(course: Course) throws -> ReadinessInputs {
        let pools = examPools(course)
        let prior = ReadinessPrior(course: course, pools: pools, firstAnswers: try store.firstAnswers(course: course.id))
        return ReadinessInputs(
            model: ReadinessModel(course: course, scheduler: scheduler, prior: prior, pools: pools),
            cards: try store.answeredCards(course: course.id),
            pace: AnswerPace(times: try store.recentPracticeTimes(course: course.id, limit: AnswerPace.window + 1)))
    }

    /// What a stored projection was made for besides the reviews: the day it
    /// starts, the time zone, the bank and the plan's settings (and the model's
    /// version). A projection made for this base is usable; one also made after
    /// the latest review (`#revision`) is current.
    func projectionBase(_ stored: StoredExamPlan, courseID: String, now: Date, calendar: Calendar) throws -> String {
        let plan = stored.plan
        return ["readiness-1", ExamDay(now, calendar: calendar).description, calendar.timeZone.identifier,
                try store.bankFingerprint(course: courseID) ?? "", plan.examDay.description,
                plan.minutesPerDay.map(String.init) ?? "-", plan.restDayList].joined(separator: "|")
    }

    /// The stored projection when it is usable for `base`.
    func storedProjection(_ stored: StoredExamPlan, base: String) -> PlanProjection? {
        guard let key = stored.projectionKey, key.hasPrefix(base + "#"), let data = stored.projection else { return nil }
        return try? Self.projectionDecoder.decode(PlanProjection.self, from: data)
    }

    /// The projection of `stored` at `now`: the stored one when it is usable
    /// (made today for these settings; the latest reviews may not be in it yet,
    /// see `storeProjection`), else computed and kept in memory (a read never
    /// writes). nil once the exam day has begun.
    func projection(of stored: StoredExamPlan, course: Course, inputs: ReadinessInputs?, now: Date,
                    calendar: Calendar) throws -> PlanProjection? {
        let base = try projectionBase(stored, courseID: course.id, now: now, calendar: calendar)
        if let usable = storedProjection(stored, base: base) { return usable }
        return try computedProjection(of: stored, course: course, key: "\(base)#\(stored.revision)", inputs: inputs, now: now,
                                      calendar: calendar)
    }

    /// The projection simulated now for `key` (once per key in this process).
    private func computedProjection(of stored: StoredExamPlan, course: Course, key: String, inputs: ReadinessInputs?, now: Date,
                                    calendar: Calendar) throws -> PlanProjection? {
        if let known = projections[course.id], known.key == key { return known.projection }
        let inputs = try inputs ?? readinessInputs(course: course)
        let start = calendar.startOfDay(for: now)
        let today = PlanSimulator.Today(introduced: try store.introducedInPractice(course: course.id, since: start),
                                        answers: try store.answerCount(course: course.id, since: start))
        let simulator = PlanSimulator(model: inputs.model, plan: stored.plan, calendar: calendar, secondsPerAnswer: inputs.pace.seconds)
        guard let projection = simulator.project(cards: inputs.cardsByID, today: today, now: now,
                                                 seed: PlanSimulator.seed(course: course.id, examDay: stored.plan.examDay)) else {
            return nil
        }
        projections[course.id] = (key, projection)
        return projection
    }

    /// When a write brings the stored projection up to date.
    enum ProjectionRefresh {
        /// Opening the course: only when none is usable (a new day, new settings), so a start reads it.
        case unlessUsable
        /// A practice answer: when it misses reviews and is older than `projectionInterval` (or unusable).
        case afterReviews
        /// A plan set or an exam handed in: whenever it misses something.
        case now
    }

    /// While practising, the projection is recomputed at most this often (seconds).
    static var projectionInterval: TimeInterval { 120 }

    /// Brings the stored projection of an opened course up to date after a
    /// change, by `refresh`'s rule; nothing without a plan. The projection is
    /// derived data: when it cannot be stored the learner's write still stands
    /// (it committed first) and the next read simulates it again.
    func refreshProjection(courseID: String, now: Date, refresh: ProjectionRefresh) {
        try? storeProjection(courseID: courseID, now: now, refresh: refresh)
    }

    private func storeProjection(courseID: String, now: Date, refresh: ProjectionRefresh) throws {
        guard let course = courses[courseID], let stored = try store.examPlan(course: courseID) else { return }
        let base = try projectionBase(stored, courseID: courseID, now: now, calendar: calendar)
        let key = "\(base)#\(stored.revision)"
        guard stored.projectionKey != key else { return }
        if let usable = storedProjection(stored, base: base) {
            switch refresh {
            case .unlessUsable: return
            case .afterReviews where now.timeIntervalSince(usable.computedAt) < Self.projectionInterval: return
            case .afterReviews, .now: break
            }
        }
        guard let projection = try computedProjection(of: stored, course: course, key: key, inputs: nil, now: now,
                                                      calendar: calendar) else { return }
        try store.saveProjection(try Self.projectionEncoder.encode(projection), key: key, course: courseID)
    }

    /// The forecast for an attempt's own questions as it starts; nil when its
    /// course was not opened or lost one of them.
    func forecast(of record: ExamAttemptRecord) throws -> ExamForecast? {
        guard let course = courses[record.course] else { return nil }
        let byID = questionsByID(course)
        let questions = record.items.compactMap { byID[$0.question] }
        guard questions.count == record.items.count, !questions.isEmpty else { return nil }
        let pools = examPools(course)
        let prior = ReadinessPrior(course: course, pools: pools, firstAnswers: try store.firstAnswers(course: course.id))
        let cards = try store.cards(course: course.id, questions: questions.map(\.id)).compactMapValues { $0.isNew ? nil : $0.card }
        return ReadinessModel(course: course, scheduler: scheduler, prior: prior, pools: pools)
            .attemptForecast(questions: questions, cards: cards, at: record.startedAt, passPercent: record.passPercent)
    }

    static var projectionEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    static var projectionDecoder: JSONDecoder { JSONDecoder() }
}
