import Course
import Foundation
import Testing

/// The bank must carry one learner through twenty mock exams in a row without a
/// repeated question, each exam following the blueprint's per-chapter counts
/// (issue 15 §2; recall cards are never drawn, so each chapter's other questions
/// must number twenty times its blueprint count).
@Suite struct TwentyMockExamsTests {
    @Test func twentyExamsInARowNeverRepeatAQuestion() throws {
        let course = try #require(CourseLoader.load(folder: BundledCourse.folder).course)
        let domainOf = Dictionary(uniqueKeysWithValues: course.questions.map { ($0.id, $0.domain) })
        let expected = Dictionary(uniqueKeysWithValues: course.exam.domains.map { ($0.chapter, $0.questions) })

        let data = try BundledCourse.freshDataDirectory()
        var seen: [String: Int] = [:]
        for exam in 1...20 {
            // Leave every question blank and submit: the exam is recorded as taken. The
            // colon makes `submit` a command even on a typed number or text question.
            let run = try Binary.run(["exam", "--plain", "--seed", "\(exam * 7)", "--data-dir", data], stdin: ":submit\nyes\n")
            #expect(run.status == 0, "exam \(exam): \(run.stderr)")
            let status = try Binary.run(["exam", "--status", "--json", "--data-dir", data])
            let json = try BundledCourse.json(status.stdout)
            #expect(json["in_progress"] as? Bool == false, "exam \(exam) was not submitted")
            let questions = try #require(json["questions"] as? [String], "exam \(exam): \(status.stdout)")
            #expect(questions.count == course.exam.questions)

            let perDomain = Dictionary(grouping: questions, by: { domainOf[$0] ?? "?" }).mapValues(\.count)
            #expect(perDomain == expected, "exam \(exam) per chapter: \(perDomain)")
            for id in questions {
                if let first = seen[id] { Issue.record("\(id) appeared in exam \(first) and again in exam \(exam)") }
                seen[id] = exam
            }
        }
        #expect(seen.count == 20 * course.exam.questions)
    }
}
