import Foundation
import Testing

/// The real binary in tmux: one question of each answer form practised as a
/// learner would (keys, typing, Tab for "not sure"), then a mock exam holding
/// select-all, number, pick-one and code questions; the review log is checked.
@Suite(.serialized) struct AnswerFormsEndToEndTests {
    /// The letter the screen shows `option` under (`  b) keys`).
    func letter(of option: String, on screen: String) -> String? {
        for line in screen.components(separatedBy: "\n") {
            guard let range = line.range(of: ") " + option) else { continue }
            let before = line[..<range.lowerBound]
            if let letter = before.last, letter.isLetter { return String(letter) }
        }
        return nil
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed (scripts/install-deps --test installs it); end-to-end test skipped"))
    func practiseEveryFormThenAnExamOfThem() throws {
        let content = try FormsContent.write(), data = try BundledCourse.freshDataDirectory()
        let tmux = Tmux()
        defer { tmux.kill() }
        let command = "env -i PATH=/usr/bin:/bin HOME=\(data) TERM=tmux-256color LANG=C.UTF-8 \(Binary.url.path) --content \(content) --data-dir \(data)"
        try tmux.start(command, width: 100, height: 32)
        try tmux.wait(for: "Continue reading")

        try tmux.keys("p")
        var practised = Set<String>()
        for answered in 0..<5 {
            // The next question: the tally counts the answers saved so far.
            let tally = answered == 0 ? "Practice ·" : "\(answered) answered"
            let waiting: (String) -> Bool = { screen in
                screen.contains(tally) && !screen.contains("Rate ") && (screen.contains("(Tab: ") || screen.contains("Recall the answer"))
            }
            guard let screen = try tmux.wait(until: "question \(answered + 1)", waiting) else { break }
            if screen.contains("Which are inputs of attention") {
                practised.insert("choices")
                try tmux.keys("a", "b", "Enter")
                try tmux.wait(for: "✓ Right")
            } else if screen.contains("Elo 1600") {
                practised.insert("number")
                try tmux.keys("Tab")
                try tmux.wait(for: "Not sure")
                try tmux.type("0.76")
                try tmux.keys("Enter")
                try tmux.wait(for: "The answer: 0.7597")
            } else if screen.contains("Fill the blank") {
                practised.insert("text")
                try tmux.type("torch.cumprod( alphas,dim=0 )")
                try tmux.keys("Enter")
                try tmux.wait(for: "✓ Right")
            } else if screen.contains("Does the forward process") {
                practised.insert("choice")
                try tmux.keys("b")
                try tmux.wait(for: "✓ Right")
            } else if screen.contains("What does the DDPM network predict") {
                practised.insert("recall")
                try tmux.keys("Enter")
                try tmux.wait(for: "The noise added at step t.")
                try tmux.keys("3")
                continue
            } else {
                Issue.record("unexpected screen:\n\(screen)")
                break
            }
            try tmux.keys("Enter")
        }
        #expect(practised == ["choices", "number", "text", "choice", "recall"])
        try tmux.keys("Escape")   // q would be typed if a typed question is on screen
        try tmux.wait(for: "Continue reading")

        // The exam: four questions (never the recall card), options shuffled.
        try tmux.keys("e", "Enter")
        for position in 1...4 {
            guard let screen = try tmux.wait(until: "question \(position)", { $0.contains("Question \(position) of 4") }) else { break }
            if screen.contains("Which are inputs of attention") {
                let picks = try #require(["queries", "keys"].map { letter(of: $0, on: screen) } as? [String])
                try tmux.keys(picks[0], picks[1], "Enter")
            } else if screen.contains("Elo 1600") {
                try tmux.type("0.7597")
                try tmux.keys("Enter")
            } else if screen.contains("Does the forward process") {
                try tmux.keys(try #require(letter(of: "yes", on: screen)))
            } else if screen.contains("Fill the blank") {
                try tmux.type("torch.cumprod(alphas, dim=0)")
                try tmux.keys("Enter")
            } else {
                Issue.record("unexpected exam screen:\n\(screen)")
            }
            if position < 4 { try tmux.wait(for: "Question \(position + 1) of 4") }
        }
        try tmux.wait(for: "All questions answered")
        try tmux.keys("C-g")   // s would be typed if the last question is a typed one
        try tmux.wait(for: "Submit exam 1?")
        try tmux.keys("y")
        try tmux.wait(for: "4/4 · 100%")
        try tmux.keys("Q")
        #expect(tmux.waitForExit())

        let reviews = try FormsContent.reviews(data: data)
        let practice = reviews.filter { $0["source"] as? String == "practice" }
        let exam = reviews.filter { $0["source"] as? String == "exam" }
        #expect(Set(practice.compactMap { $0["question"] as? String }).count == 5)
        #expect(practice.first { $0["question"] as? String == "f-number" }?["confidence"] as? String == "unsure")
        #expect(practice.first { $0["question"] as? String == "f-text" }?["response"] as? String == "torch.cumprod( alphas,dim=0 )")
        #expect(exam.count == 4 && exam.allSatisfy { $0["correct"] as? Bool == true })
        #expect(exam.first { $0["question"] as? String == "f-choices" }?["selection"] as? [Int] == [0, 1])
    }
}
