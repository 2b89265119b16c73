import Course
import Foundation
import Quiz
import Study
import Testing
@testable import dli_tutor

/// A screen that records what the app does with it.
private struct ProbeScreen: Screen {
    var title = "Probe"
    var keyHelp: [KeyHelp] { [KeyHelp(label: "x", help: "do the thing", footer: "thing")] }
    var quitConfirmation: String?
    var writes: [StudyWrite] = []
    var effectForX: Effect = .none
    var resizes = 0
    var refreshes = 0
    var pendingWrites: [StudyWrite] { writes }

    mutating func resize(to size: Size, env: AppEnvironment) { resizes += 1 }
    mutating func refresh(env: AppEnvironment) { refreshes += 1 }
    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        event == .key(.char("x")) ? effectForX : .ignored
    }
    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        frame.write("probe \(resizes) \(refreshes)", x: area.x, y: area.y)
    }
}

@Suite struct AppTests {
    let size = Size(width: 80, height: 24)
    let write = StudyWrite.reading(courseID: "fixture-course", lessonID: "l01-attention", position: ReadingPosition(sourceLine: 9),
                                   seen: LineRanges([9..<20]), share: 0.5)

    /// Defect 13: q/Esc go back, and on the home screen they ask before quitting
    /// (a key pressed once too often); the help says so.
    @Test func qGoesBackAndAsksBeforeQuittingFromTheRoot() throws {
        var app = try Fixtures.app(size: size)
        app.apply(.push(ProbeScreen()))
        #expect(app.depth == 2)
        app.press(.char("q"))
        #expect(app.depth == 1)
        #expect(!app.isFinished)
        app.press(.escape)
        #expect(!app.isFinished)
        #expect(app.frame.text.contains("Leave dli-tutor?"))
        app.press(.char("n"))
        #expect(!app.isFinished && !app.frame.text.contains("Leave dli-tutor?"))
        app.press(.char("q"), .char("y"))
        #expect(app.isFinished)
        var help = try Fixtures.app(size: size)
        help.press(.char("?"))
        #expect(help.frame.text.contains("on the home screen: asks to quit"))
    }

    @Test func capitalQQuitsFromAnywhereAndSavesEveryScreen() throws {
        let store = RecordingStudyStore()
        var app = try Fixtures.app(size: size, store: store)
        app.apply(.push(ProbeScreen(writes: [write])))
        app.apply(.push(ProbeScreen()))
        app.press(.char("Q"))
        #expect(app.isFinished)
        #expect(store.writes == [write])
    }

    @Test func quittingWhenTheStoreFailsStillQuitsAndKeepsTheReason() throws {
        let store = RecordingStudyStore()
        var app = try Fixtures.app(size: size, store: store)
        app.apply(.push(ProbeScreen(writes: [write])))
        #expect(app.exitError == nil)
        store.failure = "disk full"
        app.press(.char("Q"))
        #expect(app.isFinished)
        #expect(app.exitError == "Could not save your progress: disk full")
    }

    @Test func quittingAsksFirstWhenAScreenSaysSo() throws {
        var app = try Fixtures.app(size: size)
        app.apply(.push(ProbeScreen(quitConfirmation: "An exam is running. Quit anyway?")))
        app.press(.char("Q"))
        #expect(!app.isFinished)
        #expect(app.frame.text.contains("An exam is running. Quit anyway?"))
        app.press(.char("n"))
        #expect(!app.isFinished)
        app.press(.char("Q"), .char("y"))
        #expect(app.isFinished)
    }

    @Test func leavingAScreenWritesItsProgressFirst() throws {
        let store = RecordingStudyStore()
        var app = try Fixtures.app(size: size, store: store)
        app.apply(.push(ProbeScreen(writes: [write])))
        app.press(.char("q"))
        #expect(store.writes == [write])
        #expect(app.depth == 1)
    }

    @Test func aFailedWriteKeepsTheScreenAndSaysSo() throws {
        let store = RecordingStudyStore()
        var app = try Fixtures.app(size: size, store: store)
        app.apply(.push(ProbeScreen(writes: [write])))
        store.failure = "disk full"
        app.press(.char("q"))
        #expect(app.depth == 2)
        #expect(app.frame.text.contains("Could not save your progress: disk full"))
        app.press(.char(" "))  // dismiss
        store.failure = nil
        app.press(.char("q"))
        #expect(app.depth == 1)
    }

