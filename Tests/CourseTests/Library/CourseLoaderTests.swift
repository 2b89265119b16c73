import Testing
@testable import Course

/// A small valid course in memory; tests break one file at a time.
func sampleCourseFiles() -> [String: String] {
    [
        "course.yaml": """
            id: demo
            title: Demo course
            chapters:
              - id: one
                number: 1
                title: First
                weight: 50
              - id: two
                number: 2
                title: Second
                weight: 50
            exam:
              questions: 2
              minutes: 10
              pass_percent: 70
              domains:
                - chapter: one
                  questions: 1
                - chapter: two
                  questions: 1
            """,
        "lessons/01-a.md": "---\nid: a\ntitle: Lesson A\nchapter: one\norder: 1\nminutes: 5\n---\n# A\n",
        "lessons/02-b.md": "---\nid: b\ntitle: Lesson B\nchapter: two\norder: 2\n---\n# B\n",
        "quiz/a.json": """
            {"questions": [
              {"id": "a-1", "lesson": "a", "domain": "one", "difficulty": "easy", "stem": "Q1?",
               "options": ["x", "y"], "answer": 1, "explanation": "Because."},
              {"id": "b-1", "lesson": "b", "domain": "two", "difficulty": "hard", "kind": "numeric", "stem": "Q2?",
               "options": ["1", "2", "3"], "answer": 0, "explanation": "Because.",
               "check": {"calc": "x a=1", "field": "v"}}
            ]}
            """,
    ]
}

@Suite struct CourseLoaderTests {
    func load(_ change: (inout [String: String]) -> Void = { _ in }) -> CourseLoad {
        var files = sampleCourseFiles()
        change(&files)
        return CourseLoader.load(files: MemoryFiles(files))
    }

    @Test func numbersWrittenForTextReadAsTheirTextEvenHugeOnes() throws {
        let result = load { files in
            files["course.yaml"] = files["course.yaml"]!.replacingOccurrences(of: "title: Demo course", with: "title: 1e20")
            files["lessons/01-a.md"] = files["lessons/01-a.md"]!.replacingOccurrences(of: "title: Lesson A", with: "title: 2024")
        }
        #expect(try #require(result.course).title == "1e+20")
        #expect(result.course?.lessons.first?.title == "2024")
    }

    @Test func repeatedStemsAreAWarningUnderCaseAndWhiteSpace() throws {
        let result = load { files in
            files["quiz/b.json"] = """
                [{"id": "a-2", "lesson": "a", "domain": "one", "difficulty": "easy", "stem": "  q1?\\t",
                  "options": ["x", "y"], "answer": 0, "explanation": "Again."},
                 {"id": "a-3", "lesson": "a", "domain": "one", "difficulty": "easy", "stem": "Q 1?",
                  "options": ["x", "y"], "answer": 0, "explanation": "Different."}]
                """
        }
        #expect(result.diagnostics.map(\.message) == ["same stem as question 'a-1'"])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(QuestionValidator.stemKey("Ünïcode\u{00A0} STEM\u{2003}\n?") == "ünïcode stem ?")
        #expect(result.course?.questions.count == 4)
        // A start skips the advisory checks: same questions, no warning.
        var files = sampleCourseFiles()
        files["quiz/b.json"] = #"[{"id": "a-2", "lesson": "a", "domain": "one", "difficulty": "easy", "stem": "q1?", "options": ["x", "y"], "answer": 0, "explanation": "E."}]"#
        let quick = CourseLoader.load(files: MemoryFiles(files), thorough: false)
        #expect(quick.diagnostics.isEmpty)
        #expect(quick.course?.questions.map(\.id) == ["a-1", "b-1", "a-2"])
    }

