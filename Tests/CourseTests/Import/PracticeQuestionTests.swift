import Testing
@testable import Course

@Suite struct PracticeQuestionPartsTests {
    @Test(arguments: [
        ("Q1: What?", "Q1:", nil),
        ("Q4 🔴 (Hard): Which?", "Q4 🔴 (Hard):", Question.Difficulty.hard),
        ("Q5 🟢 (Easy): Which?", "Q5 🟢 (Easy):", .easy),
        ("Q2 🟡 (Medium): x", "Q2 🟡 (Medium):", .medium),
        ("Question 3. Text", "Question 3.", nil),
        ("Câu 2 (Khó): Gì?", "Câu 2 (Khó):", .hard),
    ] as [(String, String, Question.Difficulty?)])
    func labels(text: String, label: String, difficulty: Question.Difficulty?) throws {
        let parsed = try #require(PracticeQuestionLabel.parse(text))
        #expect(parsed.text == label)
        #expect(parsed.difficulty == difficulty)
    }

    @Test func notLabels() {
        #expect(PracticeQuestionLabel.parse("Quick note: x") == nil)
        #expect(PracticeQuestionLabel.parse("Evaluation (Q12–Q15)") == nil)
    }

    @Test func labelsAreStrippedFromMarkdown() {
        #expect(PracticeQuestionLabel.strip(fromMarkdown: "**Q1 🟢 (Easy):** In a model") == "In a model")
        #expect(PracticeQuestionLabel.strip(fromMarkdown: "**Q2: What happens?**") == "**What happens?**")
        #expect(PracticeQuestionLabel.strip(fromMarkdown: "Q3: plain") == "plain")
        #expect(PracticeQuestionLabel.strip(fromMarkdown: "**Q1:**") == "")
        #expect(PracticeQuestionLabel.strip(fromMarkdown: "Q4: **bold** start") == "**bold** start")
    }

    @Test(arguments: [
        ("B ✓", PracticeAnswerKey.single(1, text: nil)),
        ("B", .single(1, text: nil)),
        ("D) Semantic similarity (embedding-based) ✓", .single(3, text: "Semantic similarity (embedding-based)")),
        ("(C) 65,536", .single(2, text: "65,536")),
        ("Answer: C", .single(2, text: nil)),
        ("Correct answer: B) 80 Hz", .single(1, text: "80 Hz")),
        ("Đáp án: A", .single(0, text: nil)),
        ("A and C are correct.", .multiple([0, 2])),
        ("A, C và D", .multiple([0, 2, 3])),
        ("B ✓ — the rate doubles.", .single(1, note: "the rate doubles.")),
    ])
    func answerKeys(text: String, key: PracticeAnswerKey) {
        #expect(PracticeAnswerKey.parse(text) == key)
    }

    @Test func proseIsNotAnAnswerKey() {
        #expect(PracticeAnswerKey.parse("A model learns the rules.") == nil)
        #expect(PracticeAnswerKey.parse("Bug: missing zero_grad()") == nil)
        #expect(PracticeAnswerKey.parse("Some text. Answer: B", requirePrefix: true) == nil)
        #expect(PracticeAnswerKey.parse("Answer: B", requirePrefix: true) == .single(1, text: nil))
    }

    @Test func optionLists() throws {
        let html = MarkdownParser.parse("<ul>\n<li>A) <code>x</code> one</li>\n<li><strong>B)</strong> two ✓</li>\n<li>(C) three</li>\n</ul>", firstLine: 7).blocks[0]
        let list = try #require(PracticeOptionList.parse(html))
        #expect(list.options == ["`x` one", "two", "three"])
        #expect(list.marked == 1)
        #expect(list.line == 7)
        let markdown = MarkdownParser.parse("- A) alpha\n- B) **beta** ✓\n- **C) gamma**").blocks[0]
        let parsed = try #require(PracticeOptionList.parse(markdown))
        #expect(parsed.options == ["alpha", "**beta**", "**gamma**"])
        #expect(parsed.marked == 1)
    }

    @Test func listsThatAreNotOptions() {
        for html in ["<ul><li>one</li><li>two</li></ul>", "<ul><li>A) one</li><li>C) skips B</li></ul>", "<ul><li>A) alone</li></ul>"] {
            #expect(PracticeOptionList.parse(MarkdownParser.parse(html).blocks[0]) == nil)
        }
    }
}

@Suite struct PracticeQuestionExtractorTests {
    func scan(_ body: String, firstLine: Int = 1) -> PracticeQuestionScan {
        PracticeQuestionExtractor.scan(body: body, firstLine: firstLine, file: "l.md", lesson: "l", chapter: "c")
    }

    @Test func detailsVariantWithDifficultyAndItalicExplanation() throws {
        let result = scan(XdevSamples.lessonOne.components(separatedBy: "---\n").last!, firstLine: 9)
        #expect(result.diagnostics.isEmpty)
        #expect(result.openQuestions == 1)
        let question = try #require(result.questions.first)
        #expect(result.questions.count == 1)
        #expect(question.id == "l-q1" && question.lesson == "l" && question.domain == "c")
        #expect(question.stem == "A signal has its highest frequency at 40 Hz. What is the lowest sampling rate that avoids aliasing?")
        #expect(question.options == ["40 Hz", "80 Hz", "120 Hz"])
        #expect(question.answer == 1)
        #expect(question.difficulty == .hard)
        #expect(question.explanation == "Twice the highest frequency: `2 * 40` = 80 Hz.")
    }

