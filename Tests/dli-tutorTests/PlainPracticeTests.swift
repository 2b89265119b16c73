import Course
import Foundation
import Testing

/// `dli-tutor practice --plain`, `stats`, `export` and `import-progress` end to end.
@Suite struct PlainPracticeTests {
    func stats(_ data: String) throws -> [String: Any] {
        let result = try Binary.run(["stats", "--json", "--content", PickOneCourse.content, "--data-dir", data])
        #expect(result.status == 0, "\(result.stderr)")
        return try BundledCourse.json(result.stdout)
    }

    func reviews(_ stats: [String: Any]) -> Int {
        (stats["domains"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["reviews"] as? Int ?? 0) }
    }

    @Test func aScriptedSessionSavesEveryConfirmedAnswer() throws {
        let data = try BundledCourse.freshDataDirectory()
        let result = try Binary.run(["practice", "--plain", "--seed", "4", "--new", "5", "--content", PickOneCourse.content, "--data-dir", data],
                                    stdin: "a\n\nb\neasy\n\nc\nquit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Practice — Generative AI with Diffusion Models & LLMs: 0 due, 5 new."))
        #expect(result.stdout.components(separatedBy: "Saved as ").count - 1 == 3)
        #expect(result.stdout.contains("Practice stopped: 3 answered"))
        let after = try stats(data)
        #expect(reviews(after) == 3)
        let bank = try #require(CourseLoader.load(folder: PickOneCourse.folder).course).questions.count
        #expect((after["cards"] as? [String: Any])?["new"] as? Int == bank - 3)

        // The same seed asks the same questions in the same order.
        let again = try BundledCourse.freshDataDirectory()
        let rerun = try Binary.run(["practice", "--plain", "--seed", "4", "--new", "5", "--content", PickOneCourse.content, "--data-dir", again], stdin: "a\n\nb\neasy\n\nc\nquit\n")
        func stems(_ text: String) -> [String] {
            text.components(separatedBy: "\n").filter { $0.hasPrefix("New · ") || $0.hasPrefix("Review · ") }
        }
        #expect(stems(rerun.stdout).count >= 3)
        #expect(stems(rerun.stdout).map { $0.components(separatedBy: " · ").dropLast() } == stems(result.stdout).map { $0.components(separatedBy: " · ").dropLast() })
        #expect(rerun.stdout.components(separatedBy: "\n\n").dropFirst().first == result.stdout.components(separatedBy: "\n\n").dropFirst().first)
    }

    @Test func undoTakesBackTheLastReviewAndEndOfInputKeepsAGradedAnswer() throws {
        let data = try BundledCourse.freshDataDirectory()
        let undone = try Binary.run(["practice", "--plain", "--seed", "1", "--content", PickOneCourse.content, "--data-dir", data], stdin: "a\n\nundo\nquit\n")
        #expect(undone.stdout.contains("Undone: the last review was taken back."))
        #expect(reviews(try stats(data)) == 0)
        let graded = try Binary.run(["practice", "--plain", "--seed", "1", "--content", PickOneCourse.content, "--data-dir", data], stdin: "b\n")
        #expect(graded.status == 0)
        #expect(graded.stdout.contains("Saved as "))
        #expect(reviews(try stats(data)) == 1)
    }

    @Test func filtersChooseTheLessonOrDomain() throws {
        let data = try BundledCourse.freshDataDirectory()
        let lesson = try Binary.run(["practice", "--plain", "--lesson", "4", "--content", PickOneCourse.content, "--data-dir", data], stdin: "quit\n")
        #expect(lesson.stdout.contains("DDPM: the forward and reverse diffusion processes · "))
        let domain = try Binary.run(["practice", "--plain", "--chapter", "llm-rag", "--new", "30", "--content", PickOneCourse.content, "--data-dir", data], stdin: "quit\n")
        #expect(domain.stdout.contains(" · LLM applications and RAG · "))
        #expect(try Binary.run(["practice", "--plain", "--lesson", "nope", "--content", PickOneCourse.content, "--data-dir", data]).status == 2)
        #expect(try Binary.run(["practice", "--plain", "--domain", "9", "--content", PickOneCourse.content, "--data-dir", data]).status == 2)
    }

    /// Cram: every question of a lesson now, past the daily new limit, logged
    /// with source cram; a second cram of the same day leaves the schedule alone.
    @Test func cramTakesEveryQuestionOfTheLessonAndLogsItAsCram() throws {
        let data = try BundledCourse.freshDataDirectory()
        #expect(try Binary.run(["practice", "--plain", "--cram", "--data-dir", data]).status == 2)
        let lesson = try #require(CourseLoader.load(folder: PickOneCourse.folder).course).questions.count { $0.lesson == "l04-ddpm" }
        let answers = String(repeating: "a\n\n", count: lesson + 3) + "quit\n"
        let first = try Binary.run(["practice", "--plain", "--cram", "--lesson", "4", "--new", "0", "--seed", "3",
                                    "--content", PickOneCourse.content, "--data-dir", data], stdin: answers)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Cram — Generative AI with Diffusion Models & LLMs: \(lesson) questions, weakest first."))
        let folder = try BundledCourse.freshDataDirectory()
        let csv = (folder as NSString).appendingPathComponent("log.csv")
        #expect(try Binary.run(["export", "--format", "csv", "--output", csv, "--data-dir", data]).status == 0)
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count >= lesson)
        #expect(rows.allSatisfy { $0.contains(",cram,") })
        #expect(rows.allSatisfy { $0.contains(",l04-ddpm,") })
    }

    @Test func exportImportExportIsIdenticalThroughTheBinary() throws {
        let data = try BundledCourse.freshDataDirectory()
        _ = try Binary.run(["practice", "--plain", "--seed", "2", "--content", PickOneCourse.content, "--data-dir", data], stdin: "a\n\nb\nhard\nc\n\nquit\n")
        _ = try Binary.run(["exam", "--plain", "--seed", "2", "--content", PickOneCourse.content, "--data-dir", data], stdin: "a\nb\nflag\nquit\n")
        let folder = try BundledCourse.freshDataDirectory()
        let first = (folder as NSString).appendingPathComponent("progress.json")
        #expect(try Binary.run(["export", "--format", "json", "--output", first, "--content", PickOneCourse.content, "--data-dir", data]).status == 0)
        let fresh = (folder as NSString).appendingPathComponent("fresh")
        let imported = try Binary.run(["import-progress", first, "--content", PickOneCourse.content, "--data-dir", fresh])
        #expect(imported.status == 0 && imported.stdout.hasPrefix("Imported "))
        let second = try Binary.run(["export", "--content", PickOneCourse.content, "--data-dir", fresh])
        #expect(second.stdout == (try String(contentsOfFile: first, encoding: .utf8)))
        // The imported exam is still in progress on the new machine.
        let status = try BundledCourse.json(try Binary.run(["exam", "--status", "--json", "--content", PickOneCourse.content, "--data-dir", fresh]).stdout)
        #expect(status["answered"] as? Int == 2)

        let csv = try Binary.run(["export", "--format", "csv", "--content", PickOneCourse.content, "--data-dir", data]).stdout
        #expect(csv.hasPrefix("course,question,lesson,domain,reviewed_at,source,exam,rating,correct,chosen,response,confidence,overridden,variant,mistake\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == reviews(try stats(data)))
        let anki = try Binary.run(["export", "--format", "anki"]).stdout
        #expect(anki.hasPrefix("#separator:tab\n#html:false\n"))
        #expect(try Binary.run(["export", "--format", "csv", "--course", "x"]).status == 2)

        let bad = (folder as NSString).appendingPathComponent("bad.json")
        try Data("{\"format\": 1}".utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try Binary.run(["import-progress", bad, "--content", PickOneCourse.content, "--data-dir", fresh])
        #expect(refused.status == 1 && refused.stderr.hasPrefix("dli-tutor: \(bad): "))
    }
}