    @Test func loadsAValidCourse() throws {
        let result = load()
        #expect(result.diagnostics.isEmpty)
        let course = try #require(result.course)
        #expect(course.id == "demo" && course.chapters.map(\.id) == ["one", "two"])
        #expect(course.exam == ExamBlueprint(questions: 2, minutes: 10, passPercent: 70,
                                             domains: [.init(chapter: "one", questions: 1), .init(chapter: "two", questions: 1)]))
        #expect(course.lessons.map(\.id) == ["a", "b"])
        #expect(course.lessons[0].body == "# A\n" && course.lessons[0].bodyStartLine == 8)
        #expect(course.questions.map(\.id) == ["a-1", "b-1"])
        #expect(course.questions[1].check == QuestionCheck(calc: "x a=1", field: "v"))
        #expect(result.questionLocations["b-1"] == Diagnostic.Location(file: "mem/quiz/a.json", line: 4, column: 3))
    }

    @Test func missingManifestSaysSo() {
        let result = load { $0["course.yaml"] = nil }
        #expect(result.course == nil)
        #expect(result.diagnostics.first?.message.contains("not a course folder") == true)
    }

    @Test func badYAMLInOneLessonKeepsTheOthers() throws {
        let result = load { $0["lessons/02-b.md"] = "---\nid: b\ntitle: [oops\nchapter: two\n---\nbody" }
        #expect(try #require(result.course).lessons.map(\.id) == ["a"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.file == "mem/lessons/02-b.md")
        #expect(diagnostic.line >= 3)
    }

    @Test func unknownChapterAndDuplicateLessonID() throws {
        let result = load {
            $0["lessons/03-c.md"] = "---\nid: c\ntitle: C\nchapter: nine\norder: 3\n---\n"
            $0["lessons/04-a.md"] = "---\nid: a\ntitle: A again\nchapter: one\norder: 4\n---\n"
        }
        let messages = result.diagnostics.map { "\($0.file):\($0.line): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("mem/lessons/03-c.md:4: unknown chapter 'nine'") })
        #expect(messages.contains { $0.hasPrefix("mem/lessons/04-a.md:2: duplicate lesson id 'a'") })
        #expect(try #require(result.course).lessons.map(\.id) == ["a", "b"])
    }

    @Test func badQuestionsAreReportedAndSkipped() throws {
        let result = load {
            $0["quiz/b.json"] = """
                {"questions": [
                  {"id": "a-1", "lesson": "a", "domain": "one", "difficulty": "easy", "stem": "Dup id",
                   "options": ["x", "y"], "answer": 0, "explanation": "E"},
                  {"id": "c-1", "lesson": "a", "domain": "one", "difficulty": "easy", "stem": "Range",
                   "options": ["x", "y"], "answer": 2, "explanation": "E"},
                  {"id": "c-2", "lesson": "zz", "domain": "one", "difficulty": "easy", "stem": "Lesson",
                   "options": ["x", "y"], "answer": 0, "explanation": "E"},
                  {"id": "c-3", "lesson": "a", "domain": "two", "difficulty": "easy", "stem": "Domain",
                   "options": ["x", "y"], "answer": 0, "explanation": "E"},
                  {"id": "c-4", "lesson": "a", "domain": "one", "difficulty": "easy", "stem": "Empty",
                   "options": ["x", " "], "answer": 0, "explanation": "E"},
                  {"id": "c-5", "lesson": "a", "domain": "one", "difficulty": "tricky", "stem": "Level",
                   "options": ["x", "y"], "answer": 0, "explanation": "E"},
                  {"id": "c-6", "lesson": "a", "domain": "one", "difficulty": "easy", "stem": "Fine",
                   "options": ["x", "y"], "answer": 0, "explanation": "E"}
                ]}
                """
        }
        let errors = result.diagnostics.filter { $0.file == "mem/quiz/b.json" }.map { "\($0.line):\($0.column): \($0.message)" }
        #expect(errors.contains { $0.hasPrefix("2:10: duplicate question id 'a-1'") })
        #expect(errors.contains { $0.hasPrefix("5:37: 'answer' is 2 but the options are numbered 0 to 1") })
        #expect(errors.contains { $0.hasPrefix("6:27: unknown lesson 'zz'") })
        #expect(errors.contains { $0.hasPrefix("8:42: domain 'two' differs from the chapter of lesson 'a'") })
        #expect(errors.contains { $0.hasPrefix("11:21: option 1 is empty or not a string") })
        #expect(errors.contains { $0.contains("'difficulty' must be one of easy, medium, hard, found 'tricky'") })
        #expect(errors.count == 6)
        #expect(try #require(result.course).questions.map(\.id) == ["a-1", "b-1", "c-6"])
    }

    @Test func brokenJSONFileIsReportedWithItsPosition() throws {
        let result = load { $0["quiz/z.json"] = "{\"questions\": [\n  {\"id\": \"z\",,}\n]}" }
        let diagnostic = try #require(result.diagnostics.first)
        #expect("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)" == "mem/quiz/z.json:2:14")
        #expect(try #require(result.course).questions.count == 2)
    }

    @Test func examDomainsMustAddUp() {
        let result = load { $0["course.yaml"] = $0["course.yaml"]!.replacingOccurrences(of: "questions: 2", with: "questions: 3") }
        #expect(result.diagnostics.contains { $0.message == "exam domains add up to 2 questions, but 'questions' is 3" })
    }
}

