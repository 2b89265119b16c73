import Foundation
import Testing
@testable import Course

/// The bundled course is the product: it must load cleanly, state only
/// figures the calculators reproduce, and have a balanced, deep question bank.
@Suite struct BundledCourseTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content/dli-generative-ai").path
    static let load = CourseLoader.load(folder: folder)

    var course: Course {
        get throws { try #require(Self.load.course, "the bundled course did not load: \(Self.load.diagnostics)") }
    }

    @Test func loadsWithZeroDiagnostics() {
        #expect(Self.load.diagnostics.map(\.description) == [])
    }

    @Test func everyCheckAndClaimHolds() {
        let problems = ContentValidator.validate(Self.load).map(\.description)
        #expect(problems == [])
    }

    @Test func manifestMatchesTheExamFormat() throws {
        let course = try course
        #expect(course.chapters.map(\.weight) == [13, 33, 27, 27, 0])
        #expect(course.exam.questions == 15 && course.exam.minutes == 45 && course.exam.passPercent == 70)
        #expect(course.exam.domains.map(\.chapter) == ["foundations", "diffusion", "llm-rag", "agents-customization"])
        #expect(course.exam.domains.map(\.questions) == [2, 5, 4, 4])
        #expect(course.lessons.map(\.order) == Array(1...15))
    }

    /// The assessments chapter rehearses coding tasks graded in notebooks: weight 0 and
    /// outside the blueprint, so mock exams never draw from it (Content/README.md).
    @Test func theAssessmentsChapterIsDrilledInPracticeOnly() throws {
        let course = try course
        let chapter = try #require(course.chapters.first { $0.id == "assessments" })
        #expect(chapter.weight == 0 && chapter.number == 5)
        #expect(!course.exam.domains.contains { $0.chapter == chapter.id })
        #expect(course.lessons.filter { $0.chapter == chapter.id }.map(\.order) == Array(11...15))
    }

    /// Every lesson of a chapter the exam draws from has a deep bank (issue 15: at
    /// least 22 questions each). The assessments chapter, drilled in practice only,
    /// keeps its own 40 across its five lessons, at least 20 of them code clozes on
    /// the graded notebooks' idioms (issue 14).
    @Test func everyExamLessonHasAtLeastTwentyTwoQuestions() throws {
        let course = try course
        let examChapters = Set(course.exam.domains.map(\.chapter))
        for lesson in course.lessons where examChapters.contains(lesson.chapter) {
            let count = course.questions.filter { $0.lesson == lesson.id }.count
            #expect(count >= 22, "\(lesson.id) has \(count) questions")
        }
        let assessments = course.questions.filter { $0.domain == "assessments" }
        #expect(assessments.count >= 40, "the assessments chapter has \(assessments.count) questions")
        #expect(assessments.filter(Self.isCodeCloze).count >= 20)
    }

    /// The answer forms show everywhere (issue 11: at least 8 of each new form, spread
    /// over the chapters) and in depth (issue 15 §2 without the generated templates,
    /// which add their own numbers later): typed numbers each checked by a calculator,
    /// typed texts with code clozes, select-all, and recall cards.
    @Test func theBankUsesEveryAnswerForm() throws {
        let questions = try course.questions
        func count(_ form: String, in chapter: String? = nil) -> Int {
            questions.filter { $0.response.name == form && (chapter == nil || $0.domain == chapter) }.count
        }
        // A template's truth is computed by its own check (BundledTemplateTests draws them).
        let numbers = questions.filter { $0.response.name == "number" && $0.template == nil }
        #expect(numbers.count >= 30 && numbers.allSatisfy { $0.check != nil }, "\(numbers.count) number questions")
        #expect(count("text") >= 38)
        #expect(questions.filter { Self.isCodeCloze($0) && $0.domain != "assessments" }.count >= 4)
        #expect(count("choices") >= 28 && count("recall") >= 28)
        for chapter in try course.chapters.map(\.id) where chapter != "assessments" {
            for form in ["choices", "number", "text", "recall"] {
                #expect(count(form, in: chapter) >= 2, "\(chapter) has \(count(form, in: chapter)) \(form) questions")
            }
        }
    }

    static func isCodeCloze(_ question: Question) -> Bool {
        guard case .text(let key) = question.response else { return false }
        return key.match == .code && question.stem.contains("```python") && question.stem.contains("____")
    }

    /// Pick-one questions only: the other forms have no keyed position.
    @Test func answerPositionsAreBalanced() throws {
        let questions = try course.questions.filter { $0.response == .choice }
        let counts = Dictionary(grouping: questions, by: \.answer).mapValues(\.count)
        for (position, count) in counts {
            #expect(Double(count) <= 0.35 * Double(questions.count), "answer \(position) keyed \(count) of \(questions.count) times")
        }
    }

    @Test func difficultyMixIsRoughlyFortyFortyTwenty() throws {
        let questions = try course.questions
        let share = { (level: Question.Difficulty) in
            Double(questions.filter { $0.difficulty == level }.count) / Double(questions.count)
        }
        #expect(abs(share(.easy) - 0.4) <= 0.05 && abs(share(.medium) - 0.4) <= 0.05 && abs(share(.hard) - 0.2) <= 0.05)
    }

    @Test func stemsAreDistinctAndNumericQuestionsAreChecked() throws {
        let questions = try course.questions
        let stems = questions.map { $0.stem.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(Set(stems).count == stems.count)
        #expect(questions.filter { $0.kind == .numeric && $0.check == nil && $0.template == nil }.map(\.id) == [])
    }

    /// Practice feedback opens the section a question names; `loadsWithZeroDiagnostics`
    /// checks that each one is a heading of the question's lesson.
    @Test func everyQuestionNamesTheSectionThatTeachesIt() throws {
        #expect(try course.questions.filter { $0.section == nil }.map(\.id) == [])
    }

    @Test func everyQuestionHasFourOptionsAndAnExplanation() throws {
        for question in try course.questions {
            switch question.response {
            case .choice where question.template?.generatesOptions == true:
                // Generated options exist only once drawn: the truth and three mistakes.
                #expect(question.options.isEmpty, "\(question.id)")
                #expect(try TemplateDrawing.draw(question, number: 1).options.count == 4, "\(question.id)")
            case .choice: #expect(question.options.count == 4, "\(question.id)")
            case .choices(let answers, _): #expect(answers.count < question.options.count, "\(question.id): every option is right")
            case .number, .text, .recall: #expect(question.options.isEmpty, "\(question.id)")
            }
            #expect(question.explanation.split(separator: " ").count >= 15, "\(question.id): explanation too short")
        }
    }

    /// Twenty mock exams in a row never repeat a question (TwentyMockExamsTests runs
    /// them): each chapter's exam-eligible pool, recall cards excluded, holds twenty
    /// times its blueprint count.
    @Test func bankIsDeepEnoughForTwentyExamsWithoutRepeats() throws {
        let course = try course
        for domain in course.exam.domains {
            let available = course.questions.filter { $0.domain == domain.chapter && $0.response.name != "recall" }.count
            #expect(available >= 20 * domain.questions, "\(domain.chapter): \(available) questions for 20 × \(domain.questions)")
        }
    }

    @Test func lessonsHaveTheRequiredParts() throws {
        for lesson in try course.lessons {
            let body = lesson.body
            let words = body.split(whereSeparator: \.isWhitespace).count
            #expect((2_500...5_500).contains(words), "\(lesson.id): \(words) words")
            #expect(body.components(separatedBy: "```calc").count - 1 >= 2, "\(lesson.id): fewer than two calc blocks")
            #expect(body.contains("**Exam tip"), "\(lesson.id): no exam tip")
            #expect(body.contains("## Key facts"), "\(lesson.id): no Key facts section")
            #expect(body.contains("┌") && body.contains("┘"), "\(lesson.id): no box-drawing diagram")
            #expect(!lesson.objectives.isEmpty, "\(lesson.id): no learning objectives")
        }
    }
}
