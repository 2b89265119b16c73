import Foundation
import Testing
@testable import Course

@Suite struct XdevImporterTests {
    func convert(_ change: (inout [String: String]) -> Void = { _ in }) -> XdevImport {
        XdevImporter.convert(XdevSamples.source(change))
    }

    @Test func seriesBecomeCoursesPerLanguage() throws {
        let result = convert()
        #expect(result.errors.isEmpty)
        #expect(result.courses.map(\.course.id) == ["xdev-demo-series", "xdev-demo-series-en"])
        #expect(result.courses.map(\.course.language) == ["vi", "en"])
        #expect(result.courses.map(\.course.title) == ["Demo: Signals & Systems", "Demo (English): Signals & Systems"])
        #expect(result.courses[0].course.description == "A small series for tests.")
    }

    @Test func chaptersLessonsAndQuestions() throws {
        let result = convert()
        let imported = try #require(result.courses.first)
        let course = imported.course
        #expect(course.chapters == [Chapter(id: "basics", number: 1, title: "Part 1: Basics", weight: 40),
                                    Chapter(id: "filters", number: 2, title: "Part 2: Filters", weight: 60)])
        #expect(course.lessons.map(\.id) == ["lesson-one", "lesson-two", "lesson-three"])
        #expect(course.lessons.map(\.order) == [1, 2, 3])
        #expect(course.lessons.map(\.chapter) == ["basics", "basics", "filters"])
        #expect(course.lessons.map(\.title) == ["Lesson 1: Sampling", "Lesson 2: Quantisation", "Lesson 3: Filters"])
        // Minutes from the lesson, else from the index, else 0.
        #expect(course.lessons.map(\.minutes) == [15, 0, 20])
        #expect(course.lessons[0].body == XdevSamples.lessonOne.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n"))
        #expect(course.lessons[0].file == "src/\(XdevSamples.series)/chapters/01-basics/lessons/01-lesson-one.md")

        #expect(course.questions.map(\.id) == ["lesson-one-q1", "quiz-1", "quiz-4", "lesson-two-q1", "quiz-3", "lesson-three-q1", "quiz-2"])
        let byID = Dictionary(uniqueKeysWithValues: course.questions.map { ($0.id, $0) })
        #expect(byID["quiz-1"]?.lesson == "lesson-one")    // domain with two lessons: the first, with a warning
        #expect(byID["quiz-2"]?.lesson == "lesson-three")  // domain with one lesson
        #expect(byID["quiz-3"]?.lesson == "lesson-two")    // names its lesson
        #expect(byID["quiz-4"]?.lesson == "lesson-one")    // unknown domain: the course's first lesson
        #expect(course.questions.allSatisfy { q in course.lesson(id: q.lesson)?.chapter == q.domain })
        #expect(byID["quiz-2"]?.answer == 2 && byID["quiz-2"]?.domain == "filters")
        #expect(byID["quiz-3"]?.explanation == "Answer: 8")
        #expect(imported.openQuestions == 1)
        #expect(course.exam == ExamBlueprint(questions: 4, minutes: 8, passPercent: 75,
                                             domains: [.init(chapter: "basics", questions: 2), .init(chapter: "filters", questions: 2)]))

        let warnings = result.diagnostics.filter { $0.severity == .warning && $0.message.hasPrefix("xdev-demo-series:") }.map(\.message)
        #expect(warnings == [
            "xdev-demo-series: quiz question 1 of domain 'Part 1: Basics' names no lesson; it goes to 'lesson-one', the domain's first lesson",
            "xdev-demo-series: quiz question 4 has no domain that matches a chapter; it goes to 'lesson-one', the course's first lesson",
        ])
    }

    @Test func writtenFilesLoadBackWithoutErrorsAndUnchanged() throws {
        for imported in convert().courses {
            let load = CourseLoader.load(files: MemoryFiles(imported.files, root: "out"))
            #expect(load.errors.isEmpty, "\(load.errors)")
            #expect(load.diagnostics.isEmpty, "\(load.diagnostics)")
            var loaded = try #require(load.course)
            var expected = imported.course
            for i in loaded.lessons.indices {
                loaded.lessons[i].file = ""
                loaded.lessons[i].bodyStartLine = 0
                expected.lessons[i].file = ""
                expected.lessons[i].bodyStartLine = 0
                // The files keep the upstream titles; loading drops a prefix that repeats the number.
                expected.lessons[i].title = NumberedTitle.stripping(expected.lessons[i].title, number: expected.lessons[i].order)
            }
            for i in expected.chapters.indices {
                expected.chapters[i].title = NumberedTitle.stripping(expected.chapters[i].title, number: expected.chapters[i].number)
            }
            #expect(expected.chapters.map(\.title) != imported.course.chapters.map(\.title), "the fixture has numbered titles")
            loaded.folder = ""
            #expect(loaded == expected)
        }
    }

    @Test func theSameSourceGivesTheSameFilesAndIDs() {
        let first = convert().courses.map(\.files)
        let second = convert().courses.map(\.files)
        #expect(first == second)
        #expect(first[0].keys.sorted() == [
            "course.yaml", "lessons/01-lesson-one.md", "lessons/02-lesson-two.md", "lessons/03-lesson-three.md",
            "quiz/01-lesson-one.json", "quiz/02-lesson-two.json", "quiz/03-lesson-three.json",
        ])
    }

    @Test func aBrokenLessonIsReportedAndTheRestImports() throws {
        let result = convert { $0["\(XdevSamples.series)/chapters/01-basics/lessons/02-lesson-two.md"] = "---\ntitle: x\nslug: [\n---\nbody" }
        let errors = result.errors.map { "\($0.file):\($0.line)" }
        // The flow list opened on line 3 is still open where the front matter ends (line 4).
        #expect(errors == ["src/\(XdevSamples.series)/chapters/01-basics/lessons/02-lesson-two.md:4"])
        let course = try #require(result.courses.first?.course)
        #expect(course.lessons.map(\.id) == ["lesson-one", "lesson-three"])
        #expect(course.lessons.map(\.order) == [1, 2])
        // The quiz question that named the broken lesson falls back to its domain.
        #expect(course.questions.first { $0.id == "quiz-3" }?.lesson == "lesson-one")
        #expect(result.courses[1].course.lessons.count == 3)
        #expect(CourseLoader.load(files: MemoryFiles(result.courses[0].files)).errors.isEmpty)
    }

    @Test func aBrokenQuizIsReportedOnceAndTheLessonsStillImport() throws {
        let result = convert { $0["data/quizzes/demo-quiz.json"] = "{\n  \"questions\": [\n    {\"id\": 1,\n  ]\n}" }
        #expect(result.errors.map { "\($0.file):\($0.line):\($0.column)" } == ["src/data/quizzes/demo-quiz.json:4:3"])
        let course = try #require(result.courses.first?.course)
        #expect(course.questions.map(\.id) == ["lesson-one-q1", "lesson-two-q1", "lesson-three-q1"])
        #expect(course.chapters.map(\.weight) == [50, 50])
        #expect(course.exam.questions == 3)
    }

    @Test func quizFromTheIndexWhenThereIsNoQuizFile() throws {
        let result = convert { files in
            let quiz = files.removeValue(forKey: "data/quizzes/demo-quiz.json")!
            files["data/quizzes.json"] = "[{\"slug\": \"unrelated\", \"questions\": 3},\n" + quiz + "]"
        }
        #expect(result.errors.isEmpty)
        #expect(try #require(result.courses.first).course.questions.filter { $0.id.hasPrefix("quiz-") }.count == 4)
    }

    @Test func aMissingQuizIsAWarning() throws {
        let result = convert { $0["data/quizzes/demo-quiz.json"] = nil }
        #expect(result.errors.isEmpty)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("quiz 'demo-quiz' named by the series is neither") })
        #expect(try #require(result.courses.first).course.questions.count == 3)
    }

    @Test func withoutAnIndexChaptersComeFromFolders() throws {
        let result = convert { $0["\(XdevSamples.series)/index.md"] = nil }
        #expect(result.errors.isEmpty)
        let course = try #require(result.courses.first?.course)
        #expect(course.title == "demo-series")
        #expect(course.chapters.map(\.id) == ["basics", "filters"])
        #expect(course.chapters.map(\.title) == ["Part 1: Basics", "Part 2: Filters"])
        // Within a folder: sort_order, then the file name.
        #expect(course.lessons.map(\.id) == ["lesson-one", "lesson-two", "lesson-three"])
        // The quiz is still found through its series_slug.
        #expect(course.questions.count == 7)
    }

    @Test func namesWrittenDifferentlyAcrossFilesStillMatch() throws {
        let series = "content/series/prep/mixed-series"
        let lesson = { (slug: String, order: Int, section: String?) in
            "---\ntitle: \(slug)\nslug: \(slug)\nsort_order: \(order)\n" + (section.map { "section_title: \"\($0)\"\n" } ?? "") + "---\nText.\n"
        }
        let source = XdevSource(root: "m", files: [
            "\(series)/index.md": """
                ---
                title: Mixed
                quiz_slug: mixed
                sections:
                  - title: "Domain 2: Beta (40%)"
                    sort_order: 2
                    lessons: [{slug: beta-one}]
                  - title: "Domain 1: Alpha (60%)"
                    sort_order: 1
                    lessons: [{slug: alpha-two}, {slug: alpha-intro}]
                ---
                """,
            // Listed as `alpha-intro` in the index, but its own slug differs.
            "\(series)/chapters/01-domain-1-alpha/lessons/01-alpha-introduction.md": lesson("alpha-introduction", 1, "Domain 1: Alpha (60%)"),
            "\(series)/chapters/01-domain-1-alpha/lessons/02-alpha-two.md": lesson("alpha-two", 2, nil),
            "\(series)/chapters/02-domain-2-beta/lessons/03-beta-one.md": lesson("beta-one", 3, nil),
            "data/quizzes.json": """
                [{"slug": "mixed", "series_slug": "mixed-series", "questions_count": 3,
                  "domains": [{"name": "Domain 1: Alpha", "weight": 60, "lessons": [{"slug": "01-alpha-introduction"}, {"slug": "02-alpha-two"}]},
                              {"name": "Domain 2: Beta", "weight": 40, "lessons": [{"slug": "03-beta-one"}]}],
                  "questions": [
                    {"id": 1, "domain": "Alpha", "question": "a?", "options": ["x", "y"], "correct": 0, "explanation": "e"},
                    {"id": 2, "domain": "Beta stuff", "question": "b?", "options": ["x", "y"], "correct": 1, "explanation": "e"}
                  ]}]
                """,
        ])
        let result = XdevImporter.convert(source)
        #expect(result.errors.isEmpty)
        let course = try #require(result.courses.first?.course)
        #expect(course.chapters.map(\.id) == ["domain-1-alpha", "domain-2-beta"])
        #expect(course.chapters.map(\.title) == ["Domain 1: Alpha (60%)", "Domain 2: Beta (40%)"])
        #expect(course.chapters.map(\.weight) == [60, 40])
        #expect(course.lessons.map(\.id) == ["alpha-introduction", "alpha-two", "beta-one"])
        #expect(course.questions.map { "\($0.id)→\($0.lesson)" } == ["quiz-1→alpha-introduction", "quiz-2→beta-one"])
        #expect(result.diagnostics.map(\.message) == [
            "index.md lists lessons with no lesson file here: alpha-intro",
            "xdev-mixed-series: quiz questions of domain 'Beta stuff' read as 'Domain 2: Beta' (closest name)",
            "xdev-mixed-series: quiz question 1 of domain 'Alpha' names no lesson; it goes to 'alpha-introduction', the domain's first lesson",
        ])
        #expect(CourseLoader.load(files: MemoryFiles(result.courses[0].files)).diagnostics.isEmpty)
    }

    @Test func nothingToImport() {
        let result = XdevImporter.convert(XdevSource(root: "empty", files: ["README.md": "hi"]))
        #expect(result.courses.isEmpty)
        #expect(result.errors.map(\.message) == ["no xdev series here: expected content/[LANG/]series/<group>/<series>/index.md and chapters/*/lessons/*.md"])
    }

    @Test func readerTakesOnlyTheXdevLayout() throws {
        var files = XdevSamples.files()
        files["content/blog/post.md"] = "not a series"
        files["README.md"] = "readme"
        let root = try XdevSamples.writeTree(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let (source, diagnostics) = XdevSourceReader.read(folder: root.path)
        #expect(diagnostics.isEmpty)
        #expect(source.files.keys.sorted() == XdevSamples.files().keys.sorted())
        #expect(source.series.map(\.path) == [XdevSamples.series, XdevSamples.englishSeries])
    }
}

