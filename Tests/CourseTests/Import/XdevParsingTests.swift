import Testing
@testable import Course

@Suite struct XdevParsingTests {
    @Test func seriesManifestSectionsInSortOrder() throws {
        let (manifest, diagnostics) = XdevSeriesManifest.parse(XdevSamples.manifest, file: "index.md")
        #expect(diagnostics.isEmpty)
        let parsed = try #require(manifest)
        #expect(parsed.title == "Demo: Signals & Systems")
        #expect(parsed.description == "A small series for tests.")
        #expect(parsed.quizSlug == "demo-quiz")
        #expect(parsed.sections.map(\.title) == ["Part 1: Basics", "Part 2: Filters"])
        #expect(parsed.sections[0].lessons.map(\.slug) == ["lesson-one", "lesson-two"])
        #expect(parsed.sections[1].lessons == [.init(slug: "lesson-three", title: "Lesson 3 from the index", minutes: 20)])
    }

    @Test func anIndexThatIsAllYAMLImportsWithAWarning() throws {
        // Upstream has indexes with an opening '---' and no closing one: the whole file is the manifest.
        let yaml = XdevSamples.manifest.components(separatedBy: "\n---\n")[0]
        let (manifest, diagnostics) = XdevSeriesManifest.parse(yaml + "\n", file: "index.md")
        let (closed, _) = XdevSeriesManifest.parse(XdevSamples.manifest, file: "index.md")
        #expect(manifest != nil && manifest == closed)
        #expect(diagnostics.map(\.description) == [
            "index.md:1:1: warning: front matter starts with '---' but has no closing '---': the whole file is read as YAML",
        ])
        // A lesson that never closes its front matter is still an error: its body would be lost.
        let (lesson, lessonDiagnostics) = XdevLessonFile.parse("---\ntitle: One\nslug: one\n<p>Body</p>\n", path: "content/series/g/s/chapters/01-a/lessons/01-one.md", file: "f.md")
        #expect(lesson == nil)
        #expect(lessonDiagnostics.map(\.severity) == [.error])
    }

    @Test func lessonFrontMatterMapping() throws {
        let path = "content/series/g/s/chapters/01-basics/lessons/01-lesson-one.md"
        let (lesson, diagnostics) = XdevLessonFile.parse(XdevSamples.lessonOne, path: path, file: "f.md")
        #expect(diagnostics.isEmpty)
        let parsed = try #require(lesson)
        #expect(parsed.slug == "lesson-one" && parsed.title == "Lesson 1: Sampling")
        #expect(parsed.minutes == 15 && parsed.sortOrder == 1 && parsed.sectionTitle == "Part 1: Basics")
        #expect(parsed.chapterFolder == "01-basics" && parsed.fileStem == "01-lesson-one")
        #expect(parsed.aliases == ["lesson-one", "01-lesson-one", "lesson-one"])
        #expect(parsed.bodyStartLine == 9)
        #expect(parsed.body.hasPrefix("\n<h2 id=\"intro\">1. Intro</h2>"))
    }

    @Test func brokenLessonFrontMatterIsLocated() {
        let text = "---\ntitle: 'ok'\nslug: [unclosed\n---\nbody"
        let (lesson, diagnostics) = XdevLessonFile.parse(text, path: "a/b/c/d.md", file: "d.md")
        #expect(lesson == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.file == "d.md")
        #expect((diagnostics.first?.line ?? 0) >= 3)
        let missing = XdevLessonFile.parse("just a body", path: "x.md", file: "x.md")
        #expect(missing.lesson == nil && missing.diagnostics.first?.message.hasPrefix("no front matter") == true)
    }

    @Test func quizFile() throws {
        let (quiz, diagnostics) = XdevQuiz.parseFile(XdevSamples.quiz, file: "q.json")
        #expect(diagnostics.isEmpty)
        let parsed = try #require(quiz)
        #expect(parsed.minutes == 8 && parsed.passingScore == 75 && parsed.questionsCount == 4)
        #expect(parsed.domains.map(\.name) == ["Part 1: Basics", "Part 2: Filters"])
        #expect(parsed.domains[0].lessons == ["lesson-one", "02-lesson-two"] && parsed.domains[1].weight == 60)
        #expect(parsed.items.map(\.sourceID) == ["1", "2", "3", "4"])
        #expect(parsed.items.map(\.answer) == [0, 2, 1, 0])
        #expect(parsed.items[2].lesson == "lesson-two")
        #expect(parsed.items[0].stem == "What is `fs`?" && parsed.items[0].line == 14)
    }

    @Test func brokenQuizQuestionsAreReportedAndSkipped() throws {
        let text = """
            {"questions": [
              {"id": 1, "question": "ok", "options": ["a", "b"], "correct": 1},
              {"id": 2, "question": "range", "options": ["a", "b"], "correct": 2},
              {"id": 3, "question": "few", "options": ["a"], "correct": 0},
              {"id": 4, "question": "", "options": ["a", "b"], "correct": 0},
              {"id": 5, "question": "type", "options": ["a", "b"], "correct": "B"}
            ]}
            """
        let (quiz, diagnostics) = XdevQuiz.parseFile(text, file: "q.json")
        #expect(try #require(quiz).items.map(\.sourceID) == ["1"])
        #expect(diagnostics.map { "\($0.line):\($0.column): \($0.message)" } == [
            "3:68: quiz question 2: 'correct' is 2 but the options are numbered 0 to 1; question skipped",
            "4:43: quiz question 3: has 1 options; a question needs 2 to 6; question skipped",
            "5:3: quiz question 4: missing the 'question' text; question skipped",
            "6:67: quiz question 5: 'correct' must be a 0-based option number, found a string; question skipped",
        ])
        let broken = XdevQuiz.parseFile("{\"questions\": [\n  {\"id\": 1,,}\n]}", file: "q.json")
        #expect(broken.quiz == nil)
        #expect(broken.diagnostics.map { "\($0.line):\($0.column)" } == ["2:12"])
    }

    @Test func quizIndexDecodesOnlyTheWantedEntries() {
        let text = """
            [
              {"slug": "other", "questions": [{"question": "broken", "options": [], "correct": 0}]},
              {"slug": "mine", "series_slug": "s", "questions": []},
              {"slug": "mine", "series_slug": "s", "questions": [{"question": "q", "options": ["a", "b"], "correct": 0}]}
            ]
            """
        let (quizzes, diagnostics) = XdevQuiz.parseIndex(text, file: "quizzes.json") { $0["slug"]?.string == "mine" }
        #expect(diagnostics.isEmpty)
        #expect(quizzes.map(\.items.count) == [0, 1])
    }

    @Test func names() {
        #expect(XdevNames.droppingOrdinal("01-bai-1-intro") == "bai-1-intro")
        #expect(XdevNames.droppingOrdinal("2024") == "2024")
        #expect(XdevNames.slug("Bài 3: Đồ thị & Mạng!") == "bai-3-do-thi-mang")
        #expect(XdevNames.droppingNumberedPrefix("Domain 4 & 5: Observability") == "Observability")
        #expect(XdevNames.droppingNumberedPrefix("Note: text") == "Note: text")
    }

    @Test func nameMatching() {
        let chapters = ["Domain 1: Kubernetes Fundamentals", "Domain 2: Container Orchestration", "Domain 3: Application Delivery"]
        #expect(NameMatcher.match("domain 1: kubernetes fundamentals", among: chapters) == .exact(0))
        #expect(NameMatcher.match("Container Orchestration", among: chapters) == .exact(1))
        #expect(NameMatcher.match("App Delivery", among: chapters) == .fuzzy(2))
        #expect(NameMatcher.match("Astronomy", among: chapters) == nil)
        #expect(NameMatcher.match("Domain", among: ["Domain A", "Domain B"]) == nil)
    }
}

