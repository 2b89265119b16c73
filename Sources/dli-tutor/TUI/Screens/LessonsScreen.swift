import Course
import Study

/// The course outline as a tree: chapters and their lessons with reading time
/// and how much has been read, then every course the learner can switch to.
struct LessonsScreen: Screen {
    enum Action: Sendable { case up, down, pageUp, pageDown, first, last, open }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.char("k"), .up], "k/↑", "previous", .up),
        KeyBinding([.char("j"), .down], "j/↓", "next", .down),
        KeyBinding([.pageUp], "PgUp", "page up", .pageUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "page down", .pageDown),
        KeyBinding([.char("g"), .home], "g/Home", "first", .first),
        KeyBinding([.char("G"), .end], "G/End", "last", .last),
        KeyBinding([.enter, .right, .char("l")], "Enter", "read the lesson / switch to the course", .open, footer: "open"),
    ]

    enum Row: Equatable {
        case chapter(Chapter, minutes: Int)
        case lesson(Lesson)
        case spacer
        case coursesHeading
        case course(id: String, title: String, detail: String, current: Bool)
        /// The line under a course: where it comes from, its size, whether it is the current one.
        case courseDetail(String)

        var isSelectable: Bool {
            switch self {
            case .lesson, .course: return true
            case .chapter, .spacer, .coursesHeading, .courseDetail: return false
            }
        }
    }

    private(set) var rows: [Row]
    private(set) var selected: Int
    private var top = 0
    private var visibleRows = 20
    private var readings: [String: LessonReading]

    init(env: AppEnvironment, selectingCourses: Bool = false) throws {
        let readings = try env.store.readings(courseID: env.course.id)
        let rows = Self.rows(env: env)
        let firstCourse = rows.firstIndex { if case .course(_, _, _, let current) = $0 { !current } else { false } }
            ?? rows.firstIndex { if case .course = $0 { true } else { false } }
        // The list opens on the lesson read last, else on the first one not read.
        let lastRead = readings.filter { $0.value.lastRead != nil }.max { $0.value.lastRead! < $1.value.lastRead! }?.key
        let lessonRow = rows.firstIndex { if case .lesson(let l) = $0 { l.id == lastRead } else { false } }
            ?? rows.firstIndex { if case .lesson(let l) = $0 { readings[l.id]?.completed != true } else { false } }
        let firstSelectable = rows.firstIndex(where: \.isSelectable) ?? 0
        self.readings = readings
        self.rows = rows
        selected = (selectingCourses ? firstCourse : lessonRow) ?? firstSelectable
    }

    static func rows(env: AppEnvironment) -> [Row] {
        let course = env.course
        var rows: [Row] = []
        for chapter in course.chapters {
            let lessons = course.lessons(inChapter: chapter.id)
            rows.append(.chapter(chapter, minutes: lessons.reduce(0) { $0 + $1.minutes }))
            rows += lessons.map { .lesson($0) }
        }
        // Lessons whose chapter is not in the manifest still appear.
        let listed = Set(course.chapters.map(\.id))
        rows += course.lessons.filter { !listed.contains($0.chapter) }.map { .lesson($0) }
        rows += [.spacer, .coursesHeading]
        for entry in env.library {
            let c = entry.course
            let current = c.id == course.id
            let detail = "\(entry.source.rawValue) · \(StudyFormat.count(c.lessons.count, "lesson")) · "
                + StudyFormat.count(c.questions.count, "question") + (current ? " · current" : "")
            rows.append(.course(id: c.id, title: c.title, detail: detail, current: current))
            rows.append(.courseDetail(detail))
        }
        return rows
    }

    var title: String { "Lessons" }
    var keyHelp: [KeyHelp] { Self.bindings.keyHelp() }

    mutating func resize(to size: Size, env: AppEnvironment) {
        visibleRows = max(1, size.height - 4)
        top = ScrollWindow.top(keeping: selected, visible: visibleRows, count: rows.count, currentTop: top)
    }

    mutating func refresh(env: AppEnvironment) {
        if let fresh = try? env.store.readings(courseID: env.course.id) { readings = fresh }
    }

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        switch event {
        case .scroll(let lines):
            move(by: lines)
            return .none
        case .key(let key):
            guard let action: Action = Self.bindings.action(for: key) else { return .ignored }
            switch action {
            case .up: move(by: -1)
            case .down: move(by: 1)
            case .pageUp: move(by: -visibleRows)
            case .pageDown: move(by: visibleRows)
            case .first: select(rows.firstIndex(where: \.isSelectable) ?? 0, towards: 1)
            case .last: select(rows.lastIndex(where: \.isSelectable) ?? 0, towards: -1)
            case .open:
                switch rows[selected] {
                case .lesson(let lesson): return .open(.reader(lessonID: lesson.id))
                case .course(let id, _, _, let current):
                    return current ? .message("This is the current course") : .switchCourse(id)
                default: return .none
                }
            }
            return .none
        case .tick:
            return .ignored
        }
    }

    /// Moves the selection by `delta` rows, skipping headings.
    private mutating func move(by delta: Int) {
        guard delta != 0 else { return }
        select(min(max(0, selected + delta), rows.count - 1), towards: delta > 0 ? 1 : -1)
    }

    private mutating func select(_ index: Int, towards direction: Int) {
        var i = index
        while rows.indices.contains(i) && !rows[i].isSelectable { i += direction }
        if !rows.indices.contains(i) {
            i = index
            while rows.indices.contains(i) && !rows[i].isSelectable { i -= direction }
        }
        guard rows.indices.contains(i) else { return }
        selected = i
        // A course keeps its detail line (source, size, current) in view with it.
        let hasDetail = rows.indices.contains(i + 1) && { if case .courseDetail = rows[i + 1] { true } else { false } }()
        top = ScrollWindow.top(keeping: selected..<(selected + (hasDetail ? 2 : 1)), visible: visibleRows, count: rows.count, currentTop: top)
        // Show the heading above the first item of a section too.
        if selected > 0, top == selected, !rows[selected - 1].isSelectable { top -= 1 }
    }

    // MARK: Drawing

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, body) = area.splitTop(1)
        let done = env.course.lessons.filter { readings[$0.id]?.completed == true }.count
        Chrome.header(&frame, in: headerRow, title: "Lessons · \(env.course.title)", right: "\(done)/\(env.course.lessons.count) read")
        let list = body.inset(dx: 1, dy: 1)
        let width = list.width
        for (offset, row) in rows.dropFirst(top).prefix(list.height).enumerated() {
            let index = top + offset
            let y = list.y + offset
            let isSelected = index == selected
            let base = isSelected ? Palette.selection : Palette.plain
            if isSelected { frame.fill(Rect(x: list.x, y: y, width: width, height: 1), style: base) }
            switch row {
            case .chapter(let chapter, let minutes):
                let right = "\(minutes) min · \(CalcFormat.number(chapter.weight, digits: 0))% of exam"
                frame.write("\(chapter.number). \(chapter.title)", x: list.x + 1, y: y, style: Palette.title,
                            maxX: list.maxX - DisplayWidth.of(right) - 3)
                frame.write(right, x: list.maxX - DisplayWidth.of(right) - 1, y: y, style: Palette.dim)
            case .lesson(let lesson):
                let reading = readings[lesson.id]
                let mark = reading?.completed == true ? "✓" : (reading.map { $0.share > 0 } ?? false) ? "◐" : " "
                frame.write(isSelected ? "▸" : " ", x: list.x + 1, y: y, style: base)
                frame.write(mark, x: list.x + 3, y: y, style: isSelected ? base : (reading?.completed == true ? Palette.good : Palette.accent))
                let number = String(lesson.order).leftPadded(to: 2)
                let percent = reading.map { $0.completed ? "100%" : StudyFormat.percent(100 * $0.share) } ?? "—"
                let right = "\(lesson.minutes) min  " + percent.leftPadded(to: 4)
                frame.write("\(number)  \(lesson.title)", x: list.x + 5, y: y, style: base, maxX: list.maxX - DisplayWidth.of(right) - 3)
                frame.write(right, x: list.maxX - DisplayWidth.of(right) - 1, y: y, style: isSelected ? base : Palette.dim)
            case .spacer:
                break
            case .coursesHeading:
                frame.write("Courses", x: list.x + 1, y: y, style: Palette.title)
            case .course(_, let title, _, let current):
                frame.write(isSelected ? "▸" : " ", x: list.x + 1, y: y, style: base)
                frame.write(current ? "●" : "○", x: list.x + 3, y: y, style: isSelected ? base : Palette.accent)
                frame.write(title, x: list.x + 5, y: y, style: base.adding(.bold), maxX: list.maxX - 1)
            case .courseDetail(let detail):
                frame.write(detail, x: list.x + 5, y: y, style: Palette.dim, maxX: list.maxX - 1)
            }
        }
    }
}
