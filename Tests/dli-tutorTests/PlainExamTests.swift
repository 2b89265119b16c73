import Course
import Foundation
import Quiz
import Testing

/// `dli-tutor exam --plain` end to end through the real binary.
@Suite struct PlainExamTests {
    func status(_ dataDirectory: String) throws -> [String: Any] {
        let result = try Binary.run(["exam", "--status", "--json", "--content", PickOneCourse.content, "--data-dir", dataDirectory])
        #expect(result.status == 0, "\(result.stderr)")
        return try BundledCourse.json(result.stdout)
    }

    @Test func aKilledExamKeepsEveryAnswerAndResumesWithTheRightTime() throws {
        let data = try BundledCourse.freshDataDirectory()
        let exam = try InteractiveProcess(["exam", "--plain", "--seed", "5", "--content", PickOneCourse.content, "--data-dir", data])
        #expect(exam.waitFor("> "))
        let answers = ["b", "d", "a", "c", "b"]
        for (index, letter) in answers.enumerated() {
            let mark = exam.outputCount
            exam.send(letter)
            #expect(exam.waitFor("Answer \(letter) saved for question \(index + 1).", after: mark))
        }
        exam.send("flag")
        #expect(exam.waitFor("Question 6 flagged."))
        exam.kill()
        #expect(exam.process.terminationReason == .uncaughtSignal)

        // The database has every answer given before the kill.
        let store = try ProgressStore(dataDirectory: data)
        let record = try #require(try store.openAttempt(course: BundledCourse.id))
        #expect(record.seed == 5 && record.items.count == 15 && record.position == 5)
        for (index, item) in record.items.enumerated() {
            if index < answers.count {
                let shown = Int(answers[index].unicodeScalars.first!.value) - 97
                #expect(item.chosen == item.optionOrder[shown], "question \(index + 1)")
            } else {
                #expect(item.chosen == nil)
            }
            #expect(item.flagged == (index == 5))
        }
        let deadline = try #require(record.deadline)
        #expect(abs(deadline.timeIntervalSince(record.startedAt) - 45 * 60) < 0.001)
        store.close()

        // --status reports it without starting anything.
        var before = Date()
        let json = try status(data)
        var after = Date()
        #expect(json["in_progress"] as? Bool == true)
        #expect(json["answered"] as? Int == 5 && json["total"] as? Int == 15)
        #expect((json["questions"] as? [String]) == record.items.map(\.question))
        let remaining = try #require(json["remaining_seconds"] as? Int)
        // Whole seconds left at some moment between `before` and `after`, however slow the machine.
        #expect(Double(remaining) <= deadline.timeIntervalSince(before) && Double(remaining) > deadline.timeIntervalSince(after) - 1)

        // Restarting resumes the same exam at the question on screen, with the time left.
        before = Date()
        let resumed = try Binary.run(["exam", "--plain", "--content", PickOneCourse.content, "--data-dir", data], stdin: "quit\n")
        after = Date()
        #expect(resumed.status == 0)
        #expect(resumed.stdout.contains("Resuming exam 1: 5 of 15 answered, "))
        #expect(resumed.stdout.contains("Question 6 of 15"))
        let shown = try #require(resumed.stdout.firstMatch(of: /answered, (\d+):(\d\d) left\./))
        let seconds = Double((Int(shown.1) ?? 0) * 60 + (Int(shown.2) ?? 0))
        #expect(seconds <= deadline.timeIntervalSince(before) && seconds > deadline.timeIntervalSince(after) - 1)
        #expect(try status(data)["answered"] as? Int == 5)
    }

