import ArgumentParser
import Course
import Foundation
import Quiz
import Study

/// `dli-tutor plan`: the exam date, the day-by-day plan until then and the
/// forecast on the exam day if it is followed.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Set your exam date and see a day-by-day plan and your pass chance on the day.",
        discussion: """
            With a date set (per course), practice follows the plan. New questions: each day before the \
            last three takes an even share of the exam questions you have not met, heavy blueprint domains \
            and weak ones first; rest days take none; with --minutes-per-day a day takes only what fits \
            (each new question counted as three answers). Reviews: a question whose next review would fall \
            on or after the exam day, last answered before the final three days, is asked on one of those \
            days instead, so every question is reviewed just before the exam. The projection simulates \
            your future answers with the same memory model (FSRS-6 with the guessing floor, new questions \
            at your first-answer accuracy) 100 times from a seed of the course and the date, and gives the \
            exact pass chance over the questions' mean recall on the exam day. The time per answer is your \
            median over your last 200 practice answers (20 s before there are enough).
            """
    )

    @OptionGroup var options: CourseOptions

    @Option(name: .customLong("exam-date"), help: ArgumentHelp("Set the exam date (a day after today).", valueName: "YYYY-MM-DD"))
    var examDate: String?

    @Option(name: .customLong("minutes-per-day"), help: ArgumentHelp("Minutes of practice a day (default: no limit).", valueName: "n"))
    var minutesPerDay: Int?

    @Option(name: .customLong("rest-days"), help: ArgumentHelp("Weekdays without new questions, e.g. sat,sun ('' for none).", valueName: "days"))
    var restDays: String?

    @Flag(help: "Remove the exam date (practice goes back to its daily limits).")
    var clear = false

    @Flag(help: "Print {exam_date, days: [{date, reviews, new, minutes}], forecast: {pass_probability, expected_percent}, …} as JSON.")
    var json = false

    func validate() throws {
        if let minutesPerDay, !ExamPlan.minutesRange.contains(minutesPerDay) {
            throw ValidationError("--minutes-per-day must be from \(ExamPlan.minutesRange.lowerBound) to \(ExamPlan.minutesRange.upperBound)")
        }
        if clear && (examDate != nil || minutesPerDay != nil || restDays != nil) {
            throw ValidationError("--clear takes no other setting")
        }
        if let examDate { _ = try Self.day(examDate) }
        if let restDays { _ = try Self.rest(restDays) }
    }

    static func day(_ text: String) throws -> ExamDay {
        do { return try ExamDay(text) } catch { throw ValidationError("--exam-date: \(error)") }
    }

    static func rest(_ text: String) throws -> Set<ExamPlan.Weekday> {
        do { return try ExamPlan.restDays(text) } catch { throw ValidationError("--rest-days: \(error)") }
    }

    func run() throws {
        let (context, course) = try options.load()
        let study = try context.openStudy(course)
        let now = Date(), calendar = Calendar.current
        if clear {
            let had = try study.readiness(course: course, now: now, calendar: calendar).plan != nil
            try study.save(.examPlanCleared(courseID: course.id))
            if json {
                print(ReadinessJSON.plan(try study.readiness(course: course, now: now, calendar: calendar), course: course).serialized())
            } else {
                print(had ? "The exam date of \(course.id) is removed." : "\(course.id) had no exam date.")
            }
            return
        }
        if examDate != nil || minutesPerDay != nil || restDays != nil {
            let stored = try study.readiness(course: course, now: now, calendar: calendar).plan
            guard let day = try examDate.map(Self.day) ?? stored?.examDay else {
                throw CommandFailure("no exam date set for \(course.id): give one with --exam-date YYYY-MM-DD")
            }
            do {
                _ = try ExamPlan.examDay(day, today: ExamDay(now, calendar: calendar))
            } catch {
                throw CommandFailure("--exam-date: \(error)", status: 2)
            }
            let plan = ExamPlan(examDay: day, minutesPerDay: minutesPerDay ?? stored?.minutesPerDay,
                                restDays: try restDays.map(Self.rest) ?? stored?.restDays ?? [])
            try study.save(.examPlanSet(courseID: course.id, plan, at: now))
        }
        let readiness = try study.readiness(course: course, now: now, calendar: calendar)
        if json {
            print(ReadinessJSON.plan(readiness, course: course).serialized())
        } else {
            Self.text(readiness, course: course, now: now, calendar: calendar).forEach { print($0) }
        }
    }

    static func text(_ readiness: Readiness, course: Course, now: Date, calendar: Calendar) -> [String] {
        let today = "pass chance \(ReadinessText.chance(readiness.forecast.passProbability)) today (expected score \(StudyFormat.percent(readiness.forecast.expectedPercent)))"
        guard let plan = readiness.plan else {
            return ["\(course.title): no exam date set; \(today).",
                    "Set one with: dli-tutor plan --exam-date YYYY-MM-DD [--minutes-per-day N] [--rest-days sat,sun]"]
        }
        var settings = [plan.minutesPerDay.map { "\($0) min a day" } ?? "no daily limit"]
        if !plan.restDays.isEmpty { settings.append("rest days: " + plan.restDays.sorted().map(\.name).joined(separator: ", ")) }
        guard let projection = readiness.projection else {
            return ["\(course.title): the exam date \(plan.examDay) has passed; \(today).",
                    "Set a new one with --exam-date YYYY-MM-DD, or remove it with --clear."]
        }
        let days = projection.days.count
        var lines = ["\(course.title) — exam on \(plan.examDay) (in \(StudyFormat.count(days, "day"))) · " + settings.joined(separator: " · ")]
        lines.append("Forecast: \(today); on \(plan.examDay) with the plan \(ReadinessText.chance(projection.forecast.passProbability)) "
            + "(expected score \(StudyFormat.percent(projection.forecast.expectedPercent))).")
        let introduced = projection.days.reduce(0) { $0 + $1.new }
        let pace = readiness.pace.gaps > 0 ? "your median over \(readiness.pace.gaps) gaps between answers"
            : "assumed until you have practised more"
        lines.append("Plan: \(StudyFormat.count(introduced, "new question")) and the reviews they bring, "
            + "\(ReadinessText.minutes(projection.totalMinutes)) in all at \(String(format: "%.0f", projection.secondsPerAnswer)) s an answer (\(pace)).")
        if projection.unseenAtExam > 0 {
            lines.append("The daily minutes leave \(StudyFormat.count(projection.unseenAtExam, "exam question")) unseen by the exam day.")
        }
        lines.append("")
        lines.append("date        day   reviews   new   minutes")
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        for day in projection.days {
            let weekday = weekdays[(calendar.component(.weekday, from: day.date.start(in: calendar)) + 6) % 7]
            var line = "\(day.date)  \(weekday)  " + String(format: "%8.0f", day.reviews) + String(day.new).leftPadded(to: 6)
                + ReadinessText.dayMinutes(day.minutes).leftPadded(to: 10)
            var notes: [String] = []
            if day.rest { notes.append("rest day") }
            if day.finalReview { notes.append("final review") }
            let domains = course.exam.domains.compactMap { domain in day.newByDomain[domain.chapter].map { "\(domain.chapter) \($0)" } }
            if !domains.isEmpty { notes.append("new: " + domains.joined(separator: ", ")) }
            if !notes.isEmpty { line += "   " + notes.joined(separator: "; ") }
            lines.append(line)
        }
        lines.append("")
        lines.append("Projection: \(projection.runs) simulated futures (seed \(projection.seed)); expected per chapter on the exam day: "
            + projection.domains.map { "\(course.chapter(id: $0.id)?.title ?? $0.id) \(StudyFormat.percent($0.expectedPercent))" }.joined(separator: ", ") + ".")
        return lines
    }
}
