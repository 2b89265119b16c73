import Foundation
import Testing

/// `dli-tutor plan` and the readiness members of `stats --json`, run as a user would.
@Suite struct PlanCommandTests {
    static func day(_ offset: Int) -> String {
        let date = Calendar.current.date(byAdding: .day, value: offset, to: Calendar.current.startOfDay(for: Date())) ?? Date()
        let c = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    @Test func planJSONHasItsShapeAndTheDateIsStoredUntilCleared() throws {
        let data = try BundledCourse.freshDataDirectory()
        let none = try BundledCourse.json(try Binary.run(["plan", "--json", "--data-dir", data]).stdout)
        #expect(none["exam_date"] is NSNull)
        #expect((none["days"] as? [Any])?.isEmpty == true)
        #expect(none["forecast"] is NSNull)

        let exam = Self.day(20)
        let set = try Binary.run(["plan", "--exam-date", exam, "--rest-days", "sun", "--json", "--data-dir", data])
        #expect(set.status == 0, "\(set.stderr)")
        let plan = try BundledCourse.json(set.stdout)
        #expect(plan["exam_date"] as? String == exam)
        #expect(plan["rest_days"] as? [String] == ["sun"])
        let days = try #require(plan["days"] as? [[String: Any]])
        #expect(days.count == 20)
        #expect(days.first?["date"] as? String == Self.day(0))
        #expect(days.last?["date"] as? String == Self.day(19))
        for day in days {
            #expect(day["reviews"] is Double && day["new"] is Int && day["minutes"] is Double, "\(day)")
        }
        // No daily limit: every exam question of a fresh learner is introduced before the last three days.
        let introduced = days.reduce(0) { $0 + ($1["new"] as? Int ?? 0) }
        #expect(plan["unseen_at_exam"] as? Int == 0)
        #expect(introduced > 0)
        #expect(days.suffix(3).allSatisfy { $0["new"] as? Int == 0 && $0["final_review"] as? Bool == true })
        let forecast = try #require(plan["forecast"] as? [String: Any])
        let pass = try #require(forecast["pass_probability"] as? Double)
        #expect(pass >= 0 && pass <= 1)
        #expect(forecast["expected_percent"] is Double)

        // `plan` alone shows the stored plan; the text names the date.
        let text = try Binary.run(["plan", "--data-dir", data])
        #expect(text.stdout.contains("exam on \(exam)"))
        #expect(text.stdout.contains("final review"))

        let cleared = try Binary.run(["plan", "--clear", "--data-dir", data])
        #expect(cleared.status == 0 && cleared.stdout.contains("removed"))
        #expect(try BundledCourse.json(try Binary.run(["plan", "--json", "--data-dir", data]).stdout)["exam_date"] is NSNull)
    }

    @Test func badPlanSettingsExitWithStatusTwo() throws {
        let data = try BundledCourse.freshDataDirectory()
        for (arguments, message) in [(["--exam-date", "2027-02-30"], "month 2 of 2027 has no day 30"),
                                     (["--exam-date", Self.day(0)], "is not after today"),
                                     (["--exam-date", Self.day(5), "--rest-days", "someday"], "not a day of the week"),
                                     (["--minutes-per-day", "0", "--exam-date", Self.day(5)], "--minutes-per-day"),
                                     (["--clear", "--exam-date", Self.day(5)], "--clear takes no other setting")] {
            let result = try Binary.run(["plan"] + arguments + ["--data-dir", data])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        // Minutes without a date are refused too: there is no plan to change.
        let orphan = try Binary.run(["plan", "--minutes-per-day", "20", "--data-dir", data])
        #expect(orphan.status == 1 && orphan.stderr.contains("no exam date set"))
    }

    @Test func statsJSONCarriesTheReadinessAndEachExamsForecast() throws {
        // Answered by letter: the pick-one copy of the course.
        let data = try BundledCourse.freshDataDirectory()
        var stats = try BundledCourse.json(try Binary.run(["stats", "--json", "--content", PickOneCourse.content, "--data-dir", data]).stdout)
        var readiness = try #require(stats["readiness"] as? [String: Any])
        #expect(readiness["at"] is String)
        #expect(readiness["brier"] is NSNull)
        let interval = try #require(readiness["score_interval"] as? [Double])
        #expect(interval.count == 2 && interval[0] <= interval[1])
        let pass = try #require(readiness["pass_probability"] as? Double)
        #expect(pass >= 0 && pass <= 1)
        #expect(readiness["expected_percent"] is Double)
        let domains = try #require(readiness["domains"] as? [[String: Any]])
        #expect(domains.map { $0["id"] as? String } == ["foundations", "diffusion", "llm-rag", "agents-customization"])
        for domain in domains {
            #expect(domain["expected_percent"] is Double)
            let questions = try #require(domain["questions"] as? [[String: Any]])
            #expect(!questions.isEmpty)
            #expect(questions.allSatisfy { $0["id"] is String && $0["p"] is Double && $0["seen"] as? Bool == false })
        }
        let prior = try #require(readiness["prior"] as? [String: Any])
        #expect(prior["method"] is String && prior["chance"] is Double && prior["domains"] is [Any])

        // An exam stores its forecast; stats then scores it.
        let answers = String(repeating: "a\n", count: 15) + "submit\ny\n"
        let exam = try Binary.run(["exam", "--plain", "--seed", "3", "--content", PickOneCourse.content, "--data-dir", data], stdin: answers)
        #expect(exam.status == 0, "\(exam.stderr)")
        stats = try BundledCourse.json(try Binary.run(["stats", "--json", "--content", PickOneCourse.content, "--data-dir", data]).stdout)
        let exams = try #require(stats["exams"] as? [[String: Any]])
        let forecast = try #require(exams.first?["forecast"] as? [String: Any])
        #expect(forecast["pass_probability"] is Double && forecast["expected_percent"] is Double)
        readiness = try #require(stats["readiness"] as? [String: Any])
        #expect(readiness["brier"] is Double)
        #expect(readiness["audited_exams"] as? Int == 1)
    }
}
