import Course
import Foundation
import Quiz
import Study

/// The exam date and the study plan: the pass chance today and on the exam day
/// with the plan, the workload chart, and the plan day by day. The date, the
/// daily minutes and the rest days are edited in place and saved as one write.
struct PlanScreen: Screen {
    enum Action: Sendable { case up, down, pageUp, pageDown, top, bottom, editDate, editMinutes, editRestDays, clear }
    enum FieldAction: Sendable { case confirm, cancel }

    /// What a field being edited sets.
    enum Setting: Equatable, Sendable {
        case date, minutes, restDays

        var label: String {
            switch self {
            case .date: return "Exam date (YYYY-MM-DD): "
            case .minutes: return "Minutes a day (empty: no limit): "
            case .restDays: return "Rest days (e.g. sat,sun; empty: none): "
            }
        }
    }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.char("e")], "e", "set the exam date", .editDate, footer: "exam date"),
        KeyBinding([.char("m")], "m", "minutes a day", .editMinutes, footer: "minutes"),
        KeyBinding([.char("r")], "r", "rest days (no new questions)", .editRestDays, footer: "rest days"),
        KeyBinding([.char("c")], "c", "remove the exam date", .clear),
        KeyBinding([.char("k"), .up], "k/↑", "scroll up", .up),
        KeyBinding([.char("j"), .down], "j/↓", "scroll down", .down),
        KeyBinding([.pageUp], "PgUp", "page up", .pageUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "page down", .pageDown),
        KeyBinding([.char("g"), .home], "g/Home", "first day", .top),
        KeyBinding([.char("G"), .end], "G/End", "last day", .bottom),
    ]

    static let fieldBindings: [KeyBinding<FieldAction>] = [
        KeyBinding([.enter], "Enter", "save", .confirm, footer: "save"),
        KeyBinding([.escape], "Esc", "cancel", .cancel, footer: "cancel"),
    ]

    private(set) var readiness: Readiness
    /// When the figures were read.
    private(set) var asOf: Date
    /// The setting being edited and its text, if any.
    private(set) var editing: Setting?
    private(set) var field = TextField()
    /// Why the last entry was refused.
    private(set) var problem: String?
    /// First day row shown in the table.
    private(set) var scroll = 0
    /// The terminal's size (the table's height follows from it).
    private(set) var size = Size(width: 80, height: 24)

    init(env: AppEnvironment) throws {
        asOf = env.now
        readiness = try env.store.readiness(course: env.course, now: asOf, calendar: env.calendar)
    }

    var title: String { "Exam plan" }
    var capturesText: Bool { editing != nil }
    var keyHelp: [KeyHelp] {
        editing == nil ? Self.bindings.keyHelp() : Self.fieldBindings.keyHelp() + TextField.keyHelp
    }

    var dayCount: Int { readiness.projection?.days.count ?? 0 }
    var visibleRows: Int { max(1, Self.layout(height: size.height, editing: editing != nil).tableRows) }
    var maxScroll: Int { max(0, dayCount - visibleRows) }

    mutating func resize(to size: Size, env: AppEnvironment) {
        self.size = size
        scroll = min(scroll, maxScroll)
    }

    /// Where the chart and the day table go on a screen `height` rows high.
    struct Layout: Equatable {
        var chart: Bool
        /// The row of the table's header.
        var tableY: Int
        var tableRows: Int
    }

    /// Header and a blank row, the field being edited (and its problem line),
    /// the settings, the pass chance and its detail, a blank row; then the
    /// chart when the table keeps a few rows; then the table to the footer.
    static func layout(height: Int, editing: Bool) -> Layout {
        let bottom = height - 1
        var y = 2 + (editing ? 2 : 0) + 4
        let chart = y + WorkloadChart.height + 4 < bottom
        if chart { y += 1 + WorkloadChart.rows + 1 }
        return Layout(chart: chart, tableY: y, tableRows: max(0, bottom - y - 1))
    }

    mutating func refresh(env: AppEnvironment) {
        guard let fresh = try? env.store.readiness(course: env.course, now: env.now, calendar: env.calendar) else { return }
        asOf = env.now
        readiness = fresh
        scroll = min(scroll, maxScroll)
    }

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        switch event {
        case .tick: return .ignored
        case .scroll(let lines):
            scroll = ScrollWindow.moved(scroll, by: lines, limit: maxScroll)
            return .none
        case .key(let key):
            if let setting = editing { return handleField(key, setting: setting, env: env) }
            guard let action: Action = Self.bindings.action(for: key) else { return .ignored }
            let page = max(1, visibleRows - 1)
            switch action {
            case .up, .down, .pageUp, .pageDown:
                let lines = action == .up ? -1 : action == .down ? 1 : action == .pageUp ? -page : page
                scroll = ScrollWindow.moved(scroll, by: lines, limit: maxScroll)
            case .top: scroll = 0
            case .bottom: scroll = maxScroll
            case .editDate: edit(.date, text: readiness.plan?.examDay.description ?? "")
            case .editMinutes, .editRestDays:
                guard let plan = readiness.plan else { return .message("Set the exam date first (e)") }
                if action == .editMinutes {
                    edit(.minutes, text: plan.minutesPerDay.map(String.init) ?? "")
                } else {
                    edit(.restDays, text: plan.restDayList)
                }
            case .clear:
                guard readiness.plan != nil else { return .message("No exam date to remove") }
                return .batch([.save(.examPlanCleared(courseID: env.course.id)), .replace(.plan), .message("Exam date removed")])
            }
            return .none
        }
    }

    private mutating func edit(_ setting: Setting, text: String) {
        editing = setting
        field = TextField(text)
        problem = nil
    }

    private mutating func handleField(_ key: Key, setting: Setting, env: AppEnvironment) -> Effect {
        if let action: FieldAction = Self.fieldBindings.action(for: key) {
            switch action {
            case .cancel:
                editing = nil
                problem = nil
            case .confirm:
                do {
                    let plan = try Self.plan(setting, text: field.text, current: readiness.plan, today: ExamDay(env.now, calendar: env.calendar))
                    return .batch([.save(.examPlanSet(courseID: env.course.id, plan, at: env.now)), .replace(.plan)])
                } catch {
                    problem = "\(error)"
                }
            }
            return .none
        }
        if field.handle(key) { problem = nil }
        return .none
    }

    /// The plan with `setting` set from `text`; an error says what is wrong.
    static func plan(_ setting: Setting, text: String, current: ExamPlan?, today: ExamDay) throws -> ExamPlan {
        let text = text.trimmingCharacters(in: .whitespaces)
        if setting == .date {
            let day = try ExamPlan.examDay(try ExamDay(text), today: today)
            return ExamPlan(examDay: day, minutesPerDay: current?.minutesPerDay, restDays: current?.restDays ?? [])
        }
        guard var plan = current else { throw ExamPlanError(message: "set the exam date first") }
        if setting == .minutes {
            plan.minutesPerDay = try ExamPlan.minutes(text)
        } else {
            plan.restDays = try ExamPlan.restDays(text)
        }
        return plan
    }
}
