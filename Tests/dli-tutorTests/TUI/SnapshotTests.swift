import Course
import Foundation
import Study
import Testing
@testable import dli_tutor

/// Every screen rendered into a `Frame` in its key states at 80×24 and 120×40,
/// compared with `Tests/dli-tutorTests/Snapshots/*.txt`. Re-record with
/// `DLI_TUTOR_RECORD_SNAPSHOTS=1 swift test --filter Snapshot` and review the diff.
@Suite struct SnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: sizes) func home(size: Size) throws {
        let app = try Fixtures.app(size: size, store: Fixtures.activeStore())
        Snapshot.check(app.frame, named: "home-\(size.width)x\(size.height)")
    }

    @Test func homeForANewLearner() throws {
        let app = try Fixtures.app(size: Size(width: 80, height: 24))
        Snapshot.check(app.frame, named: "home-new-80x24")
    }

    @Test(arguments: sizes) func lessonsTree(size: Size) throws {
        var app = try Fixtures.app(size: size, store: Fixtures.activeStore(), library: [Fixtures.importedCourse])
        app.press(.char("l"))
        Snapshot.check(app.frame, named: "lessons-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes) func helpOverlay(size: Size) throws {
        var app = try Fixtures.app(size: size, store: Fixtures.activeStore())
        app.press(.char("?"))
        Snapshot.check(app.frame, named: "help-home-\(size.width)x\(size.height)")
    }

    @Test func tooSmall() throws {
        let app = try Fixtures.app(size: Size(width: 59, height: 15))
        Snapshot.check(app.frame, named: "too-small-59x15")
    }

    @Test(arguments: sizes) func calculatorList(size: Size) throws {
        var app = try Fixtures.app(size: size)
        app.press(.char("x"))
        Snapshot.check(app.frame, named: "calculators-\(size.width)x\(size.height)")
    }

    /// Each calculator with its working example, then with a field made invalid.
    @Test(arguments: Calculators.names) func calculator(name: String) throws {
        var app = try Fixtures.app(size: Size(width: 80, height: 24))
        app.press(.char("x"))
        let index = Calculators.names.firstIndex(of: name) ?? 0
        for _ in 0..<index { app.press(.char("j")) }
        app.press(.enter)
        Snapshot.check(app.frame, named: "calc-\(name)-valid-80x24")
        #expect(app.frame.text.contains("── Result"))

        // The first numeric field gets a letter; calculators without one get an unknown argument.
        let fields = Calculators.named(name)?.fields ?? []
        if let numeric = fields.firstIndex(where: { $0.example.contains(where: \.isNumber) }) {
            for _ in 0..<numeric { app.press(.tab) }
            app.press(.end)
            app.type("x")
        } else {
            for _ in 0..<fields.count { app.press(.tab) }
            app.type("bogus=1")
        }
        let invalid = app.frame
        Snapshot.check(invalid, named: "calc-\(name)-invalid-80x24")
        #expect(invalid.text.contains("✗"))
        #expect(invalid.text.contains("Last valid result"))
    }

    @Test(arguments: ["lora", "ddpm", "sampling"]) func calculatorWide(name: String) throws {
        var app = try Fixtures.app(size: Size(width: 120, height: 40))
        app.press(.char("x"))
        let index = Calculators.names.firstIndex(of: name) ?? 0
        for _ in 0..<index { app.press(.char("j")) }
        app.press(.enter)
        Snapshot.check(app.frame, named: "calc-\(name)-valid-120x40")
    }

    /// The first fixture lesson open in the reader.
    func reader(size: Size) throws -> App {
        var app = try Fixtures.app(size: size, store: Fixtures.activeStore())
        app.apply(.open(.reader(lessonID: "l01-attention")))
        return app
    }

    @Test(arguments: sizes) func readerWithSearchHits(size: Size) throws {
        var app = try reader(size: size)
        app.press(.char("/"))
        app.type("attention")
        app.press(.enter, .char("n"), .char("n"))
        Snapshot.check(app.frame, named: "reader-search-\(size.width)x\(size.height)")
    }

    @Test func readerTypingASearch() throws {
        var app = try reader(size: Size(width: 80, height: 24))
        app.press(.pageDown, .char("/"))
        app.type("softmax")
        Snapshot.check(app.frame, named: "reader-searching-80x24")
    }

    @Test(arguments: sizes) func readerContents(size: Size) throws {
        var app = try reader(size: size)
        app.press(.pageDown, .char("t"))
        Snapshot.check(app.frame, named: "reader-toc-\(size.width)x\(size.height)")
    }

    @Test func readerFocusedCalculator() throws {
        var app = try reader(size: Size(width: 80, height: 24))
        app.press(.tab)
        Snapshot.check(app.frame, named: "reader-calc-focus-80x24")
        app.press(.enter)
        Snapshot.check(app.frame, named: "calc-from-lesson-80x24")
    }

    @Test func readerBookmarks() throws {
        var app = try reader(size: Size(width: 80, height: 24))
        app.press(.pageDown, .char("b"), .char("G"), .char("b"), .char("B"))
        Snapshot.check(app.frame, named: "reader-bookmarks-80x24")
    }

    @Test func readerHelp() throws {
        var app = try reader(size: Size(width: 80, height: 24))
        app.press(.char("?"))
        Snapshot.check(app.frame, named: "help-reader-80x24")
    }

    @Test func readerQuestionAnswered() throws {
        let course = Fixtures.importedCourse
        let env = AppEnvironment(library: [.init(course: course, source: .imported)], course: course,
                                 store: RecordingStudyStore(courses: [course]), clock: { Fixtures.now }, calendar: Fixtures.utc)
        var app = App(env: env, size: Size(width: 80, height: 24), root: try HomeScreen(env: env))
        app.apply(.open(.reader(lessonID: "l01-attention")))
        app.press(.char("G"), .tab, .tab, .char("2"))
        Snapshot.check(app.frame, named: "reader-question-answered-80x24")
    }
}