@Suite struct LessonBodyValidatorTests {
    @Test func brokenInternalLinksAreReportedWithTheirLine() throws {
        var files = sampleCourseFiles()
        files["lessons/01-a.md"] = """
            ---
            id: a
            title: Lesson A
            chapter: one
            order: 1
            ---
            # A

            ## 2. The closed form

            See [B](lesson:b), [its part](lesson:b#missing), [here](#2-the-closed-form),
            [nowhere](lesson:zz) and [gone](#gone). [Web](https://example.com) is not checked.
            """
        let result = CourseLoader.load(files: MemoryFiles(files))
        let messages = result.diagnostics.map { "\($0.file):\($0.line): \($0.message)" }
        #expect(messages == [
            "mem/lessons/01-a.md:11: broken link 'lesson:b#missing': lesson 'b' has no heading '#missing'",
            "mem/lessons/01-a.md:11: broken link 'lesson:zz': no lesson 'zz'",
            "mem/lessons/01-a.md:11: broken link '#gone': lesson 'a' has no heading '#gone'",
        ])
    }

    @Test func aQuestionSectionMustBeAHeadingOfItsLesson() throws {
        var files = sampleCourseFiles()
        files["lessons/01-a.md"] = "---\nid: a\ntitle: Lesson A\nchapter: one\norder: 1\n---\n# A\n\n## 2. The closed form\n"
        files["quiz/a.json"] = """
            {"questions": [
              {"id": "a-1", "lesson": "a", "section": "2-the-closed-form", "domain": "one", "difficulty": "easy",
               "stem": "Q1?", "options": ["x", "y"], "answer": 1, "explanation": "Because."},
              {"id": "a-2", "lesson": "a", "section": "3-the-closed-form", "domain": "one", "difficulty": "easy",
               "stem": "Q2?", "options": ["x", "y"], "answer": 1, "explanation": "Because."}
            ]}
            """
        let checked = CourseLoader.load(files: MemoryFiles(files))
        #expect(checked.diagnostics.map(\.description) == [
            "mem/quiz/a.json:4:43: error: question 'a-2': lesson 'a' has no section '#3-the-closed-form'",
        ])
        let course = try #require(checked.course)
        #expect(course.questions.map(\.section) == ["2-the-closed-form", "3-the-closed-form"])
        // The app loads without parsing lesson bodies: the section is kept, unchecked.
        #expect(CourseLoader.load(files: MemoryFiles(files), thorough: false).diagnostics.isEmpty)
    }

    @Test func calcCallsThatDoNotParseOrEvaluateAreReported() throws {
        let lesson = Lesson(id: "a", title: "A", chapter: "one", order: 1,
                            body: "Intro\n\n```calc\nelo ra=1600 rb=1400\nelo ra=abc rb=1\nelo ra=\"x\n```\n",
                            file: "a.md", bodyStartLine: 10)
        let evaluate: FigureChecker.Evaluate = { call throws(FormulaError) in
            _ = try call.requiredDouble("ra")
            return CalcReport(call: call, title: "", headline: "", json: .null)
        }
        let messages = LessonBodyValidator.calcDiagnostics(lesson, evaluate: evaluate).map { "\($0.line):\($0.column): \($0.message)" }
        #expect(messages == [
            "14:1: calc 'elo ra=abc rb=1': ra: 'abc' is not a number",
            "15:8: calc: unterminated quoted value",
        ])
    }
}

/// Defect 14: a title that repeats the number shown before it loses that prefix.
@Suite struct NumberedTitleTests {
    @Test func aPrefixRepeatingTheNumberIsDropped() {
        #expect(NumberedTitle.stripping("Part 2: Diffusion models", number: 2) == "Diffusion models")
        #expect(NumberedTitle.stripping("Lesson 1: Tensors", number: 1) == "Tensors")
        #expect(NumberedTitle.stripping("Bài 3 - Truy xuất", number: 3) == "Truy xuất")
        #expect(NumberedTitle.stripping("Chương 4. Agent", number: 4) == "Agent")
        #expect(NumberedTitle.stripping("part 5 – RAG", number: 5) == "RAG")
    }

    @Test func anythingElseIsKept() {
        #expect(NumberedTitle.stripping("Part 3: Diffusion", number: 2) == "Part 3: Diffusion")
        #expect(NumberedTitle.stripping("Lesson 1", number: 1) == "Lesson 1")
        #expect(NumberedTitle.stripping("Lesson 1:", number: 1) == "Lesson 1:")
        #expect(NumberedTitle.stripping("Units 2: x", number: 2) == "Units 2: x")
        #expect(NumberedTitle.stripping("Day 2 trip", number: 2) == "Day 2 trip")
        #expect(NumberedTitle.stripping("2. Attention", number: 2) == "2. Attention")
    }

    @Test func theLoaderAppliesItToChaptersAndLessons() throws {
        var files = sampleCourseFiles()
        files["course.yaml"] = files["course.yaml"]!.replacingOccurrences(of: "title: Second", with: "title: \"Part 2: Second\"")
        files["lessons/01-a.md"] = files["lessons/01-a.md"]!.replacingOccurrences(of: "title: Lesson A", with: "title: \"Lesson 1: A\"")
        let course = try #require(CourseLoader.load(files: MemoryFiles(files)).course)
        #expect(course.chapters.map(\.title) == ["First", "Second"])
        #expect(course.lessons.map(\.title) == ["A", "Lesson B"])
    }
}