    @Test func aBatchStopsAtTheFirstFailedWrite() throws {
        let store = RecordingStudyStore()
        var app = try Fixtures.app(size: size, store: store)
        store.failure = "read-only"
        app.apply(.push(ProbeScreen(effectForX: .batch([.save(write), .push(ProbeScreen(title: "Next"))]))))
        app.press(.char("x"))
        #expect(app.depth == 2)
        #expect(app.top.title == "Probe")
    }

    @Test func helpIsGeneratedFromTheKeyTable() throws {
        var app = try Fixtures.app(size: size)
        app.apply(.push(ProbeScreen()))
        app.press(.char("?"))
        let text = app.frame.text
        #expect(text.contains("Keys: Probe"))
        #expect(text.contains("do the thing"))
        #expect(text.contains("quit"))
        app.press(.char("z"))
        #expect(!app.frame.text.contains("Keys: Probe"))
        #expect(app.frame.rowText(23).contains("x thing"))
    }

    @Test func tooSmallSaysWhatIsNeededAndIgnoresKeys() throws {
        var app = try Fixtures.app(size: Size(width: 59, height: 20))
        #expect(app.frame.text.contains("needs 60×16"))
        app.press(.char("l"))
        #expect(app.depth == 1)
        app.resize(to: size)
        #expect(app.frame.text.contains("Continue reading"))
        app.resize(to: Size(width: 70, height: 15))
        app.press(.char("Q"))
        #expect(app.isFinished)
    }

    @Test func screensLayOutBeforeTheirFirstDrawAndRefreshWhenRevealed() throws {
        var app = try Fixtures.app(size: size)
        app.apply(.push(ProbeScreen()))
        #expect(app.frame.rowText(0) == "probe 1 0")
        app.resize(to: Size(width: 100, height: 30))
        #expect(app.frame.rowText(0) == "probe 2 0")
        app.resize(to: Size(width: 100, height: 30))
        #expect(app.frame.rowText(0) == "probe 2 0")
        app.apply(.push(ProbeScreen()))
        app.press(.char("q"))
        #expect(app.frame.rowText(0) == "probe 2 1")
    }

    @Test func homeShortcutsOpenPracticeTheExamAndStats() throws {
        var app = try Fixtures.app(size: size)
        app.press(.char("p"))
        #expect(app.top is PracticeScreen)
        app.press(.char("q"), .char("e"))
        #expect(app.top is ExamIntroScreen)
        app.press(.char("q"), .char("s"))
        #expect(app.top is StatsScreen)
    }

    @Test func switchingCourseGoesToItsHome() throws {
        var app = try Fixtures.app(size: size, library: [Fixtures.importedCourse])
        app.press(.char("o"))
        #expect(app.top.title == "Lessons")
        app.press(.enter)
        #expect(app.depth == 1)
        #expect(app.env.course.id == "imported-xdev")
        #expect(app.frame.rowText(0).contains("Luyện thi NVIDIA DLI"))
    }

    /// The lessons list opens on the lesson read last.
    @Test func theLessonsListOpensOnTheLessonReadLast() throws {
        var app = try Fixtures.app(size: size)
        app.apply(.open(.reader(lessonID: "l02-ddpm")))
        app.press(.char("q"), .char("l"))
        let lessons = try #require(app.top as? LessonsScreen)
        #expect(lessons.rows[lessons.selected] == .lesson(try #require(Fixtures.course.lesson(id: "l02-ddpm"))))
    }

    /// Defect 1: the course chosen in the app is the one it opens with next time.
    @Test func theChosenCourseIsRememberedForTheNextStart() throws {
        let store = RecordingStudyStore(courses: [Fixtures.course, Fixtures.importedCourse])
        var app = try Fixtures.app(size: size, store: store, library: [Fixtures.importedCourse])
        let library = app.env.library
        #expect(StudyApp.startCourse(in: library, chosen: try store.chosenCourseID())?.id == Fixtures.course.id)
        app.press(.char("o"), .enter)
        #expect(app.env.course.id == "imported-xdev")
        // What the next start reads from the data folder.
        #expect(try store.chosenCourseID() == "imported-xdev")
        #expect(StudyApp.startCourse(in: library, chosen: try store.chosenCourseID())?.id == "imported-xdev")
        // A remembered course that is gone (deleted from the data folder) falls back to the first.
        #expect(StudyApp.startCourse(in: library, chosen: "deleted-course")?.id == Fixtures.course.id)
    }
}