@Suite struct ExamBlueprintPlannerTests {
    @Test func weightsBecomeCountsThatAddUp() {
        #expect(ExamBlueprintPlanner.allocate(size: 20, weights: [15, 30, 30, 25], available: [50, 50, 50, 50]) == [3, 6, 6, 5])
        #expect(ExamBlueprintPlanner.allocate(size: 10, weights: [1, 1, 1], available: [9, 9, 9]) == [4, 3, 3])
        #expect(ExamBlueprintPlanner.allocate(size: 7, weights: [0, 0], available: [9, 9]) == [4, 3])
    }

    @Test func aChapterNeverGetsMoreThanItsBankHolds() {
        // The DLI series: chapters 2 and 3 hold 5 questions each, chapter 4 many.
        #expect(ExamBlueprintPlanner.allocate(size: 20, weights: [15, 30, 30, 25], available: [3, 5, 5, 27]) == [3, 5, 5, 7])
        #expect(ExamBlueprintPlanner.allocate(size: 20, weights: [50, 50], available: [2, 3]) == [2, 3])
        #expect(ExamBlueprintPlanner.allocate(size: 5, weights: [1], available: [0]) == [0])
    }

    @Test func blueprintFromQuizMetadataOrDefaults() throws {
        let chapters = [Chapter(id: "a", number: 1, title: "A", weight: 40), Chapter(id: "b", number: 2, title: "B", weight: 60)]
        let bank = (0..<6).map { Question(id: "q\($0)", lesson: "l", domain: $0 < 3 ? "a" : "b", difficulty: .easy,
                                         stem: "s\($0)", options: ["x", "y"], answer: 0, explanation: "e") }
        let quiz = try #require(XdevQuiz.parseFile(XdevSamples.quiz, file: "q").quiz)
        #expect(ExamBlueprintPlanner.blueprint(chapters: chapters, bank: bank, quiz: quiz) ==
                ExamBlueprint(questions: 4, minutes: 8, passPercent: 75, domains: [.init(chapter: "a", questions: 2), .init(chapter: "b", questions: 2)]))
        #expect(ExamBlueprintPlanner.blueprint(chapters: chapters, bank: bank, quiz: nil) ==
                ExamBlueprint(questions: 6, minutes: 12, passPercent: 70, domains: [.init(chapter: "a", questions: 3), .init(chapter: "b", questions: 3)]))
        #expect(ExamBlueprintPlanner.blueprint(chapters: chapters, bank: [], quiz: quiz) == nil)
    }
}