@Suite struct CourseInstallerTests {
    @Test func installsReplacesAndIsListed() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("dli-install-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let imported = try #require(XdevImporter.convert(XdevSamples.source()).courses.first)
        let folder = try CourseInstaller.install(imported.files, courseID: imported.course.id, dataDirectory: data)
        #expect(folder == data + "/courses/xdev-demo-series")
        try Data("stale".utf8).write(to: URL(fileURLWithPath: folder + "/lessons/99-stale.md"))
        // An interrupted import of another course leaves a hidden folder; it is not a course.
        let leftover = data + "/courses/.import-other-0"
        try FileManager.default.createDirectory(atPath: leftover, withIntermediateDirectories: true)
        try Data("id: other\n".utf8).write(to: URL(fileURLWithPath: leftover + "/course.yaml"))

        try CourseInstaller.install(imported.files, courseID: imported.course.id, dataDirectory: data)
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") || $0.hasSuffix(".json") || $0.hasSuffix(".yaml") }
        #expect(written.sorted() == imported.files.keys.sorted())
        #expect(CourseLibrary.courseFolders(in: data + "/courses") == [folder])
        let entries = CourseLibrary.load(contentFolder: nil, dataDirectory: data)
        #expect(entries.map(\.source) == [.imported])
        #expect(entries.first?.load.course?.id == "xdev-demo-series")
    }

    @Test func refusesPathsOutsideTheCourse() {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("dli-install-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(throws: CourseInstaller.Failure.self) {
            try CourseInstaller.install(["../escape.md": "x"], courseID: "c", dataDirectory: data)
        }
        #expect(!FileManager.default.fileExists(atPath: data + "/courses/c"))
        #expect(!FileManager.default.fileExists(atPath: data + "/escape.md"))
    }
}
