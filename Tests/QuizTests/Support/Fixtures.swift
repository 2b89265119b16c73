import Course
import Foundation
@testable import Quiz

/// Courses, folders and times shared by the store and exam tests.
enum Fixtures {
    static let t0 = Date(timeIntervalSince1970: 1_750_000_000)
    static let domains = ["foundations", "diffusion", "llm-rag", "agents-customization"]

    /// A course shaped like the bundled one (15 questions: 2, 5, 4, 4 per
    /// domain, 45 minutes, pass 70 %), with `perDomain` questions in each
    /// domain, two lessons per domain, 4 options each.
    static func course(perDomain: Int = 10, id: String = "demo") -> Course {
        let chapters = domains.enumerated().map { Chapter(id: $1, number: $0 + 1, title: $1.capitalized, weight: 25) }
        let exam = ExamBlueprint(questions: 15, minutes: 45, passPercent: 70, domains: [
            .init(chapter: "foundations", questions: 2), .init(chapter: "diffusion", questions: 5),
            .init(chapter: "llm-rag", questions: 4), .init(chapter: "agents-customization", questions: 4),
        ])
        var lessons: [Lesson] = []
        var questions: [Question] = []
        for (d, domain) in domains.enumerated() {
            for part in 0..<2 {
                lessons.append(Lesson(id: "\(domain)-\(part)", title: "\(domain) \(part)", chapter: domain, order: d * 2 + part + 1, body: "# \(domain)"))
            }
            for n in 0..<perDomain {
                questions.append(Question(
                    id: "\(domain)-q\(n)", lesson: "\(domain)-\(n % 2)", domain: domain, difficulty: .medium,
                    stem: "Question \(n) about \(domain)?", options: ["opt A \(n)", "opt B \(n)", "opt C \(n)", "opt D \(n)"],
                    answer: n % 4, explanation: "Because \(n)."))
            }
        }
        return Course(id: id, title: "Demo", chapters: chapters, exam: exam, lessons: lessons, questions: questions)
    }

    /// A fresh empty folder under the system temporary folder.
    static func folder() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("dli-tutor-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A store in a fresh folder.
    static func store() throws -> ProgressStore {
        try ProgressStore(dataDirectory: try folder())
    }

    static func scheduler() -> FSRSScheduler {
        // The default parameters are valid; `try!` cannot fail here.
        try! FSRSScheduler(enableFuzzing: false)
    }
}
