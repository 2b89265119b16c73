import Course
import Foundation

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
    enum SearchAction: Sendable { case confirm, cancel }

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
        KeyBinding([.char("d"), .delete], "d/Del", "delete the bookmark", .delete),
        KeyBinding([.escape, .char("q"), .char("t"), .char("B")], "Esc", "close", .close, footer: "close"),
    ]

    static let searchBindings: [KeyBinding<SearchAction>] = [
        KeyBinding([.enter], "Enter", "keep the search (n/N move between hits)", .confirm, footer: "keep"),
        KeyBinding([.escape], "Esc", "cancel the search", .cancel, footer: "cancel"),
    ]

    let lesson: Lesson
    let courseID: String
    private let lessonIDs: [String]
    private var layout: LessonLayoutCache
    /// The lesson at the current width, with the questions section under it.
    private var rendered: RenderedDocument
    private var texts: [String]
    private var searchIndex: ReaderSearch.Index?
    /// The lesson's practice questions (imported courses), answerable in place.
    let checks: [Question]
    private(set) var answers: [String: Int] = [:]
    /// The lines of each question in `rendered`.
    private var checkLines: [Range<Int>] = []

    private(set) var mode = Mode.reading
    /// The first line shown.
    private(set) var top = 0
    private var viewHeight = 20
    private var columns = 80
    /// Where to open once the first layout exists.
    private var resumeAt: ReadingPosition?
    private(set) var furthest: Double
    private(set) var completed: Bool
    private(set) var bookmarks: [ReadingPosition]

    private var query = TextField()
    /// The query whose hits are highlighted (typed, or kept with Enter).
    private(set) var activeQuery = ""
    private(set) var matches: [ReaderSearch.Match] = []
    private(set) var currentMatch: Int?
    private var topBeforeSearch = 0
    /// The focused calculator block or question, an index into `focusables`.
    private(set) var focused: Int?
    /// The time of the event being handled (for the completion date).
    private var eventTime = Date(timeIntervalSince1970: 0)

    init(lessonID: String, env: AppEnvironment) throws {
        guard let lesson = env.course.lesson(id: lessonID) else {
            throw ReaderError(message: "no lesson '\(lessonID)' in \(env.course.title)")
        }
        self.lesson = lesson
        courseID = env.course.id
        lessonIDs = env.course.lessons.map(\.id)
        let reading = try env.store.readings(courseID: env.course.id)[lesson.id] ?? .unread
        resumeAt = reading.position
        furthest = reading.furthest
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
        [.reading(courseID: courseID, lessonID: lesson.id, position: position, furthest: furthest)]
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
    private var maxTop: Int { max(0, lineCount - viewHeight) }
    private var atEnd: Bool { top >= maxTop }

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
        if let resumeAt {
            top = rendered.line(forSourceLine: resumeAt.sourceLine) ?? 0
            self.resumeAt = nil
        } else if let keep {
            top = line(for: keep)
        }
        top = min(max(0, top), maxTop)
        if !activeQuery.isEmpty { search(activeQuery, moving: false) }
    }

    /// The lesson and the questions section at `width`.
    private mutating func layOut(width: Int) {
        var document = layout.rendered(width: width)
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
    private func anchor() -> (sourceLine: Int, fraction: Double)? {
        guard !rendered.lines.isEmpty else { return nil }
        let map = rendered.sourceMap
        guard let index = map.lastIndex(where: { $0.line <= top }) else { return nil }
        let start = map[index].line
        let end = index + 1 < map.count ? map[index + 1].line : rendered.lines.count
        let fraction = end > start ? Double(top - start) / Double(end - start) : 0
        return (map[index].sourceLine, fraction)
    }

    private func line(for anchor: (sourceLine: Int, fraction: Double)) -> Int {
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
                guard let action: ListAction = Self.listBindings.action(for: key) else { return .none }
                return handleList(action, env: env)
            }
        }
    }

    private mutating func perform(_ action: Action, env: AppEnvironment) -> Effect {
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
            topBeforeSearch = top
            query = TextField(activeQuery)
            mode = .searching
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

    /// Moves the top line (clamped) and records progress: the furthest share
    /// seen, and completion the first time the end is on screen (shown once saved).
    private mutating func scroll(to line: Int) -> Effect {
        top = min(max(0, line), maxTop)
        if let index = focused, !isVisible(focusables[index].lines) { focused = nil }
        return progress()
    }

    private mutating func progress() -> Effect {
        guard lineCount > 0 else { return .none }
        furthest = max(furthest, min(1, Double(top + viewHeight) / Double(lineCount)))
        guard atEnd, !completed else { return .none }
        var done = self
        done.completed = true
        done.furthest = 1
        return .batch([.save(.lessonCompleted(courseID: courseID, lessonID: lesson.id, at: eventTime)), .update(done),
                       .message("Lesson complete ✓  (] next lesson)")])
    }

    private func isVisible(_ lines: Range<Int>) -> Bool {
        lines.lowerBound < top + viewHeight && lines.upperBound > top
    }

    /// The index of the heading of the section at the top of the screen.
    var currentHeading: Int? {
        rendered.headings.lastIndex { $0.line <= top } ?? (rendered.headings.isEmpty ? nil : 0)
    }

    // MARK: Calculator blocks

    private mutating func focusCalc(forward: Bool) -> Effect {
        let items = focusables
        guard !items.isEmpty else { return .message("This lesson has no calculator blocks") }
        let candidates: [Int]
        if let current = focused, isVisible(items[current].lines) {
            candidates = forward ? Array((current + 1)..<items.count) : Array((0..<current).reversed())
        } else if forward {
            candidates = items.indices.filter { items[$0].lines.upperBound > top }
        } else {
            candidates = items.indices.filter { items[$0].lines.lowerBound < top + viewHeight }.reversed()
        }
        guard let next = candidates.first else {
            return .message(forward ? "No more calculator blocks below" : "No calculator blocks above")
        }
        focused = next
        let lines = items[next].lines
        if !(lines.lowerBound >= top && lines.upperBound <= top + viewHeight) {
            top = min(max(0, lines.lowerBound - 2), maxTop)
        }
        let hint: String
        switch items[next].item {
        case .calc: hint = "Enter opens this block in the calculator"
        case .question(let i): hint = "Press 1–\(checks[i].options.count) to answer"
        }
        return .batch([progress(), .message(hint)])
    }

    /// Answers the focused question: saves the answer as a practice review, then
    /// shows the verdict and explanation under it.
    private func answer(option: Int) -> Effect {
        guard let index = focusedQuestion else { return .message("Tab to a question, then press its number") }
        let question = checks[index]
        guard answers[question.id] == nil else { return .message("Already answered") }
        guard question.options.indices.contains(option) else {
            return .message("This question has \(question.options.count) options")
        }
        var next = self
        next.answers[question.id] = option
        next.layOut(width: rendered.width)
        // Keep the question in place and bring its verdict and explanation into view.
        let lines = next.checkLines[index]
        next.top = min(max(top, min(lines.lowerBound, lines.upperBound - viewHeight)), next.maxTop)
        if !activeQuery.isEmpty { next.search(activeQuery, moving: false) }
        let verdict = option == question.answer ? "Right ✓" : "Not quite: the answer is \(question.answer + 1)"
        return .batch([.save(.answer(courseID: courseID, question: question, option: option, at: eventTime)), .update(next),
                       .message(verdict)])
    }

    // MARK: Search

    private mutating func handleSearchKey(_ key: Key) -> Effect {
        if let action: SearchAction = Self.searchBindings.action(for: key) {
            switch action {
            case .confirm:
                mode = .reading
                if activeQuery.isEmpty { return .none }
                return matches.isEmpty ? .message("No match for “\(activeQuery)”") : progress()
            case .cancel:
                mode = .reading
                clearSearch()
                top = topBeforeSearch
            }
            return .none
        }
        guard query.handle(key) else { return .none }
        search(query.text, moving: true)
        return .none
    }

    /// Finds `text` in the lesson; when `moving`, shows the first hit at or below
    /// where the search started (incremental search).
    private mutating func search(_ text: String, moving: Bool) {
        activeQuery = text
        if searchIndex == nil { searchIndex = ReaderSearch.Index(lines: texts) }
        matches = ReaderSearch.matches(of: text, in: texts, index: searchIndex ?? ReaderSearch.Index(lines: texts))
        guard !matches.isEmpty else {
            currentMatch = nil
            if moving { top = topBeforeSearch }
            return
        }
        if moving {
            currentMatch = matches.firstIndex { $0.line >= topBeforeSearch } ?? 0
            reveal(matches[currentMatch!].line)
        } else {
            currentMatch = matches.firstIndex { $0.line >= top } ?? 0
        }
    }

    private mutating func step(through delta: Int) -> Effect {
        guard !matches.isEmpty else {
            return .message(activeQuery.isEmpty ? "/ searches the lesson" : "No match for “\(activeQuery)”")
        }
        let count = matches.count
        let next = currentMatch.map { ($0 + delta + count) % count } ?? (delta > 0 ? 0 : count - 1)
        let wrapped = currentMatch.map { delta > 0 ? next < $0 : next > $0 } ?? false
        currentMatch = next
        reveal(matches[next].line)
        let effect = progress()
        return wrapped ? .batch([effect, .message(delta > 0 ? "Search wrapped to the top" : "Search wrapped to the end")]) : effect
    }

    /// Scrolls so `line` is on screen, a third of the way down when it was not.
    private mutating func reveal(_ line: Int) {
        if line < top || line >= top + viewHeight {
            top = min(max(0, line - viewHeight / 3), maxTop)
        }
    }

    private mutating func clearSearch() {
        activeQuery = ""
        matches = []
        currentMatch = nil
        query = TextField()
    }

    // MARK: Contents and bookmarks

    private mutating func handleList(_ action: ListAction, env: AppEnvironment) -> Effect {
        let count: Int
        let selected: Int
        switch mode {
        case .contents(let s): (count, selected) = (rendered.headings.count, s)
        case .bookmarks(let s): (count, selected) = (bookmarks.count, s)
        default: return .none
        }
        var next = selected
        switch action {
        case .up: next = max(0, selected - 1)
        case .down: next = min(count - 1, selected + 1)
        case .first: next = 0
        case .last: next = count - 1
        case .close:
            mode = .reading
            return .none
        case .choose:
            let line: Int
            if case .contents = mode {
                line = rendered.headings[selected].line
            } else {
                line = rendered.line(forSourceLine: bookmarks[selected].sourceLine) ?? 0
            }
            mode = .reading
            return scroll(to: line)
        case .delete:
            guard case .bookmarks = mode else { return .none }
            var edited = self
            edited.bookmarks.remove(at: selected)
            edited.mode = edited.bookmarks.isEmpty ? .reading : .bookmarks(selected: min(selected, edited.bookmarks.count - 1))
            return edited.savingBookmarks(message: "Bookmark deleted")
        }
        if case .contents = mode { mode = .contents(selected: next) } else { mode = .bookmarks(selected: next) }
        return .none
    }

    /// Saves this state's bookmarks, then shows it (a failed write leaves the reader as it was).
    private func savingBookmarks(message: String) -> Effect {
        .batch([.save(.bookmarks(courseID: courseID, lessonID: lesson.id, bookmarks)), .update(self), .message(message)])
    }

    // MARK: Drawing

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, body) = area.splitTop(1)
        drawHeader(into: &frame, in: headerRow)
        let x = body.x + textX(in: body.width)
        let bookmarkLines = Set(bookmarks.compactMap { rendered.line(forSourceLine: $0.sourceLine) })
        let focusLines = focused.map { focusables[$0].lines } ?? 0..<0
        for row in 0..<min(body.height, max(0, lineCount - top)) {
            let index = top + row
            let y = body.y + row
            frame.write(rendered.lines[index], x: x, y: y, maxX: body.maxX - 1)
            if focusLines.contains(index) { frame.write("▌", x: x - 2, y: y, style: Palette.focus) }
            if bookmarkLines.contains(index) { frame.write("◆", x: x - 2, y: y, style: Palette.accent) }
        }
        if !matches.isEmpty {
            let visible = top..<(top + body.height)
            for (i, match) in matches.enumerated() where visible.contains(match.line) {
                frame.highlight(x: x + match.column, y: body.y + match.line - top, count: match.width,
                                with: i == currentMatch ? Palette.currentMatch : Palette.match)
            }
        }
        drawScrollbar(into: &frame, x: body.maxX - 1, y: body.y, height: body.height)
        switch mode {
        case .reading: break
        case .searching: drawSearchPrompt(into: &frame, in: body.row(body.height - 1))
        case .contents(let selected): drawContents(into: &frame, in: body, selected: selected)
        case .bookmarks(let selected): drawBookmarks(into: &frame, in: body, selected: selected)
        }
    }

    private func drawHeader(into frame: inout Frame, in row: Rect) {
        let percent = lineCount == 0 ? 0 : Int((Double(min(lineCount, top + viewHeight)) / Double(lineCount) * 100).rounded())
        var right = "\(percent)%"
        if completed { right = "✓ " + right }
        if !activeQuery.isEmpty && mode != .searching {
            let counter = matches.isEmpty ? "no match" : "\((currentMatch ?? 0) + 1)/\(matches.count)"
            right = "“\(TextFit.truncate(activeQuery, to: 16))” \(counter)   " + right
        }
        let barWidth = row.width >= 100 ? 20 : 10
        Chrome.header(&frame, in: row, title: "\(lesson.order). \(lesson.title)", right: right + String(repeating: " ", count: barWidth + 1))
        let barX = row.maxX - 1 - barWidth
        if DisplayWidth.of(right) + barWidth + 5 < row.width / 2 {
            let fraction = lineCount == 0 ? 0 : Double(min(lineCount, top + viewHeight)) / Double(lineCount)
            ProgressBar.draw(&frame, x: barX, y: row.y, width: barWidth, fraction: fraction, style: Palette.header)
            frame.restyle(x: barX, y: row.y, count: barWidth, style: Palette.header)
        }
    }

    private func drawScrollbar(into frame: inout Frame, x: Int, y: Int, height: Int) {
        guard lineCount > height, height > 0 else { return }
        let thumb = max(1, height * height / lineCount)
        let start = maxTop == 0 ? 0 : (height - thumb) * top / maxTop
        for row in 0..<height {
            let inThumb = row >= start && row < start + thumb
            frame.write(inThumb ? "┃" : "│", x: x, y: y + row, style: inThumb ? Palette.accent : Palette.barEmpty)
        }
    }

    private func drawSearchPrompt(into frame: inout Frame, in row: Rect) {
        frame.fill(row, style: Palette.plain)
        frame.write("/", x: row.x + 1, y: row.y, style: Palette.footerKey)
        let counter = activeQuery.isEmpty ? "" : matches.isEmpty ? "no match" : "\((currentMatch ?? 0) + 1)/\(matches.count)"
        let counterWidth = DisplayWidth.of(counter)
        query.draw(into: &frame, x: row.x + 2, y: row.y, width: row.width - counterWidth - 5, style: Palette.plain, focused: true)
        frame.write(counter, x: row.maxX - counterWidth - 2, y: row.y, style: matches.isEmpty ? Palette.warning : Palette.dim)
    }

    private func drawContents(into frame: inout Frame, in body: Rect, selected: Int) {
        let headings = rendered.headings
        let width = min(body.width - 4, max(40, (headings.map { DisplayWidth.of($0.text) + 2 * $0.level }.max() ?? 0) + 6))
        let height = min(body.height - 2, headings.count + 2)
        let inside = Box.draw(&frame, in: body.centred(width: width, height: height), title: "Contents")
        let top = ScrollWindow.top(keeping: selected, visible: inside.height, count: headings.count, currentTop: 0)
        let current = currentHeading
        for (offset, heading) in headings.dropFirst(top).prefix(inside.height).enumerated() {
            let index = top + offset
            let y = inside.y + offset
            let style = index == selected ? Palette.selection : heading.level <= 2 ? Palette.bold : Palette.plain
            if index == selected { frame.fill(inside.row(offset), style: style) }
            let indent = 1 + 2 * max(0, heading.level - 1)
            frame.write(index == current ? "•" : " ", x: inside.x, y: y, style: index == selected ? style : Palette.accent)
            frame.write(heading.text, x: inside.x + indent, y: y, style: style, maxX: inside.maxX)
        }
    }

    private func drawBookmarks(into frame: inout Frame, in body: Rect, selected: Int) {
        let width = min(body.width - 4, 70)
        let height = min(body.height - 2, bookmarks.count + 2)
        let inside = Box.draw(&frame, in: body.centred(width: width, height: height), title: "Bookmarks")
        let top = ScrollWindow.top(keeping: selected, visible: inside.height, count: bookmarks.count, currentTop: 0)
        for (offset, mark) in bookmarks.dropFirst(top).prefix(inside.height).enumerated() {
            let index = top + offset
            let line = rendered.line(forSourceLine: mark.sourceLine) ?? 0
            let section = rendered.headings.last { $0.line <= line }?.text ?? lesson.title
            let snippet = self.snippet(at: line)
            let percent = lineCount == 0 ? 0 : line * 100 / lineCount
            let style = index == selected ? Palette.selection : Palette.plain
            if index == selected { frame.fill(inside.row(offset), style: style) }
            let label = "\(String(percent).leftPadded(to: 3))%  \(section)" + (snippet == section || snippet.isEmpty ? "" : " · \(snippet)")
            frame.write(label, x: inside.x + 1, y: inside.y + offset, style: style, maxX: inside.maxX)
        }
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
