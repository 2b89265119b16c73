import Foundation
import Testing
@testable import Course

/// The real xdev files (the DLI series in Vietnamese and English and its quiz).
@Suite(.enabled(if: XdevFixtures.available, XdevFixtures.skipMessage))
struct XdevFixtureTests {
    static let vietnamese = "xdev-luyen-thi-nvidia-dli-generative-ai"
    static let english = "xdev-luyen-thi-nvidia-dli-generative-ai-en"
    static let lessonIDs = [
        "bai-1-pytorch-neural-network-fundamentals", "bai-2-transformer-architecture-attention",
        "bai-3-unet-architecture-denoising", "bai-4-ddpm-forward-reverse-diffusion", "bai-5-clip-text-to-image-pipeline",
        "bai-6-llm-inference-pipeline-design", "bai-7-rag-retrieval-augmented-generation", "bai-8-rag-agent-build-evaluate",
        "bai-9-agentic-ai-multi-agent-systems", "bai-10-llm-evaluation-lora-fine-tuning",
    ]

    func imported() -> (source: XdevSource, result: XdevImport) {
        let read = XdevSourceReader.read(folder: XdevFixtures.folder)
        #expect(read.diagnostics.isEmpty)
        return (read.source, XdevImporter.convert(read.source))
    }

    @Test func everyLessonAndTheQuizImportWithZeroErrors() throws {
        let (source, result) = imported()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let lessonFiles = source.files.keys.filter { $0.contains("/lessons/") }
        #expect(lessonFiles.count == 20)
        #expect(result.courses.map(\.course.id) == [Self.vietnamese, Self.english])
        #expect(result.courses.map(\.course.language) == ["vi", "en"])
        for imported in result.courses {
            let course = imported.course
            #expect(course.lessons.map(\.id) == Self.lessonIDs)
            #expect(course.lessons.map(\.order) == Array(1...10))
            #expect(course.chapters.map(\.id) == ["deep-learning-foundations", "diffusion-models", "llm-applications-rag", "agentic-ai-customization"])
            #expect(course.chapters.map(\.weight) == [15, 30, 30, 25])
            #expect(course.lessons.map(\.chapter) == ["deep-learning-foundations", "deep-learning-foundations", "diffusion-models",
                                                     "diffusion-models", "diffusion-models", "llm-applications-rag", "llm-applications-rag",
                                                     "llm-applications-rag", "agentic-ai-customization", "agentic-ai-customization"])
            #expect(course.lessons.map(\.minutes) == [90, 90, 90, 90, 90, 75, 90, 90, 90, 90])
            // 20 lettered practice questions (lesson 10), 20 quiz questions; 44 open
            // practice questions and one with two right answers stay in the text.
            #expect(course.questions.count == 40)
            #expect(course.questions.filter { $0.id.hasPrefix("quiz-") }.map(\.id) == (1...20).map { "quiz-\($0)" })
            #expect(course.questions.filter { !$0.id.hasPrefix("quiz-") }.map(\.id) == (1...20).map { "bai-10-llm-evaluation-lora-fine-tuning-q\($0)" })
            #expect(imported.openQuestions == 44)
            #expect(course.exam == ExamBlueprint(questions: 20, minutes: 40, passPercent: 70, domains: [
                .init(chapter: "deep-learning-foundations", questions: 3), .init(chapter: "diffusion-models", questions: 5),
                .init(chapter: "llm-applications-rag", questions: 5), .init(chapter: "agentic-ai-customization", questions: 7),
            ]))
        }
        #expect(result.courses[0].course.title == "Luyện thi NVIDIA DLI — Generative AI with Diffusion Models & LLMs")
        #expect(result.courses[1].course.title == "NVIDIA DLI Exam Prep — Generative AI with Diffusion Models & LLMs")
    }

    @Test func onlyTheExpectedWarnings() {
        let warnings = imported().result.diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.count == 10)
        #expect(warnings.filter { $0.contains("several right answers (A, C)") }.count == 2)
        #expect(warnings.filter { $0.contains("name no lesson; they go to") }.count == 8)
        #expect(warnings.contains("\(Self.english): quiz questions 4, 5, 6, 7, 8 of domain 'Part 2: Generative AI with Diffusion Models' name no lesson; they go to 'bai-3-unet-architecture-denoising', the domain's first lesson"))
    }

    @Test func questionsKeepTheirKeysAndLessons() throws {
        let course = try #require(imported().result.courses.last?.course)
        let byID = Dictionary(uniqueKeysWithValues: course.questions.map { ($0.id, $0) })
        let elo = try #require(byID["bai-10-llm-evaluation-lora-fine-tuning-q2"])
        #expect(elo.options == ["50%", "64%", "76%", "88%"] && elo.answer == 2)
        let mock = try #require(byID["bai-10-llm-evaluation-lora-fine-tuning-q6"])
        #expect(mock.difficulty == .easy && mock.answer == 1)
        #expect(!mock.stem.hasPrefix("Q") && !mock.stem.contains("<"))
        let first = try #require(byID["quiz-1"])
        #expect(first.stem == "In PyTorch, what does `loss.backward()` compute?")
        #expect(first.answer == 1 && first.lesson == "bai-1-pytorch-neural-network-fundamentals" && first.domain == "deep-learning-foundations")
        #expect(byID["quiz-20"]?.domain == "agentic-ai-customization")
        #expect(course.questions.allSatisfy { (2...6).contains($0.options.count) && !$0.explanation.isEmpty })
    }

    @Test func lessonBodiesAreUnchanged() throws {
        let (source, result) = imported()
        for imported in result.courses {
            for lesson in imported.course.lessons {
                let relative = String(lesson.file.dropFirst(XdevFixtures.folder.count + 1))
                let original = try FrontMatter.split(try #require(source.files[relative]))
                #expect(lesson.body == original.body)
                let written = try #require(imported.files.first { $0.key.hasPrefix("lessons/") && $0.key.hasSuffix("-\(lesson.id).md") }?.value)
                #expect(try FrontMatter.split(written).body == original.body)
            }
        }
    }

    @Test func importingTwiceGivesTheSameTreeWhichLoadsWithoutErrors() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("dli-fixture-import-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        func importAll() throws -> [String: Data] {
            for imported in imported().result.courses {
                try CourseInstaller.install(imported.files, courseID: imported.course.id, dataDirectory: data)
            }
            let root = CourseLibrary.importedFolder(dataDirectory: data)
            var tree: [String: Data] = [:]
            for path in try FileManager.default.subpathsOfDirectory(atPath: root) {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    tree[path] = FileManager.default.contents(atPath: root + "/" + path)
                }
            }
            return tree
        }
        let first = try importAll()
        let second = try importAll()
        #expect(first.count == 2 * (1 + 10 + 5))
        #expect(first == second)

        let entries = CourseLibrary.load(contentFolder: nil, dataDirectory: data)
        #expect(entries.compactMap(\.load.course?.id) == [Self.vietnamese, Self.english])
        for entry in entries {
            #expect(entry.load.errors.isEmpty, "\(entry.load.errors)")
            #expect(entry.load.course?.questions.count == 40)
            #expect(ContentValidator.validate(entry.load).filter { $0.severity == .error }.isEmpty)
        }
    }
}
