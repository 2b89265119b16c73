import Course
import Foundation
import Study

/// The first screen: the course, the learner's progress, today's work, the
/// last mock exam, recent activity, the pass forecast (with the weakest domain
/// and the lesson to study next), and shortcuts to everything else.
struct HomeScreen: Screen {
    enum Action: Sendable {
        case up, down, open
        case go(Item)
    }

    /// A shortcut of the home menu.
    enum Item: CaseIterable, Sendable {
        case continueReading, lessons, practice, exam, plan, calculators, stats, switchCourse
    }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.char("k"), .up], "k/↑", "previous item", .up),
        KeyBinding([.char("j"), .down], "j/↓", "next item", .down),
        KeyBinding([.enter, .right], "Enter", "open the selected item", .open, footer: "open"),
        KeyBinding([.char("c")], "c", "continue reading", .go(.continueReading), footer: "continue"),
        KeyBinding([.char("l")], "l", "lessons", .go(.lessons), footer: "lessons"),
        KeyBinding([.char("p")], "p", "practise due and new questions", .go(.practice), footer: "practise"),
        KeyBinding([.char("e")], "e", "take a mock exam", .go(.exam)),
        KeyBinding([.char("d")], "d", "exam date and study plan", .go(.plan)),
        KeyBinding([.char("x")], "x", "calculators", .go(.calculators), footer: "calculators"),
        KeyBinding([.char("s")], "s", "stats", .go(.stats)),
        KeyBinding([.char("o")], "o", "switch course", .go(.switchCourse)),
    ]

    private(set) var summary: HomeSummary
    private(set) var readiness: Readiness
    private(set) var selected = 0
    private var readings: [String: LessonReading]
    /// When the summary was read ("2 days ago" counts from here).
    private(set) var asOf: Date

    init(env: AppEnvironment) throws {
        asOf = env.now
        summary = try env.store.homeSummary(course: env.course, now: asOf, calendar: env.calendar)
        readiness = try env.store.readiness(course: env.course, now: asOf, calendar: env.calendar)
        readings = try env.store.readings(courseID: env.course.id)
    }

    var title: String { "Home" }
    var keyHelp: [KeyHelp] { Self.bindings.keyHelp() }

    mutating func refresh(env: AppEnvironment) {
        asOf = env.now
        if let fresh = try? env.store.homeSummary(course: env.course, now: asOf, calendar: env.calendar) { summary = fresh }
        if let fresh = try? env.store.readiness(course: env.course, now: asOf, calendar: env.calendar) { readiness = fresh }
        if let fresh = try? env.store.readings(courseID: env.course.id) { readings = fresh }
    }

    /// The countdown of an exam in progress moves every second.
    var tickInterval: Double? { summary.openExam?.deadline == nil ? nil : 1 }

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        if case .tick = event {
            asOf = env.now
            return .none
        }
        guard case .key(let key) = event, let action: Action = Self.bindings.action(for: key) else { return .ignored }
        let items = Item.allCases
        switch action {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(items.count - 1, selected + 1)
        case .open: return effect(for: items[selected], env: env)
        case .go(let item):
            selected = items.firstIndex(of: item) ?? selected
            return effect(for: item, env: env)
        }
        return .none
    }

    private func effect(for item: Item, env: AppEnvironment) -> Effect {
        switch item {
        case .continueReading:
            guard let lesson = continueLesson(in: env.course) else { return .message("This course has no lessons") }
            return .open(.reader(lessonID: lesson.id))
        case .lessons: return .open(.lessons)
        case .practice: return .open(.practice)
        case .exam: return .open(.exam)
        case .plan: return .open(.plan)
        case .calculators: return .open(.calculators(nil))
        case .stats: return .open(.stats)
        case .switchCourse: return .open(.courses)
        }
    }

    /// The lesson to continue: the store's choice, else the first not completed, else the first.
    func continueLesson(in course: Course) -> Lesson? {
        if let id = summary.continueLessonID, let lesson = course.lesson(id: id) { return lesson }
        return course.lessons.first { readings[$0.id]?.completed != true } ?? course.lessons.first
    }

    // MARK: Drawing

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, body) = area.splitTop(1)
        Chrome.header(&frame, in: headerRow, title: "dli-tutor · \(env.course.title)", right: "\(env.course.lessons.count) lessons")
        let content = body.inset(dx: 2, dy: 0)
        var y = content.y + 1
        let labelWidth = 11
        let valueX = content.x + labelWidth
        let width = min(content.width, 96)

        if area.height >= 30, !env.course.description.isEmpty {
            let lines = TextFit.wrap(env.course.description, width: width)
            for (i, line) in lines.prefix(3).enumerated() {
                let shown = i == 2 && lines.count > 3 ? TextFit.truncate(line + " …", to: width) : line
                frame.write(shown, x: content.x, y: y, style: Palette.dim)
                y += 1
            }
            y += 1
        }

        let barWidth = max(10, min(40, width - labelWidth - 24))
        func bar(_ label: String, done: Int, total: Int, noun: String) {
            frame.write(label, x: content.x, y: y, style: Palette.bold)
            ProgressBar.draw(&frame, x: valueX, y: y, width: barWidth, fraction: total > 0 ? Double(done) / Double(total) : 0)
            frame.write("\(done)/\(total) \(noun)", x: valueX + barWidth + 2, y: y)
            y += 1
        }
        bar("Lessons", done: summary.lessonsCompleted, total: summary.lessonsTotal, noun: "read")
        bar("Questions", done: summary.questionsMastered, total: summary.questionsTotal, noun: "mastered")
        y += 1

        frame.write("Today", x: content.x, y: y, style: Palette.bold)
        var x = frame.write("\(summary.dueReviews) due", x: valueX, y: y, style: summary.dueReviews > 0 ? Palette.warning : Palette.good)
        frame.write(" · \(summary.newCards) new", x: x, y: y)
        y += 1

        if let open = summary.openExam {
            frame.write("Exam", x: content.x, y: y, style: Palette.bold)
            frame.write(openExamText(open) + " · e resumes", x: valueX, y: y, style: Palette.warning, maxX: content.x + width)
            y += 1
        }
        frame.write("Last exam", x: content.x, y: y, style: Palette.bold)
        if let exam = summary.lastExam {
            let passed = exam.passed ?? false
            x = frame.write(CalcFormat.number(exam.percent ?? 0, digits: 0) + "%", x: valueX, y: y, style: Palette.bold)
            x = frame.write(passed ? " passed" : " not passed", x: x, y: y, style: passed ? Palette.good : Palette.bad)
            frame.write(" · pass mark \(CalcFormat.number(env.course.exam.passPercent, digits: 0))% · \(Self.age(of: exam.submittedAt ?? exam.startedAt, now: asOf, calendar: env.calendar))", x: x, y: y, style: Palette.dim)
        } else {
            frame.write("none yet · \(env.course.exam.questions) questions in \(env.course.exam.minutes) min, pass at \(CalcFormat.number(env.course.exam.passPercent, digits: 0))%", x: valueX, y: y, style: Palette.dim)
        }
        y += 1

        frame.write("Activity", x: content.x, y: y, style: Palette.bold)
        if summary.reviewsPerDay.suffix(30).allSatisfy({ $0 == 0 }) {
            frame.write("no reviews yet", x: valueX, y: y, style: Palette.dim)
        } else {
            // As many days (7 to 30) as leave room for the words after them.
            let streak = "  streak " + StudyFormat.count(summary.streakDays, "day")
            func words(_ days: ArraySlice<Int>) -> String { "\(streak) · \(StudyFormat.count(days.reduce(0, +), "review")) in \(days.count) days" }
            var days = summary.reviewsPerDay.suffix(30)
            while days.count > 7 && days.count + DisplayWidth.of(words(days)) > width - labelWidth { days = days.dropFirst() }
            x = frame.write(ProgressBar.sparkline(days.map(Double.init)), x: valueX, y: y, style: Palette.accent)
            frame.write(words(days), x: x, y: y, style: Palette.dim, maxX: content.x + width)
        }
        y += 1

        let valueWidth = width - labelWidth
        frame.write("Forecast", x: content.x, y: y, style: Palette.bold)
        frame.write(TextFit.first(Self.forecastTexts(readiness), width: valueWidth), x: valueX, y: y)
        y += 1
        if let weakest = readiness.forecast.weakestDomain {
            frame.write("Weakest", x: content.x, y: y, style: Palette.bold)
            let title = env.course.chapter(id: weakest.id)?.title ?? weakest.id
            let expected = " · \(StudyFormat.percent(weakest.expectedPercent)) expected"
            x = frame.write(TextFit.truncate(title, to: max(1, valueWidth - DisplayWidth.of(expected))), x: valueX, y: y)
            frame.write(expected, x: x, y: y, style: Palette.dim)
            y += 1
        }
        if let advice = readiness.nextLesson, let lesson = env.course.lesson(id: advice.lessonID) {
            frame.write("Study next", x: content.x, y: y, style: Palette.bold)
            let gain = " · \(ReadinessText.gain(advice)) in \(ReadinessText.minutes(advice.minutes))"
            x = frame.write(TextFit.truncate("\(lesson.order). \(lesson.title)", to: max(1, valueWidth - DisplayWidth.of(gain))), x: valueX, y: y)
            frame.write(gain, x: x, y: y, style: Palette.dim)
            y += 1
        }
        // The menu needs eight rows: the gap before it goes first on a short screen.
        if content.maxY - y > Item.allCases.count { y += 1 }

        drawMenu(into: &frame, x: content.x, y: y, width: width, maxY: content.maxY, env: env)
    }

    private func drawMenu(into frame: inout Frame, x: Int, y: Int, width: Int, maxY: Int, env: AppEnvironment) {
        let continueText: String = {
            guard let lesson = continueLesson(in: env.course) else { return "" }
            let place = readings[lesson.id]?.position ?? .start
            return "\(lesson.order). \(lesson.title) · at \(StudyFormat.percent(100 * place.share(in: lesson)))"
        }()
        let calculators = Calculators.all.count
        let planText: String = {
            guard let plan = readiness.plan else { return "set your exam date" }
            guard let projection = readiness.projection else { return "exam \(plan.examDay) has passed" }
            let today = projection.days.first.map { "today \(Int($0.minutes.rounded())) min" } ?? ""
            return "exam \(plan.examDay) · \(today)"
        }()
        let rows: [(Item, String, String, String)] = [
            (.continueReading, "c", "Continue reading", continueText),
            (.lessons, "l", "Lessons", "\(env.course.chapters.count) chapters · \(env.course.lessons.count) lessons"),
            (.practice, "p", "Practise", "\(summary.dueReviews) due · \(summary.newCards) new"),
            (.exam, "e", "Mock exam", summary.openExam.map(openExamText)
                ?? "\(env.course.exam.questions) questions · \(env.course.exam.minutes) min"),
            (.plan, "d", "Exam plan", planText),
            (.calculators, "x", "Calculators", calculators == 1 ? "1 formula" : "\(calculators) formulas"),
            (.stats, "s", "Stats", "accuracy by chapter, history"),
            (.switchCourse, "o", "Switch course", env.library.count == 1 ? "1 course" : "\(env.library.count) courses"),
        ]
        for (i, row) in rows.enumerated() {
            let rowY = y + i
            guard rowY < maxY else { break }
            let isSelected = i == selected
            let rowRect = Rect(x: x, y: rowY, width: width, height: 1)
            if isSelected { frame.fill(rowRect, style: Palette.selection) }
            let base = isSelected ? Palette.selection : Palette.plain
            frame.write(isSelected ? "▸" : " ", x: x, y: rowY, style: base)
            frame.write(row.1, x: x + 2, y: rowY, style: isSelected ? base : Palette.footerKey)
            frame.write(row.2, x: x + 5, y: rowY, style: base.adding(.bold))
            frame.write(TextFit.truncate(row.3, to: width - 25), x: x + 24, y: rowY, style: isSelected ? base : Palette.dim)
        }
    }

    /// "in progress · 38:12 left · 5/15 answered", the time as of the latest tick.
    func openExamText(_ open: HomeSummary.OpenExam) -> String {
        var parts = ["in progress"]
        if let deadline = open.deadline { parts.append("\(StudyFormat.clock(max(0, deadline.timeIntervalSince(asOf)))) left") }
        parts.append("\(open.answered)/\(open.questions) answered")
        return parts.joined(separator: " · ")
    }

    /// The forecast line from the fullest wording down to the shortest, so
    /// a narrow screen drops words, never a number.
    static func forecastTexts(_ readiness: Readiness) -> [String] {
        let today = ReadinessText.chance(readiness.forecast.passProbability)
        guard let projection = readiness.projection else {
            let expected = StudyFormat.percent(readiness.forecast.expectedPercent)
            return ["pass chance \(today) today · expected score \(expected)", "pass chance \(today) · expected \(expected)",
                    "pass \(today) · expected \(expected)"]
        }
        let planned = ReadinessText.chance(projection.forecast.passProbability)
        return [ReadinessText.line(readiness), "\(today) today · \(planned) on \(projection.examDay) with the plan",
                "\(today) today · \(planned) on \(projection.examDay)", "\(today) now · \(planned) on exam day"]
    }

    /// "today", "yesterday", "3 days ago".
    static func age(of date: Date, now: Date, calendar: Calendar) -> String {
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: date), to: calendar.startOfDay(for: now)).day ?? 0
        switch days {
        case ...0: return "today"
        case 1: return "yesterday"
        default: return "\(days) days ago"
        }
    }
}
