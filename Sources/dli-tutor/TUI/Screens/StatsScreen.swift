import Course
import Foundation
import Quiz
import Study

/// Progress in pictures: the pass forecast, exam scores against the pass mark
/// and against their forecasts, readiness per domain
/// exam after exam, accuracy per lesson, a year of reviews as a heatmap with
/// streaks, the reviews due in the next 30 days, and the cards by state. Laid
/// out once per size into a tall frame and scrolled.
struct StatsScreen: Screen {
    enum Action: Sendable { case up, down, pageUp, pageDown, top, bottom, cram }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.char("k"), .up], "k/↑", "scroll up", .up),
        KeyBinding([.char("j"), .down], "j/↓", "scroll down", .down, footer: "scroll"),
        KeyBinding([.pageUp], "PgUp", "page up", .pageUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "page down", .pageDown),
        KeyBinding([.char("g"), .home], "g/Home", "top", .top),
        KeyBinding([.char("G"), .end], "G/End", "bottom", .bottom),
        KeyBinding([.char("c")], "c", "cram the weakest lesson: all its questions now", .cram, footer: "cram weakest"),
    ]

    private(set) var stats: StudyStats
    private(set) var readiness: Readiness
    /// Everything below the header, laid out for the current width.
    private(set) var page = Frame(size: Size(width: 0, height: 0))
    private(set) var scroll = 0
    private var visibleRows = 20

    /// When the figures were read.
    private(set) var asOf: Date

    init(env: AppEnvironment) throws {
        asOf = env.now
        stats = try env.store.stats(course: env.course, now: asOf, calendar: env.calendar)
        readiness = try env.store.readiness(course: env.course, now: asOf, calendar: env.calendar)
    }

    var title: String { "Stats" }
    var keyHelp: [KeyHelp] { Self.bindings.keyHelp() }

    mutating func resize(to size: Size, env: AppEnvironment) {
        visibleRows = max(1, size.height - 2)
        page = StatsLayout.render(stats, readiness: readiness, course: env.course, width: size.width, now: asOf, calendar: env.calendar)
        scroll = min(scroll, maxScroll)
    }

    mutating func refresh(env: AppEnvironment) {
        guard let fresh = try? env.store.stats(course: env.course, now: env.now, calendar: env.calendar),
              let forecast = try? env.store.readiness(course: env.course, now: env.now, calendar: env.calendar) else { return }
        asOf = env.now
        stats = fresh
        readiness = forecast
        page = StatsLayout.render(stats, readiness: readiness, course: env.course, width: page.width, now: asOf, calendar: env.calendar)
        scroll = min(scroll, maxScroll)
    }

    private var maxScroll: Int { max(0, page.height - visibleRows) }

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        switch event {
        case .scroll(let lines):
            scroll = min(max(0, scroll + lines), maxScroll)
            return .none
        case .tick:
            return .ignored
        case .key(let key):
            guard let action: Action = Self.bindings.action(for: key) else { return .ignored }
            switch action {
            case .up: scroll = max(0, scroll - 1)
            case .down: scroll = min(maxScroll, scroll + 1)
            case .pageUp: scroll = max(0, scroll - max(1, visibleRows - 1))
            case .pageDown: scroll = min(maxScroll, scroll + max(1, visibleRows - 1))
            case .top: scroll = 0
            case .bottom: scroll = maxScroll
            case .cram:
                guard let weakest = stats.weakestLesson else { return .message("Nothing answered yet: practise first (p on home)") }
                return .open(.cram(CardFilter(lesson: weakest.id)))
            }
            return .none
        }
    }

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, body) = area.splitTop(1)
        let position = page.height > body.height ? "  \(scroll + 1)–\(min(page.height, scroll + body.height)) of \(page.height)" : ""
        Chrome.header(&frame, in: headerRow, title: "Stats · \(env.course.title)", right: "as of \(StudyFormat.day(asOf, calendar: env.calendar))\(position)")
        frame.blit(page, fromRow: scroll, rows: min(body.height, max(0, page.height - scroll)), to: Point(x: body.x, y: body.y))
        // In the right margin, never over the figures (the header says which rows show).
        if scroll > 0 { frame.write("↑", x: body.maxX - 1, y: body.y, style: Palette.footerStatus) }
        if scroll + body.height < page.height { frame.write("↓", x: body.maxX - 1, y: body.maxY - 1, style: Palette.footerStatus) }
    }
}