@Suite struct TwoProcessTests {
    @Test func twoPracticeProcessesAtOnceLoseNoReview() throws {
        let data = try BundledCourse.freshDataDirectory()
        // Create the database first, so that both processes find it migrated.
        _ = try Binary.run(["stats", "--content", PickOneCourse.content, "--data-dir", data])
        // The daily limit of new questions is per course: 30 leaves room for both.
        let script = String(repeating: "a\n\n", count: 12) + "quit\n"
        let first = try InteractiveProcess(["practice", "--plain", "--lesson", "1", "--new", "30", "--seed", "1", "--content", PickOneCourse.content, "--data-dir", data])
        let second = try InteractiveProcess(["practice", "--plain", "--lesson", "2", "--new", "30", "--seed", "2", "--content", PickOneCourse.content, "--data-dir", data])
        first.send(script)
        second.send(script)
        first.closeInput()
        second.closeInput()
        #expect(first.waitFor("Practice stopped: 12 answered", timeout: 60), "\(first.text)")
        #expect(second.waitFor("Practice stopped: 12 answered", timeout: 60), "\(second.text)")
        first.process.waitUntilExit()
        second.process.waitUntilExit()
        #expect(first.process.terminationStatus == 0, "\(first.errorText)")
        #expect(second.process.terminationStatus == 0, "\(second.errorText)")
        let stats = try BundledCourse.json(try Binary.run(["stats", "--json", "--content", PickOneCourse.content, "--data-dir", data]).stdout)
        let lessons = try #require(stats["lessons"] as? [[String: Any]])
        #expect(lessons[0]["reviews"] as? Int == 12 && lessons[1]["reviews"] as? Int == 12)
    }
}