    @Test func checkMarkVariantWithExplanationParagraph() throws {
        let result = scan(XdevSamples.lessonTwo.components(separatedBy: "---\n").last!)
        let question = try #require(result.questions.first)
        #expect(result.questions.count == 1 && result.diagnostics.isEmpty && result.openQuestions == 0)
        #expect(question.options == ["128", "255", "256", "512"])
        #expect(question.answer == 2)
        #expect(question.explanation == "2 to the power 8 is 256.")
        #expect(question.difficulty == .medium)
    }

    @Test func headingLabelCodeInStemAndVietnameseKey() throws {
        let result = scan(XdevSamples.lessonThree.components(separatedBy: "---\n").last!)
        let question = try #require(result.questions.first)
        #expect(result.diagnostics.isEmpty)
        #expect(question.stem == "Which filter keeps low frequencies?\n\n```text\ncutoff = 1 kHz\n```")
        #expect(question.answer == 2)
        #expect(question.explanation == "A low-pass filter passes what lies below the cutoff.")
    }

    @Test func statedAnswerTextIsComparedWithTheOption() throws {
        let body = """
            <p><strong>Q1:</strong> Pick one.</p>
            <ul><li>A) red</li><li>B) blue</li></ul>
            <details><summary>Answer</summary>
            <p><strong>B) green</strong> ✓</p>
            <p>Because.</p>
            </details>
            """
        let result = scan(body)
        #expect(result.questions.map(\.answer) == [1])
        #expect(result.diagnostics.map(\.message) == ["practice question 1: the answer repeats 'green' but option B reads 'blue'"])
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test func severalRightAnswersIsAWarningAndNoQuestion() {
        let body = """
            <p><strong>Q2: Which apply?</strong></p>
            <ul><li>A) one</li><li>B) two</li><li>C) three</li></ul>
            <details>
            <summary>Answer</summary>
            <p><strong>A and C are correct.</strong></p>
            </details>
            """
        let result = scan(body, firstLine: 40)
        #expect(result.questions.isEmpty)
        #expect(result.diagnostics.map { "\($0.line) \($0.severity) \($0.message)" } ==
                ["42 warning practice question 1 has several right answers (A, C); a question here has exactly one, so it stays in the lesson text only"])
    }

    @Test func brokenQuestionsAreErrorsWithLines() {
        let body = """
            <p>Q1: No key.</p>
            <ul><li>A) x</li><li>B) y</li></ul>
            <details><summary>Answer</summary><p>It depends.</p></details>

            <p>Q2: Key out of range.</p>
            <ul><li>A) x</li><li>B) y</li></ul>
            <details><summary>Answer</summary><p>D ✓</p></details>

            <p>Q3: Fine.</p>
            <ul><li>A) x</li><li>B) y</li></ul>
            <details><summary>Answer</summary><p>A ✓</p></details>

            <details><summary>unclosed</summary>
            """
        let result = scan(body, firstLine: 100)
        #expect(result.questions.map(\.id) == ["l-q3"])
        #expect(result.diagnostics.map { "\($0.line): \($0.message)" } == [
            "112: <details> opened here is never closed; practice questions after it are not imported",
            "102: practice question 1: no answer letter (such as 'B ✓' or 'Answer: B') at the start of the <details> block; question skipped",
            "106: practice question 2: the answer is D but the options run from A to B; question skipped",
        ])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.file == "l.md" })
    }

    @Test func numberingCountsOpenQuestionsSoIdsStayPut() {
        let open = "<h3>Q1: Explain</h3>\n<p>Why?</p>\n<details><summary>A</summary><p>Because.</p></details>\n"
        let choice = "<p>Q2: Pick</p>\n<ul><li>A) x</li><li>B) y</li></ul>\n<details><summary>A</summary><p>B ✓</p></details>\n"
        #expect(scan(open + choice).questions.map(\.id) == ["l-q2"])
        let edited = open.replacingOccurrences(of: "Why?", with: "Why, in two sentences?")
        #expect(scan(edited + choice).questions.map(\.id) == ["l-q2"])
    }

    @Test func anExplanationInTheKeyParagraphIsKept() throws {
        let body = "<p>Q1: Pick</p>\n<ul><li>A) x</li><li>B) y</li></ul>\n<details><summary>A</summary><p><strong>B</strong> ✓ — y is 2 * x.</p><p>More.</p></details>"
        #expect(try #require(scan(body).questions.first).explanation == "y is 2 \\* x.\n\nMore.")
    }

    @Test func withoutALabelTheStemIsTheTextAboveTheOptions() throws {
        let body = """
            <blockquote><p>Tip: not part of the question.</p></blockquote>
            <p>Which is prime?</p>
            <ul><li>A) 4</li><li>B) 7</li></ul>
            <details><summary>A</summary><p>B</p></details>
            """
        let question = try #require(scan(body).questions.first)
        #expect(question.stem == "Which is prime?")
        #expect(question.explanation == "Answer: B) 7")
    }
}
