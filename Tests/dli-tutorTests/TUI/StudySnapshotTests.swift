import Course
import Foundation
import Quiz
import Study
import Testing
@testable import dli_tutor

/// The practice, exam and stats screens at 80×24 and 120×40, compared with
/// `Tests/dli-tutorTests/Snapshots/*.txt`. Some snapshots add a style layer
/// (one code per cell, legend below) so colours that carry meaning are checked
/// too. Re-record with `DLI_TUTOR_RECORD_SNAPSHOTS=1 swift test --filter Snapshot`.
@Suite struct StudySnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    /// Practice moved on to the code question.
    func practiceOnCodeQuestion(size: Size) throws -> App {
        var app = try StudyFixtures.app(size: size)
        app.press(.char("p"))
        for _ in 0..<6 where StudyFixtures.question(on: app)?.id != "s-001" {
            app.press(StudyFixtures.letter(for: app, right: true), .char("4"))
        }
        #expect(StudyFixtures.question(on: app)?.id == "s-001")
        return app
    }

    @Test(arguments: sizes) func practiceQuestion(size: Size) throws {
        let app = try practiceOnCodeQuestion(size: size)
        Snapshot.check(app.frame, named: name("practice-question", size))
    }

    @Test(arguments: sizes) func practiceAnswered(size: Size) throws {
        var app = try practiceOnCodeQuestion(size: size)
        app.press(.char("b"))
        Snapshot.check(text: StyleLayer.text(of: app.frame), named: name("practice-answered", size))
    }

    @Test func practiceFinished() throws {
        let store = RecordingStudyStore(newPerDay: 2), clock = TestClock()
        var app = try StudyFixtures.app(store: store, clock: clock)
        app.press(.char("p"))
        for _ in 0..<2 {
            clock.advance(5)
            app.press(StudyFixtures.letter(for: app, right: true), .char("3"))
        }
        // Both come back as learning cards within the session; rate them Easy.
        for _ in 0..<4 where StudyFixtures.question(on: app) != nil {
            clock.advance(5)
            app.press(StudyFixtures.letter(for: app, right: true), .char("4"))
        }
        #expect(StudyFixtures.question(on: app) == nil)
        Snapshot.check(app.frame, named: "practice-finished-80x24")
    }

    @Test func examIntroduction() throws {
        var app = try StudyFixtures.app()
        app.press(.char("e"))
        Snapshot.check(app.frame, named: "exam-intro-80x24")
    }

    /// An exam with one answer, one flag and 4 minutes left.
    func examUnderWay(size: Size) throws -> (App, TestClock) {
        let clock = TestClock()
        var app = try StudyFixtures.app(size: size, clock: clock)
        app.press(.char("e"), .enter)
        app.press(StudyFixtures.letter(for: app, right: true), .char("m"))
        clock.advance(6 * 60)
        app.send(.tick(clock.now))
        return (app, clock)
    }

    @Test(arguments: sizes) func examQuestionWithPaletteAndLowTime(size: Size) throws {
        var (app, _) = try examUnderWay(size: size)
        if size.width < 100 { app.press(.char("p")) }
        Snapshot.check(text: StyleLayer.text(of: app.frame), named: name("exam-question-low-time", size))
    }

    @Test(arguments: sizes) func examSubmitConfirmation(size: Size) throws {
        var (app, _) = try examUnderWay(size: size)
        app.press(.char("s"))
        Snapshot.check(app.frame, named: name("exam-submit", size))
    }

    /// A submitted exam: two right, one wrong, one blank.
    func examResults(size: Size) throws -> App {
        let clock = TestClock()
        var app = try StudyFixtures.app(size: size, clock: clock)
        app.press(.char("e"), .enter)
        for right in [true, false, true] {
            clock.advance(50)
            app.press(StudyFixtures.letter(for: app, right: right))
        }
        app.press(.char("m"))
        clock.advance(100)
        app.press(.char("s"), .char("y"))
        return app
    }

    @Test(arguments: sizes) func examResult(size: Size) throws {
        let app = try examResults(size: size)
        Snapshot.check(text: StyleLayer.text(of: app.frame), named: name("exam-results", size))
    }

    @Test(arguments: sizes) func examReview(size: Size) throws {
        var app = try examResults(size: size)
        app.press(.char("w"))
        Snapshot.check(app.frame, named: name("exam-review", size))
    }

    @Test(arguments: sizes) func stats(size: Size) throws {
        let store = StudyFixtures.activeStore()
        var app = try StudyFixtures.app(size: size, store: store)
        app.press(.char("s"))
        Snapshot.check(app.frame, named: name("stats", size))
        if size.height < 40 {
            app.press(.char("G"))
            Snapshot.check(app.frame, named: name("stats-end", size))
        }
    }

    @Test func statsOfANewLearner() throws {
        var app = try StudyFixtures.app()
        app.press(.char("s"))
        Snapshot.check(app.frame, named: "stats-new-80x24")
    }
}

/// A frame's styles as text: one code per cell for the styles that carry
/// meaning, a legend of the codes used, so snapshots check colours too.
enum StyleLayer {
    /// Codes of the styles, general ones first (styles with equal values get the first name).
    static let codes: [(Character, String, CellStyle)] = [
        ("H", "header/selection", Palette.header), ("h", "header (dim)", Palette.headerDim), ("T", "title/key", Palette.title),
        ("d", "dim", Palette.dim), ("b", "bold", Palette.bold), ("G", "good", Palette.good), ("B", "bad", Palette.bad),
        ("Y", "warning", Palette.warning), ("A", "accent", Palette.accent), ("s", "status", Palette.footerStatus),
        ("#", "border", Palette.border), ("=", "bar", Palette.barFilled), (":", "bar track", Palette.barEmpty),
        ("W", "clock under 5 min", Palette.clockWarning), ("C", "clock under 1 min", Palette.clockCritical),
        ("c", "clock", Palette.clock), ("w", "time bar under 5 min", Palette.timeBarWarning), ("t", "time bar", Palette.timeBar),
        ("R", "correct option", Palette.correctOption), ("X", "wrong option", Palette.wrongOption),
        ("O", "chosen option", Palette.chosenOption), ("P", "proposed rating", Palette.proposedRating),
        ("f", "flagged", Palette.paletteFlagged), ("Z", "palette cursor", Palette.paletteCursor), ("F", "focus", Palette.focus),
        ("|", "pass line", Palette.passLine),
    ]

    static func text(of frame: Frame) -> String {
        var used: [Character: String] = [:]
        var rows: [String] = []
        for y in 0..<frame.height {
            var row = ""
            for x in 0..<frame.width {
                let style = frame[x, y].style
                if let entry = codes.first(where: { $0.2 == style }) {
                    row.append(entry.0)
                    used[entry.0] = entry.1
                } else {
                    row.append(style == .plain ? " " : ".")
                }
            }
            while row.last == " " { row.removeLast() }
            rows.append(row)
        }
        let legend = codes.filter { used[$0.0] != nil }.map { "\($0.0) \($0.1)" } + [". other style"]
        return Snapshot.text(of: frame) + "── styles\n" + rows.joined(separator: "\n") + "\n── " + legend.joined(separator: " · ") + "\n"
    }
}
