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

    /// Every lesson of a chapter the exam draws from has a deep bank. The assessments
    /// chapter is not drawn from; its questions use the typed answer forms (code
    /// clozes, select-all, recall) and join the bank when those forms do.
    @Test func everyExamLessonHasAtLeastTwentyQuestions() throws {
        let course = try course
        let examChapters = Set(course.exam.domains.map(\.chapter))
        for lesson in course.lessons where examChapters.contains(lesson.chapter) {
            let count = course.questions.filter { $0.lesson == lesson.id }.count
            #expect(count >= 20, "\(lesson.id) has \(count) questions")
        }
    }

    @Test func answerPositionsAreBalanced() throws {
        let questions = try course.questions
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
        #expect(questions.filter { $0.kind == .numeric && $0.check == nil }.map(\.id) == [])
    }

    /// Practice feedback opens the section a question names; `loadsWithZeroDiagnostics`
    /// checks that each one is a heading of the question's lesson.
    @Test func everyQuestionNamesTheSectionThatTeachesIt() throws {
        #expect(try course.questions.filter { $0.section == nil }.map(\.id) == [])
    }

    @Test func everyQuestionHasFourOptionsAndAnExplanation() throws {
        for question in try course.questions {
            #expect(question.options.count == 4, "\(question.id)")
            #expect(question.explanation.split(separator: " ").count >= 15, "\(question.id): explanation too short")
        }
    }

    @Test func bankIsDeepEnoughForTenExamsWithoutRepeats() throws {
        let course = try course
        for domain in course.exam.domains {
            let available = course.questions.filter { $0.domain == domain.chapter }.count
            #expect(available >= 10 * domain.questions, "\(domain.chapter): \(available) questions for 10 × \(domain.questions)")
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