    @Test func aWholeExamFromAScript() throws {
        let data = try BundledCourse.freshDataDirectory()
        let script = Array(repeating: "a", count: 15).joined(separator: "\n") + "\nflag\nsubmit\nno\nsubmit\nyes\n"
        let result = try Binary.run(["exam", "--plain", "--seed", "11", "--content", PickOneCourse.content, "--data-dir", data], stdin: script)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Mock exam 1 — Generative AI with Diffusion Models & LLMs: 15 questions, 45:00"))
        #expect(out.contains("That was the last question and all are answered."))
        #expect(out.contains("All 15 questions are answered.\nFlagged: 15."))
        #expect(out.contains("Not submitted."))
        let score = try #require(out.firstMatch(of: /Exam 1 result: (\d+)\/15 \((\d+)%\) — (PASS|FAIL) \(pass mark 70%\)/))
        let right = try #require(Int(score.1))
        #expect((score.3 == "PASS") == (right >= 11))
        for domain in ["Deep learning foundations: ", "Diffusion models: ", "LLM applications and RAG: ", "Agentic AI and customization: "] {
            #expect(out.contains("  " + domain))
        }
        #expect(out.components(separatedBy: "\nQuestion ").count - 1 >= 15 + 15)
        #expect(out.components(separatedBy: "<- correct").count - 1 + out.components(separatedBy: "<- your answer, correct").count - 1 >= 15)
        #expect(out.components(separatedBy: "\nWhy: ").count - 1 == 15)

        let json = try status(data)
        #expect(json["in_progress"] as? Bool == false && json["answered"] as? Int == 15 && json["remaining_seconds"] as? Int == 0)
        let text = try Binary.run(["exam", "--status", "--content", PickOneCourse.content, "--data-dir", data]).stdout
        #expect(text == "Exam 1 finished: \(right)/15 (\(score.2)%), \(score.3 == "PASS" ? "pass" : "fail").\n")

        // The same seed in another folder draws the same exam.
        let other = try BundledCourse.freshDataDirectory()
        _ = try Binary.run(["exam", "--plain", "--seed", "11", "--content", PickOneCourse.content, "--data-dir", other], stdin: "quit\n")
        #expect((try status(other)["questions"] as? [String]) == (json["questions"] as? [String]))

        // A retake holds only the missed questions; answers fed the cards.
        if right < 15 {
            let retake = try Binary.run(["exam", "--plain", "--retake-wrong", "--content", PickOneCourse.content, "--data-dir", data], stdin: "quit\n")
            #expect(retake.stdout.contains("Retake 2 of exam 1 — Generative AI with Diffusion Models & LLMs: \(15 - right) questions, untimed"))
            #expect(try status(data)["total"] as? Int == 15 - right)
        }
        let stats = try BundledCourse.json(try Binary.run(["stats", "--json", "--content", PickOneCourse.content, "--data-dir", data]).stdout)
        let exams = try #require(stats["exams"] as? [[String: Any]])
        #expect(exams.first?["correct"] as? Int == right)
        let domains = try #require(stats["domains"] as? [[String: Any]])
        #expect(domains.reduce(0) { $0 + ($1["reviews"] as? Int ?? 0) } == 15)
    }

    @Test func anExamFoundPastItsDeadlineIsSubmittedWithWhatWasAnswered() throws {
        let data = try BundledCourse.freshDataDirectory()
        let load = CourseLoader.load(folder: PickOneCourse.folder)
        let course = try #require(load.course)
        let started = Date().addingTimeInterval(-50 * 60)
        do {
            let store = try ProgressStore(dataDirectory: data)
            try store.syncBank(of: course, at: started)
            var generator = SeededGenerator(seed: 2)
            var session = ExamAssembler.assemble(course: course, lastSeen: [:], seed: 2, at: started, using: &generator)
            let id = try store.createAttempt(session.record)
            try store.save(try session.answer(0, option: session.items[0].correctOption, at: started.addingTimeInterval(60)), attempt: id)
            try store.save(try session.answer(1, option: (session.items[1].correctOption + 1) % 4, at: started.addingTimeInterval(90)), attempt: id)
            store.close()
        }
        let before = try status(data)
        #expect(before["in_progress"] as? Bool == false && before["remaining_seconds"] as? Int == 0 && before["answered"] as? Int == 2)

        let result = try Binary.run(["exam", "--plain", "--content", PickOneCourse.content, "--data-dir", data], stdin: "")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Time is up: the exam was submitted automatically with 2 of 15 answered."))
        #expect(result.stdout.contains("Exam 1 result: 1/15 (7%) — FAIL"))
        #expect(result.stdout.contains("Time used: 45:00 (submitted automatically at the deadline)"))
        let store = try ProgressStore(dataDirectory: data)
        let record = try #require(try store.attempt(1))
        #expect(record.autoSubmitted && record.correct == 1)
        #expect(try store.openAttempt(course: course.id) == nil)
        // All 15 questions are now cards with one exam review; 14 were missed.
        let candidates = try store.practiceCandidates(course: course.id, dueBy: Date().addingTimeInterval(3600), startOfDay: started)
        #expect(candidates.due.count == 15)
        #expect(candidates.due.count { $0.correctCount == 0 } == 14)
    }

