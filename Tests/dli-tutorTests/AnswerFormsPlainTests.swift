import Foundation
import Testing

/// Plain practice in every answer form through the real binary, answers typed
/// as a script or a screen reader would: `?` for not sure, `:` commands, a
/// command word refused on a typed question, a recall card revealed and rated.
@Suite struct AnswerFormsPlainTests {
    /// The id of the question the output shows last (`[f-number]`).
    func current(_ practice: InteractiveProcess) -> String? {
        practice.text.components(separatedBy: " · [").last?.components(separatedBy: "]").first
    }

    @Test func everyFormAnsweredInPlainModeIsLoggedAsEntered() throws {
        let content = try FormsContent.write(), data = try BundledCourse.freshDataDirectory()
        let practice = try InteractiveProcess(["practice", "--plain", "--content", content, "--data-dir", data, "--seed", "3"])
        #expect(practice.waitFor("Append ? to an answer you are not sure of"))
        var seen = Set<String>()
        for _ in 0..<5 {
            #expect(practice.waitFor("\n> ", after: max(0, practice.outputCount - 3)))
            guard let id = current(practice), !seen.contains(id) else { break }
            seen.insert(id)
            let mark = practice.outputCount
            switch id {
            case "f-choice":
                practice.send("b")
                #expect(practice.waitFor("Right: b)", after: mark))
                practice.send("")
            case "f-choices":
                practice.send("a c ?")
                #expect(practice.waitFor("Wrong. The right options: a, b.", after: mark))
                #expect(practice.waitFor("Missed: b.", after: mark) && practice.waitFor("Wrongly picked: c.", after: mark))
                practice.send("")
            case "f-number":
                practice.send("next")
                #expect(practice.waitFor("Not taken: \"next\" is a command word: :next to run it, =next to answer the word", after: mark))
                practice.send("0.76 ?")
                #expect(practice.waitFor("The answer: 0.7597", after: mark))
                #expect(practice.waitFor("Rating: hard.", after: mark))
                practice.send("")
            case "f-text":
                practice.send("torch.cumprod(alpha, dim=0)")
                #expect(practice.waitFor("Accepted: torch.cumprod(alphas, dim=0)", after: mark))
                practice.send(":right")
                #expect(practice.waitFor("Marked right", after: mark))
                practice.send("")
            case "f-recall":
                practice.send("4")
                #expect(practice.waitFor("Press Enter to reveal the answer first", after: mark))
                practice.send("")
                #expect(practice.waitFor("The noise added at step t.", after: mark))
                practice.send("2")
            default:
                Issue.record("unexpected question \(id)")
            }
            #expect(practice.waitFor("Saved as ", after: mark))
        }
        practice.send(":quit")
        practice.process.waitUntilExit()
        #expect(seen.count == 5, "\(seen)")

        let reviews = try FormsContent.reviews(data: data)
        func review(_ id: String) -> [String: Any]? { reviews.first { $0["question"] as? String == id } }
        #expect(review("f-choice")?["chosen"] as? Int == 1 && review("f-choice")?["confidence"] as? String == "sure")
        #expect(review("f-choices")?["selection"] as? [Int] == [0, 2] && review("f-choices")?["response"] as? String == "a,c")
        #expect(review("f-choices")?["confidence"] as? String == "unsure" && review("f-choices")?["correct"] as? Bool == false)
        #expect(review("f-number")?["response"] as? String == "0.76" && review("f-number")?["rating"] as? String == "hard")
        #expect(review("f-text")?["overridden"] as? Bool == true && review("f-text")?["correct"] as? Bool == true)
        #expect(review("f-recall")?["rating"] as? String == "hard" && review("f-recall")?["confidence"] == nil)
        // Calibration over these answers (the recall card has none): sure f-choice and f-text (overridden, right),
        // not sure f-choices (wrong) and f-number (right).
        let stats = try BundledCourse.json(try Binary.run(["stats", "--json", "--content", content, "--data-dir", data]).stdout)
        let calibration = try #require(stats["calibration"] as? [String: Any])
        let sure = try #require(calibration["sure"] as? [String: Any]), unsure = try #require(calibration["unsure"] as? [String: Any])
        #expect(sure["answers"] as? Int == 2 && sure["correct"] as? Int == 2, "\(calibration)")
        #expect(unsure["answers"] as? Int == 2 && unsure["correct"] as? Int == 1, "\(calibration)")
        #expect((calibration["confident_errors"] as? [Any])?.isEmpty == true)
        let csv = try Binary.run(["export", "--format", "csv", "--data-dir", data]).stdout
        #expect(csv.contains(",0;2,\"a,c\",unsure,0"))
        #expect(csv.contains(",torch.cumprod(alpha,") || csv.contains("\"torch.cumprod(alpha, dim=0)\",sure,1"))
    }

    /// The letter an option is shown under last in `text` (an exam shuffles options).
    func letter(of option: String, in text: String) -> String {
        let line = text.components(separatedBy: "\n").last { $0.hasSuffix(") " + option) }
        return line.map { String($0.trimmingCharacters(in: .whitespaces).prefix(1)) } ?? "?"
    }

    @Test func anExamOfEveryFormFromAScript() throws {
        let content = try FormsContent.write(), data = try BundledCourse.freshDataDirectory()
        let exam = try InteractiveProcess(["exam", "--plain", "--content", content, "--data-dir", data, "--seed", "2"])
        #expect(exam.waitFor("questions, "))
        var answered = Set<String>()
        for position in 1...4 {
            #expect(exam.waitFor("Question \(position) of 4", after: max(0, exam.outputCount - 2000)))
            #expect(exam.waitFor("\n> ", after: max(0, exam.outputCount - 3)))
            guard let id = exam.text.components(separatedBy: " · [").last?.components(separatedBy: "]").first else { break }
            answered.insert(id)
            let mark = exam.outputCount
            switch id {
            case "f-choices": exam.send(letter(of: "queries", in: exam.text) + "," + letter(of: "keys", in: exam.text))
            case "f-number": exam.send("0.2403 ?")
            case "f-choice": exam.send(letter(of: "yes", in: exam.text))
            case "f-text": exam.send("torch.cumprod(alphas,dim=0)")
            default: Issue.record("unexpected \(id)")
            }
            #expect(exam.waitFor("question \(position).", after: mark))
        }
        #expect(answered == ["f-choices", "f-number", "f-choice", "f-text"])
        let mark = exam.outputCount
        exam.send(":submit")
        exam.send("y")
        #expect(exam.waitFor("result: 3/4", after: mark))
        exam.process.waitUntilExit()
        let reviews = try FormsContent.reviews(data: data).filter { $0["source"] as? String == "exam" }
        #expect(reviews.count == 4)
        let number = reviews.first { $0["question"] as? String == "f-number" }
        #expect(number?["correct"] as? Bool == false && number?["confidence"] as? String == "unsure" && number?["response"] as? String == "0.2403")
    }
}
