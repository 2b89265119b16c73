import Course
import Foundation
import Study
import Testing
@testable import dli_tutor

@Suite struct ReaderTests {
    let size = Size(width: 80, height: 24)

    /// The app with the first fixture lesson open in the reader.
    func readerApp(size: Size = Size(width: 80, height: 24), store: RecordingStudyStore = RecordingStudyStore(),
                   lesson: String = "l01-attention") throws -> App {
        var app = try Fixtures.app(size: size, store: store)
        app.apply(.open(.reader(lessonID: lesson)))
        #expect(app.top is ReaderScreen)
        return app
    }

    func reader(_ app: App) throws -> ReaderScreen { try #require(app.top as? ReaderScreen) }

    /// Opens the contents and jumps to the heading that contains `text`.
    func jump(_ app: inout App, toHeading text: String) throws {
        app.press(.char("t"))
        let state = try reader(app)
        guard case .contents(let selected) = state.mode,
              let target = state.headings.firstIndex(where: { $0.text.contains(text) }) else {
            Issue.record("no contents or no heading “\(text)”")
            return
        }
        for _ in 0..<abs(target - selected) { app.press(target > selected ? .char("j") : .char("k")) }
        app.press(.enter)
    }

    /// The row of the body (frame row) that shows `text`, if any.
    func row(of text: String, in frame: Frame) -> Int? {
        (0..<frame.height).first { frame.rowText($0).contains(text) }
    }

    @Test func scrollsByLinePageHalfPageAndEnds() throws {
        var app = try readerApp()
        let lines = try reader(app).lineCount
        #expect(lines > 40)
        app.press(.char("j"), .char("j"), .down)
        #expect(try reader(app).top == 3)
        app.press(.char("k"))
        #expect(try reader(app).top == 2)
        app.press(.pageDown)
        #expect(try reader(app).top == 2 + 20)
        app.press(.ctrl("u"))
        #expect(try reader(app).top == 22 - 11)
        app.press(.char("g"))
        #expect(try reader(app).top == 0)
        app.press(.char("k"))
        #expect(try reader(app).top == 0)
        app.send(.scroll(lines: 3))
        #expect(try reader(app).top == 3)
        app.press(.char("G"))
        #expect(try reader(app).top == lines - 22)
        app.press(.char(" "))
        #expect(try reader(app).top == lines - 22)
    }

    @Test func jumpingToTheEndIsNotReadingButPagingThroughIs() throws {
        let store = RecordingStudyStore()
        var app = try readerApp(store: store)
        func completions() -> Int { store.writes.count { if case .lessonCompleted = $0 { true } else { false } } }
        app.press(.char("G"))
        #expect(completions() == 0)
        #expect(app.frame.rowText(0).contains("% read") && !app.frame.rowText(0).contains("✓"))
        app.press(.char("g"))
        for _ in 0..<200 where completions() == 0 { app.press(.pageDown) }
        #expect(completions() == 1)
        #expect(app.frame.rowText(23).contains("Lesson complete"))
        app.press(.char("g"), .char("G"))
        #expect(completions() == 1)
        #expect(app.frame.rowText(0).contains("✓ read"))
        app.press(.char("q"))
        let reading = try #require(try store.readings(courseID: Fixtures.course.id)["l01-attention"])
        #expect(reading.completed && reading.share >= LessonReading.readShare)
    }

    @Test func theShareReadCountsTheLinesThatWereOnScreen() throws {
        let store = RecordingStudyStore()
        var app = try readerApp(store: store)
        app.press(.char("G"), .char("q"))
        let jumped = try #require(try store.readings(courseID: Fixtures.course.id)["l01-attention"])
        // The first and the last screen only: the lines between were never on screen.
        #expect(jumped.seen.ranges.count == 2 && jumped.share < LessonReading.readShare, "\(jumped)")
        #expect(!jumped.completed)
        app.apply(.open(.reader(lessonID: "l01-attention")))
        app.press(.char("g"))
        for _ in 0..<200 { app.press(.char("j")) }
        app.press(.char("q"))
        let scrolled = try #require(try store.readings(courseID: Fixtures.course.id)["l01-attention"])
        #expect(scrolled.share >= LessonReading.readShare && scrolled.completed)
    }

    @Test func leavingSavesThePositionAndOpeningResumesIt() throws {
        let store = RecordingStudyStore()
        var app = try readerApp(store: store)
        // Jump to the Elo section through the contents, then leave.
        try jump(&app, toHeading: "3. Elo")
        let frame = app.frame
        #expect(frame.rowText(1).contains("3. Elo for model arenas"))
        app.press(.char("q"))
        guard case .reading(_, "l01-attention", let position, let seen, let share)? = store.writes.last else {
            Issue.record("no reading position saved: \(store.writes)")
            return
        }
        #expect(position.sourceLine > 0)
        // The contents jumped over the middle of the lesson: it is not counted as read.
        #expect(seen.ranges.count == 2 && share < LessonReading.readShare, "share \(share) seen \(seen)")
        app.apply(.open(.reader(lessonID: "l01-attention")))
        #expect(app.frame.rowText(1).contains("3. Elo for model arenas"))
    }

    /// Defect 4 and the search gap: `/` opens empty (Up recalls earlier searches),
    /// a search that finds its first hit above says it wrapped, and `n` after
    /// scrolling continues from the screen, not from the last hit.
    @Test func searchOpensEmptyRecallsHistoryAndContinuesFromTheScreen() throws {
        var app = try readerApp()
        app.press(.char("/"))
        app.type("elo")
        app.press(.enter)
        app.press(.char("/"))
        #expect(try reader(app).query.text == "")
        app.type("att")
        #expect(try reader(app).query.text == "att")
        app.press(.up)
        #expect(try reader(app).query.text == "elo")
        app.press(.down)
        #expect(try reader(app).query.text == "")
        app.press(.escape)

        // From the end, the only hits of "saturation" are above: the search says it wrapped.
        app.press(.char("G"), .char("/"))
        app.type("saturation")
        #expect(app.frame.rowText(23).contains("Search wrapped to the top"))
        app.press(.escape, .char("g"), .char("/"))
        app.type("attention")
        app.press(.enter)
        let matches = try reader(app).matches
        #expect(try reader(app).currentMatch == 0)
        // Scroll away from the hit: n takes the first hit from the screen on.
        app.press(.char("G"))
        let top = try reader(app).top
        let expected = try #require(matches.firstIndex { $0.line >= top })
        #expect(expected > 1)
        app.press(.char("n"))
        #expect(try reader(app).currentMatch == expected)
    }

    @Test func searchHighlightsHitsAndMovesBetweenThem() throws {
        var app = try readerApp()
        app.press(.char("/"))
        #expect(app.top.capturesText)
        app.type("attention")
        let typed = try reader(app)
        #expect(typed.matches.count >= 6)
        #expect(app.frame.rowText(22).contains("1/\(typed.matches.count)"))
        app.press(.enter)
        #expect(!app.top.capturesText)
        let first = try #require(try reader(app).currentMatch)
        app.press(.char("n"))
        #expect(try reader(app).currentMatch == first + 1)
        app.press(.char("N"), .char("N"))
        #expect(try reader(app).currentMatch == first - 1 || first == 0)
        // Every visible hit is drawn in the match style, the current one in its own.
        let state = try reader(app)
        let frame = app.frame
        let margin = state.textX(in: frame.width)
        var checked = 0
        for (i, match) in state.matches.enumerated() where match.line >= state.top && match.line < state.top + 22 {
            let cell = frame[margin + match.column, 1 + match.line - state.top]
            let expected = i == state.currentMatch ? Palette.currentMatch : Palette.match
            #expect(cell.style.background == expected.background)
            checked += 1
        }
        #expect(checked > 0)
        app.press(.escape)
        #expect(try reader(app).matches.isEmpty)
        #expect(app.depth == 2)
    }

    @Test func searchIsSmartAboutCaseAndDiacritics() throws {
        var app = try readerApp()
        app.press(.char("/"))
        app.type("chu y")
        #expect(try reader(app).matches.count == 1)  // "chú ý"
        app.press(.ctrl("u"))
        app.type("Attention")
        let capital = try reader(app).matches.count
        app.press(.ctrl("u"))
        app.type("attention")
        #expect(try reader(app).matches.count > capital)
        app.press(.ctrl("u"))
        app.type("注意")
        #expect(try reader(app).matches.count == 2)  // 注意力 and 注意機構
        app.press(.escape)
        #expect(try reader(app).top == 0)
    }

    @Test func tabFocusesCalculatorBlocksAndEnterOpensThemPrefilled() throws {
        var app = try readerApp()
        app.press(.tab)
        #expect(try reader(app).focusedCalc == 0)
        app.press(.tab)
        #expect(try reader(app).focusedCalc == 1)
        app.press(.backTab)
        #expect(try reader(app).focusedCalc == 0)
        app.press(.enter)
        let calculator = try #require(app.top as? CalculatorScreen)
        #expect(calculator.form?.calculator.name == "attention")
        #expect(calculator.form?.text(at: 0) == "1,0;0,1")
        #expect(calculator.focus == .form)
        app.press(.escape)
        #expect(app.top is ReaderScreen)
    }

    @Test func bookmarksToggleListAndDelete() throws {
        let store = RecordingStudyStore()
        var app = try readerApp(store: store)
        app.press(.pageDown, .char("b"))
        let first = try reader(app).position
        #expect(try reader(app).bookmarks == [first])
        app.press(.char("G"), .char("b"))
        #expect(try reader(app).bookmarks.count == 2)
        app.press(.char("B"))
        #expect(app.frame.text.contains("Bookmarks"))
        app.press(.enter)
        #expect(try reader(app).position == first)
        app.press(.char("b"))
        #expect(try reader(app).bookmarks.count == 1)
        // Deleting asks first: any key but y keeps the bookmark.
        app.press(.char("B"), .char("d"))
        #expect(app.frame.text.contains("Delete this bookmark?"))
        app.press(.char("n"))
        #expect(try reader(app).bookmarks.count == 1)
        #expect(app.frame.rowText(23).contains("Bookmark kept"))
        app.press(.char("?"))
        #expect(app.frame.text.contains("delete the bookmark"))
        app.press(.escape, .char("d"), .char("y"))
        #expect(try reader(app).bookmarks.isEmpty)
        guard case .bookmarks(_, _, let marks)? = store.writes.last else {
            Issue.record("bookmarks not saved")
            return
        }
        #expect(marks.isEmpty)
    }

    @Test func nextAndPreviousLesson() throws {
        let store = RecordingStudyStore()
        var app = try readerApp(store: store)
        app.press(.char("["))
        #expect(app.frame.rowText(23).contains("first lesson"))
        app.press(.char("]"))
        #expect(try reader(app).lesson.id == "l02-ddpm")
        #expect(app.depth == 2)
        #expect(store.writes.contains { if case .reading(_, "l01-attention", _, _, _) = $0 { true } else { false } })
        app.press(.char("]"))
        #expect(app.frame.rowText(23).contains("last lesson"))
    }

    @Test func resizingKeepsTheReadingPlace() throws {
        var app = try readerApp(size: Size(width: 120, height: 18))
        try jump(&app, toHeading: "3. Elo")
        #expect(app.frame.rowText(1).contains("3. Elo for model arenas"))
        app.resize(to: Size(width: 64, height: 17))
        #expect(app.frame.rowText(1).contains("3. Elo for model arenas"))
        app.resize(to: Size(width: 120, height: 18))
        #expect(app.frame.rowText(1).contains("3. Elo for model arenas"))
    }

    @Test func wideTextStaysAligned() throws {
        var app = try readerApp(size: Size(width: 120, height: 40))
        try jump(&app, toHeading: "2. Unicode")
        let frame = app.frame
        // The table's borders fall on the same columns in every row, whatever the text.
        let rows = (0..<frame.height).filter { y in
            let text = frame.rowText(y)
            return text.contains("│ Q") || text.contains("│ K") || text.contains("│ term")
        }
        #expect(rows.count == 3)
        let borders = rows.map { y in (0..<frame.width).filter { frame[$0, y].text == "│" } }
        #expect(Set(borders).count == 1)
        // CJK takes two cells: the text after it starts where its width says.
        let cjk = try #require(row(of: "中文", in: frame))
        let start = try #require((0..<frame.width).first { frame[$0, cjk].text == "中" })
        #expect(frame[start + 1, cjk].isContinuation)
        #expect(frame[start + 2, cjk].text == "文")
    }

    @Test func importedLessonsEndWithTheirQuestionsAnswerableInPlace() throws {
        let course = Fixtures.importedCourse
        let store = RecordingStudyStore(courses: [course])
        let env = AppEnvironment(library: [.init(course: course, source: .imported)], course: course, store: store,
                                 clock: { Fixtures.now }, calendar: Fixtures.utc)
        var app = App(env: env, size: size, root: try HomeScreen(env: env))
        app.apply(.open(.reader(lessonID: "l01-attention")))
        #expect(try reader(app).checks.map(\.id) == ["f-001"])
        app.press(.char("G"))
        #expect(app.frame.text.contains("Check yourself"))
        app.press(.tab)  // the Elo block, still on screen
        #expect(try reader(app).focusedCalc == 1)
        app.press(.tab)
        #expect(try reader(app).focusedQuestion == 0)
        #expect(app.frame.rowText(23).contains("Press 1–2 to answer"))
        app.press(.char("2"))
        #expect(try reader(app).answers == ["f-001": 1])
        #expect(app.frame.rowText(23).contains("Not quite: the answer is 1"))
        #expect(app.frame.text.contains("The key width sets the scale"))
        guard case .answer("imported-xdev", let question, 1, Fixtures.now)? = store.writes.last else {
            Issue.record("answer not saved: \(store.writes)")
            return
        }
        #expect(question.id == "f-001")
        app.press(.char("1"))
        #expect(app.frame.rowText(23).contains("Already answered"))
        #expect(store.writes.filter { if case .answer = $0 { true } else { false } }.count == 1)
    }

    /// A completion, a bookmark or an answer whose write failed is not shown as
    /// done, so the learner can do it again once the store works.
    @Test func aFailedWriteLeavesTheReaderAsItWas() throws {
        func written(_ store: RecordingStudyStore, _ kind: (StudyWrite) -> Bool) -> Int { store.writes.filter(kind).count }
        let store = RecordingStudyStore()
        var app = try readerApp(store: store)
        store.failure = "disk full"
        while try !app.frame.text.contains("Could not save") && !reader(app).atEnd { app.press(.pageDown) }
        #expect(app.frame.text.contains("Could not save your progress: disk full"))
        app.press(.char(" "))  // dismiss
        #expect(try !reader(app).completed)
        app.press(.char("b"), .char(" "))
        #expect(try reader(app).bookmarks.isEmpty)
        store.failure = nil
        app.press(.char("k"), .char("j"), .char("b"))
        #expect(written(store) { if case .lessonCompleted = $0 { true } else { false } } == 1)
        #expect(try reader(app).completed && reader(app).bookmarks.count == 1)

        let course = Fixtures.importedCourse
        let imported = RecordingStudyStore(courses: [course])
        let env = AppEnvironment(library: [.init(course: course, source: .imported)], course: course, store: imported,
                                 clock: { Fixtures.now }, calendar: Fixtures.utc)
        var other = App(env: env, size: size, root: try HomeScreen(env: env))
        other.apply(.open(.reader(lessonID: "l01-attention")))
        other.press(.char("G"), .tab, .tab)
        imported.failure = "disk full"
        other.press(.char("2"), .char(" "))
        #expect(try reader(other).answers.isEmpty)
        imported.failure = nil
        other.press(.char("2"))
        #expect(try reader(other).answers == ["f-001": 1])
        #expect(written(imported) { if case .answer = $0 { true } else { false } } == 1)
    }

    @Test func bundledLessonsHaveNoQuestionsSection() throws {
        var app = try readerApp()
        #expect(try reader(app).checks.isEmpty)
        app.press(.char("G"))
        #expect(!app.frame.text.contains("Check yourself"))
    }
}