    @Test func statusWithoutAnExamAndBadArguments() throws {
        let data = try BundledCourse.freshDataDirectory()
        let json = try status(data)
        #expect(json["in_progress"] as? Bool == false && json["total"] as? Int == 0 && (json["questions"] as? [String])?.isEmpty == true)
        let text = try Binary.run(["exam", "--status", "--content", PickOneCourse.content, "--data-dir", data])
        #expect(text.stdout.contains("No exam taken yet"))
        #expect(try Binary.run(["exam", "3", "--content", PickOneCourse.content, "--data-dir", data]).status == 2)
        #expect(try Binary.run(["exam", "--json", "--content", PickOneCourse.content, "--data-dir", data]).status == 2)
        let retake = try Binary.run(["exam", "--plain", "--retake-wrong", "--content", PickOneCourse.content, "--data-dir", data], stdin: "")
        #expect(retake.status == 1 && retake.stderr.contains("no finished exam to retake"))
    }

    @Test func waitingForOutputThatNeverComesTimesOut() throws {
        let data = try BundledCourse.freshDataDirectory()
        let exam = try InteractiveProcess(["exam", "--plain", "--seed", "1", "--content", PickOneCourse.content, "--data-dir", data])
        #expect(exam.waitFor("> "))
        // The exam now waits for a line; waiting for more output must end, not hang.
        #expect(!exam.waitFor("never printed", timeout: 0.5))
        exam.send("quit")
        #expect(exam.waitFor("paused"))
    }

    @Test func gotoTakesQuestionNumbersOnly() throws {
        let data = try BundledCourse.freshDataDirectory()
        let script = "goto 3\ngoto 0\ngoto -9223372036854775808\ngoto 99999999999999999999\nquit\n"
        let result = try Binary.run(["exam", "--plain", "--seed", "4", "--content", PickOneCourse.content, "--data-dir", data], stdin: script)
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(result.stdout.contains("Question 3 of 15"))
        #expect(result.stdout.contains("Not done: there is no question 0 (1–15)."))
        #expect(result.stdout.contains("Unknown command \"goto -9223372036854775808\" (type help)."))
        #expect(result.stdout.contains("Unknown command \"goto 99999999999999999999\" (type help)."))
        #expect(result.stdout.contains("Exam 1 paused"))
    }

    @Test func aDamagedDatabaseStopsTheCommandAndIsLeftAlone() throws {
        let data = try BundledCourse.freshDataDirectory()
        let path = DataDirectory.databasePath(in: data)
        let junk = Data(String(repeating: "not a database ", count: 500).utf8)
        try junk.write(to: URL(fileURLWithPath: path))
        for arguments in [["stats"], ["exam", "--status", "--json"], ["practice", "--plain"], ["export"]] {
            let result = try Binary.run(arguments + ["--content", PickOneCourse.content, "--data-dir", data], stdin: "")
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("dli-tutor: \(path): not an SQLite database"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
    }
}

@Suite struct PlainExamCourseChangeTests {
    /// The exam keeps each question as it was asked: it resumes (and is reviewed)
    /// with the question the course has since lost.
    @Test func anExamWhoseQuestionLeftTheCourseResumesAsItWasAsked() throws {
        let data = try BundledCourse.freshDataDirectory()
        let first = try Binary.run(["exam", "--plain", "--seed", "9", "--content", PickOneCourse.content, "--data-dir", data], stdin: "a\nquit\n")
        #expect(first.status == 0, "\(first.stderr)")
        let status = try BundledCourse.json(try Binary.run(["exam", "--status", "--json", "--content", PickOneCourse.content, "--data-dir", data]).stdout)
        let removed = try #require((status["questions"] as? [String])?.first)

        // A copy of the course without that question.
        let content = try PickOneCourse.copy(of: PickOneCourse.folder) { $0["id"] as? String != removed }

        let second = try Binary.run(["exam", "--plain", "--content", content, "--seed", "10", "--data-dir", data],
                                    stdin: ":goto 1\n:submit\ny\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Resuming exam 1: 1 of 15 answered"))
        #expect(second.stdout.contains("[\(removed)]"))
        #expect(second.stdout.contains("Exam 1 result: "))
    }
}
