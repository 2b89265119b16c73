import Course
import Foundation
import Quiz
import Study

/// A lesson, laid out for the terminal: scrolling, a read-position bar, table
/// of contents, search with highlighted hits, bookmarks, live calculator
/// blocks that open in the calculator screen, and progress that is saved.
struct ReaderScreen: Screen {
    enum Mode: Equatable {
        case reading
        case searching
        case contents(selected: Int)
        case bookmarks(selected: Int)
    }

    enum Action: Sendable {
        case lineDown, lineUp, pageDown, pageUp, halfDown, halfUp, top, bottom
        case contents, search, nextMatch, previousMatch
        case toggleBookmark, bookmarks
        case nextCalc, previousCalc, openCalc, answer
        case nextLesson, previousLesson, clear
    }

    enum ListAction: Sendable { case up, down, first, last, choose, delete, close }
    enum SearchAction: Sendable { case confirm, cancel, previous, next }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.char("j"), .down], "j/↓", "scroll down a line", .lineDown),
        KeyBinding([.char("k"), .up], "k/↑", "scroll up a line", .lineUp),
        KeyBinding([.char(" "), .pageDown, .ctrl("f")], "Space/PgDn", "page down", .pageDown),
        KeyBinding([.pageUp, .ctrl("b")], "PgUp", "page up", .pageUp),
        KeyBinding([.ctrl("d")], "Ctrl-D", "half a page down", .halfDown),
        KeyBinding([.ctrl("u")], "Ctrl-U", "half a page up", .halfUp),
        KeyBinding([.char("g"), .home], "g/Home", "top of the lesson", .top),
        KeyBinding([.char("G"), .end], "G/End", "end of the lesson", .bottom),
        KeyBinding([.char("t")], "t", "table of contents", .contents, footer: "contents"),
        KeyBinding([.char("/")], "/", "search in the lesson", .search, footer: "search"),
        KeyBinding([.char("n")], "n", "next match", .nextMatch),
        KeyBinding([.char("N")], "N", "previous match", .previousMatch),
        KeyBinding([.char("b")], "b", "bookmark this place (again to remove)", .toggleBookmark, footer: "bookmark"),
        KeyBinding([.char("B")], "B", "list bookmarks", .bookmarks),
        KeyBinding([.tab], "Tab", "next calculator block (or question)", .nextCalc, footer: "calculator"),
        KeyBinding([.backTab], "Shift-Tab", "previous calculator block (or question)", .previousCalc),
        KeyBinding([.enter], "Enter", "open the focused calculator block", .openCalc),
        KeyBinding((1...9).map { .char(Character(String($0))) }, "1–9", "answer the focused question", .answer),
        KeyBinding([.char("]")], "]", "next lesson", .nextLesson),
        KeyBinding([.char("[")], "[", "previous lesson", .previousLesson),
        KeyBinding([.escape], "Esc", "clear the search or focus (else back)", .clear),
    ]

    static let listBindings: [KeyBinding<ListAction>] = [
        KeyBinding([.char("k"), .up], "k/↑", "previous", .up),
        KeyBinding([.char("j"), .down], "j/↓", "next", .down),
        KeyBinding([.char("g"), .home], "g/Home", "first", .first),
        KeyBinding([.char("G"), .end], "G/End", "last", .last),
        KeyBinding([.enter], "Enter", "go there", .choose, footer: "go"),
        KeyBinding([.char("d"), .delete], "d/Del", "delete the bookmark (asks first)", .delete),
        KeyBinding([.escape, .char("q"), .char("t"), .char("B")], "Esc", "close", .close, footer: "close"),
    ]

    static let searchBindings: [KeyBinding<SearchAction>] = [
        KeyBinding([.enter], "Enter", "keep the search (n/N move between hits)", .confirm, footer: "keep"),
        KeyBinding([.escape], "Esc", "cancel the search", .cancel, footer: "cancel"),
        KeyBinding([.up], "↑", "an earlier search", .previous),
        KeyBinding([.down], "↓", "a later search", .next),
    ]

    let lesson: Lesson
    let courseID: String
    let lessonIDs: [String]
    var layout: LessonLayoutCache
    /// The lesson at the current width, with the questions section under it.
    var rendered: RenderedDocument
    /// Rows of `rendered` that are the lesson body: below the title block, above
    /// the questions section (imported lessons).
    var bodyRows = 0..<0
    var texts: [String]
    var searchIndex: ReaderSearch.Index?
    /// The lesson's practice questions (imported courses), answerable in place.
    let checks: [Question]
    var answers: [String: Int] = [:]
    /// The lines of each question in `rendered`.
    var checkLines: [Range<Int>] = []

    var mode = Mode.reading
    /// The first line shown.
    var top = 0
    var viewHeight = 20
    var columns = 80
    /// Where to open once the first layout exists.
    var resumeAt: ReadingPosition?
    /// The section to open at instead (a question's `section`), and the reading
    /// position to keep meanwhile: looking a fact up does not move the bookmark of
    /// where the learner reads.
    var openAt: String?
    var keptPosition: ReadingPosition?
    /// The lesson's source lines that were on screen, this visit and before.
    var seen: LineRanges
    /// The share of the lesson read: `seen` over its lines (never less than stored).
    var share: Double
    var completed: Bool
    var bookmarks: [ReadingPosition]

    var query = TextField()
    /// The query whose hits are highlighted (typed, or kept with Enter).
    var activeQuery = ""
    var matches: [ReaderSearch.Match] = []
    var currentMatch: Int?
    var topBeforeSearch = 0
    /// Searches kept with Enter, oldest first, and the one Up/Down shows.
    var searchHistory: [String] = []
    /// The bookmarks list asks before deleting the selected bookmark.
    var deletingBookmark = false
    var historyIndex: Int?
    /// The focused calculator block or question, an index into `focusables`.
    var focused: Int?
    /// The time of the event being handled (for the completion date).
    var eventTime = Date(timeIntervalSince1970: 0)

    init(lessonID: String, section: String? = nil, env: AppEnvironment) throws {
        guard let lesson = env.course.lesson(id: lessonID) else {
            throw ReaderError(message: "no lesson '\(lessonID)' in \(env.course.title)")
        }
        self.lesson = lesson
        courseID = env.course.id
        lessonIDs = env.course.lessons.map(\.id)
        let reading = try env.store.readings(courseID: env.course.id)[lesson.id] ?? .unread
        resumeAt = reading.position
        if let section {
            openAt = section
            keptPosition = reading.lastRead == nil ? nil : reading.position
        }
        seen = reading.seen
        share = reading.share
        completed = reading.completed
        bookmarks = reading.bookmarks
        layout = LessonLayoutCache(lesson: lesson, course: env.course)
        let imported = env.library.first { $0.course.id == env.course.id }?.source == .imported
        checks = imported ? env.course.questions.filter { $0.lesson == lesson.id } : []
        rendered = RenderedDocument(width: 0, lines: [])
        texts = []
    }

    struct ReaderError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    var title: String { "Reader" }
    var capturesText: Bool { mode == .searching }

    var keyHelp: [KeyHelp] {
        switch mode {
        case .reading: return Self.bindings.keyHelp()
        case .searching: return Self.searchBindings.keyHelp() + TextField.keyHelp
        case .contents: return Self.listBindings.filter { $0.action != .delete }.keyHelp()
        case .bookmarks: return Self.listBindings.keyHelp()
        }
    }

    var pendingWrites: [StudyWrite] {
        [.reading(courseID: courseID, lessonID: lesson.id, position: openAt == nil ? position : keptPosition ?? .start,
                  seen: seen, share: share)]
    }

    /// The place at the top of the screen, independent of the width.
    var position: ReadingPosition {
        ReadingPosition(sourceLine: rendered.sourceLine(forLine: top) ?? 0)
    }

    var lineCount: Int { rendered.lines.count }
    /// The table of contents of the current layout.
    var headings: [RenderedHeading] { rendered.headings }

    /// The first column of the text in a body `width` columns wide.
    func textX(in width: Int) -> Int { max(2, (width - 1 - rendered.width) / 2) }
    var maxTop: Int { max(0, lineCount - viewHeight) }
    var atEnd: Bool { top >= maxTop }

    // MARK: Layout

    mutating func resize(to size: Size, env: AppEnvironment) {
        columns = size.width
        viewHeight = max(1, size.height - 2)
        let width = LessonLayoutCache.textWidth(for: size.width - 1)
        guard width != rendered.width else {
            top = min(top, maxTop)
            return
        }
        let keep = anchor()
        layOut(width: width)
        if let anchor = openAt, let line = rendered.anchors[anchor], resumeAt != nil {
            top = line
            resumeAt = nil
        } else if let resumeAt {
            top = rendered.line(forSourceLine: resumeAt.sourceLine) ?? 0
            self.resumeAt = nil
        } else if let keep {
            top = line(for: keep)
        }
        top = min(max(0, top), maxTop)
        markSeen()
        if !activeQuery.isEmpty { search(activeQuery, moving: false) }
    }

    /// The lesson and the questions section at `width`.
    mutating func layOut(width: Int) {
        var document = layout.rendered(width: width)
        bodyRows = layout.bodyStart(width: width)..<document.lines.count
        checkLines = []
        if !checks.isEmpty {
            let section = LessonChecks.render(checks, answers: answers, width: width)
            let offset = document.lines.count
            document.append(section.document)
            checkLines = section.questions.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        }
        rendered = document
        texts = document.lines.map(\.text)
        searchIndex = nil
    }

    /// What Tab moves between, in document order: calculator blocks, then questions.
    enum Focusable: Equatable {
        case calc(Int)
        case question(Int)
    }

    var focusables: [(item: Focusable, lines: Range<Int>)] {
        rendered.calcs.enumerated().map { (.calc($0.offset), $0.element.lines) }
            + checkLines.enumerated().map { (.question($0.offset), $0.element) }
    }

    /// The focused calculator block, if the focus is on one.
    var focusedCalc: Int? {
        guard let focused, case .calc(let index) = focusables[focused].item else { return nil }
        return index
    }

    /// The focused question, if the focus is on one.
    var focusedQuestion: Int? {
        guard let focused, case .question(let index) = focusables[focused].item else { return nil }
        return index
    }

    /// The source block at the top and how far into it (0…1), to keep the reading
    /// position through a re-layout at another width.
    func anchor() -> (sourceLine: Int, fraction: Double)? {
        guard !rendered.lines.isEmpty else { return nil }
        let map = rendered.sourceMap
        guard let index = map.lastIndex(where: { $0.line <= top }) else { return nil }
        let start = map[index].line
        let end = index + 1 < map.count ? map[index + 1].line : rendered.lines.count
        let fraction = end > start ? Double(top - start) / Double(end - start) : 0
        return (map[index].sourceLine, fraction)
    }

    func line(for anchor: (sourceLine: Int, fraction: Double)) -> Int {
        let map = rendered.sourceMap
        guard let index = map.firstIndex(where: { $0.sourceLine == anchor.sourceLine }) else {
            return rendered.line(forSourceLine: anchor.sourceLine) ?? 0
        }
        let start = map[index].line
        let end = index + 1 < map.count ? map[index + 1].line : rendered.lines.count
        return start + Int((anchor.fraction * Double(end - start)).rounded(.down))
    }

    // MARK: Events

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        eventTime = env.now
        switch event {
        case .tick: return .ignored
        case .scroll(let lines):
            switch mode {
            case .contents, .bookmarks: return handleList(lines > 0 ? .down : .up, env: env)
            case .reading, .searching: return scroll(to: top + lines)
            }
        case .key(let key):
            switch mode {
            case .reading:
                guard let action: Action = Self.bindings.action(for: key) else { return .ignored }
                if action == .answer, case .char(let digit) = key, let number = digit.wholeNumberValue {
                    return answer(option: number - 1)
                }
                return perform(action, env: env)
            case .searching:
                return handleSearchKey(key)
            case .contents, .bookmarks:
                if deletingBookmark { return confirmDeletion(key) }
                // Keys the list does not use stay global (help, quit).
                guard let action: ListAction = Self.listBindings.action(for: key) else { return .ignored }
                return handleList(action, env: env)
            }
        }
    }

    mutating func perform(_ action: Action, env: AppEnvironment) -> Effect {
        let page = max(1, viewHeight - 2)
        switch action {
        case .lineDown: return scroll(to: top + 1)
        case .lineUp: return scroll(to: top - 1)
        case .pageDown: return scroll(to: top + page)
        case .pageUp: return scroll(to: top - page)
        case .halfDown: return scroll(to: top + viewHeight / 2)
        case .halfUp: return scroll(to: top - viewHeight / 2)
        case .top: return scroll(to: 0)
        case .bottom: return scroll(to: maxTop)
        case .contents:
            guard !rendered.headings.isEmpty else { return .message("This lesson has no headings") }
            mode = .contents(selected: currentHeading ?? 0)
        case .search:
            startSearch()
        case .nextMatch: return step(through: 1)
        case .previousMatch: return step(through: -1)
        case .toggleBookmark:
            var next = self
            let message: String
            if let i = bookmarks.firstIndex(of: position) {
                next.bookmarks.remove(at: i)
                message = "Bookmark removed"
            } else {
                next.bookmarks.append(position)
                next.bookmarks.sort()
                message = "Bookmarked (B lists bookmarks)"
            }
            return next.savingBookmarks(message: message)
        case .bookmarks:
            guard !bookmarks.isEmpty else { return .message("No bookmarks yet: b bookmarks the top of the screen") }
            mode = .bookmarks(selected: 0)
        case .nextCalc: return focusCalc(forward: true)
        case .previousCalc: return focusCalc(forward: false)
        case .answer: return .none
        case .openCalc:
            if let question = focusedQuestion {
                return .message("Press 1–\(checks[question].options.count) to answer")
            }
            guard let index = focusedCalc else { return .message("Tab moves to a calculator block; Enter opens it") }
            guard let call = rendered.calcs[index].call else { return .message("This calculator call has a syntax error") }
            return .open(.calculators(call))
        case .nextLesson, .previousLesson:
            guard let index = lessonIDs.firstIndex(of: lesson.id) else { return .none }
            let next = index + (action == .nextLesson ? 1 : -1)
            guard lessonIDs.indices.contains(next) else {
                return .message(action == .nextLesson ? "This is the last lesson" : "This is the first lesson")
            }
            return .replace(.reader(lessonID: lessonIDs[next]))
        case .clear:
            if !activeQuery.isEmpty {
                clearSearch()
            } else if focused != nil {
                focused = nil
            } else {
                return .ignored
            }
        }
        return .none
    }

    /// Moves the top line (clamped) and records progress: the lines now on
    /// screen join those seen, and once nearly all of them have been (a jump to
    /// the end is not reading) the lesson is saved as read and says so.
    mutating func scroll(to line: Int) -> Effect {
        top = min(max(0, line), maxTop)
        if let index = focused, !isVisible(focusables[index].lines) { focused = nil }
        return progress()
    }

    mutating func progress() -> Effect {
        markSeen()
        guard share >= LessonReading.readShare, !completed else { return .none }
        var done = self
        done.completed = true
        return .batch([.save(.lessonCompleted(courseID: courseID, lessonID: lesson.id, at: eventTime)), .update(done),
                       .message("Lesson complete ✓  (] next lesson)")])
    }

    func isVisible(_ lines: Range<Int>) -> Bool {
        lines.lowerBound < top + viewHeight && lines.upperBound > top
    }

    /// The index of the heading of the section at the top of the screen.
    var currentHeading: Int? {
        rendered.headings.lastIndex { $0.line <= top } ?? (rendered.headings.isEmpty ? nil : 0)
    }

}

extension ReaderScreen {
    /// The words at a line: the first line from there with a letter in it,
    /// without the borders and bullets before the text.
    func snippet(at line: Int) -> String {
        for text in texts.dropFirst(line).prefix(4) {
            guard let start = text.firstIndex(where: { $0.isLetter || $0.isNumber }) else { continue }
            var words = Substring(text[start...])
            while let last = words.last, !(last.isLetter || last.isNumber || last.isPunctuation) { words.removeLast() }
            return String(words)
        }
        return ""
    }
}
