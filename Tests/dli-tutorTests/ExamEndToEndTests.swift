import Course
import Foundation
import Quiz
import Testing

/// The full-screen app end to end: the real binary in tmux (the `Tmux` of
/// `EndToEndTests.swift`) with a fresh data folder. Practise, start an exam,
/// answer some, quit mid-exam, start the binary again, find the exam resumed
/// with the clock still running, submit, see the result; then check the database.
@Suite(.serialized) struct ExamEndToEndTests {
    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Seconds of the countdown shown (`41:23 left`).
    func countdown(_ screen: String) -> Int? {
        guard let match = screen.firstMatch(of: /(\d+):(\d\d) left/) else { return nil }
        return (Int(match.1) ?? 0) * 60 + (Int(match.2) ?? 0)
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed (scripts/install-deps --test installs it); end-to-end test skipped"))
    func practiseThenAnExamQuitMidwayResumedAfterARestartAndSubmitted() throws {
        let data = try BundledCourse.freshDataDirectory()
        let content = PickOneCourse.content
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color "
            + [Binary.url.path, "--content", content, "--data-dir", data].map(Self.quoted).joined(separator: " ")
        let tmux = Tmux()
        defer {
            tmux.kill()
            try? FileManager.default.removeItem(atPath: data)
        }

        // Practice: two questions answered and rated.
        try tmux.start(command, width: 100, height: 30)
        try tmux.wait(for: "Continue reading")
        try tmux.keys("p")
        try tmux.wait(for: "Practice · All questions")
        for answered in 1...2 {
            try tmux.keys("a")
            try tmux.wait(for: "Enter: ")
            try tmux.keys("Enter")
            try tmux.wait(for: "\(answered) answered")
        }
        try tmux.keys("q")
        try tmux.wait(for: "Continue reading")

        // An exam: two answers, then quit the app in the middle.
        try tmux.keys("e")
        try tmux.wait(for: "15 questions · 45 minutes · pass mark 70%")
        try tmux.keys("Enter")
        try tmux.wait(for: "Mock exam 1 · Question 1 of 15")
        try tmux.keys("b")
        try tmux.wait(for: "Question 2 of 15")
        try tmux.keys("c")
        // The header and the clock under it, in one capture.
        let before = try #require(try tmux.wait(until: "question 3 and the clock") {
            $0.contains("Question 3 of 15") && countdown($0) != nil
        })
        let shownBefore = try #require(countdown(before))
        #expect(shownBefore <= 45 * 60 && shownBefore > 44 * 60)
        try tmux.keys("Q")
        try tmux.wait(for: "Exam 1 is in progress")
        try tmux.keys("y")
        #expect(tmux.waitForExit(), "the app did not quit")

        // The database has the practice reviews and the open exam.
        do {
            let store = try ProgressStore(dataDirectory: data)
            defer { store.close() }
            let archive = try store.exportArchive()
            #expect(archive.reviews.count == 2 && archive.reviews.allSatisfy { $0.source == .practice })
            let open = try #require(try store.openAttempt(course: BundledCourse.id))
            #expect(open.items.count == 15 && open.position == 2)
            #expect(open.items.prefix(2).allSatisfy { $0.chosen != nil } && open.items.dropFirst(2).allSatisfy { $0.chosen == nil })
            #expect(open.items[0].chosen == open.items[0].optionOrder[1] && open.items[1].chosen == open.items[1].optionOrder[2])
        }
        Thread.sleep(forTimeInterval: 2.2)

        // Restarted: the exam opens where it was, with less time left.
        try tmux.start(command, width: 100, height: 30)
        try tmux.wait(for: "Continue reading")
        let openedAfter = Date()
        try tmux.keys("e")
        let resumed = try #require(try tmux.wait(until: "the resumed exam and its clock") {
            $0.contains("Mock exam 1 · Question 3 of 15") && countdown($0) != nil
        })
        let shownAfter = try #require(countdown(resumed))
        #expect(shownAfter < shownBefore - 1, "before \(shownBefore) s, after \(shownAfter) s")
        #expect(resumed.contains("answered 2/15"))
        do {
            let store = try ProgressStore(dataDirectory: data)
            defer { store.close() }
            let deadline = try #require(try store.openAttempt(course: BundledCourse.id)?.deadline)
            // The countdown was drawn between opening the exam and now: it lies between
            // the time left at those two moments (a second either way for rounding).
            let shown = Double(shownAfter)
            #expect(shown <= deadline.timeIntervalSince(openedAfter) + 1 && shown >= deadline.timeIntervalSinceNow - 1,
                    "shown \(shownAfter) s, left when opened \(deadline.timeIntervalSince(openedAfter)) s")
        }

        // Submit: the confirmation lists the unanswered, then the result.
        try tmux.keys("s")
        try tmux.wait(for: "Unanswered (13): 3, 4, 5")
        try tmux.keys("y")
        let scoreLine = /(\d+)\/15 · (\d+)%  (PASSED|NOT PASSED)/
        let result = try #require(try tmux.wait(until: "the result with its score and chapters") {
            $0.contains("Mock exam 1 · result") && $0.firstMatch(of: scoreLine) != nil && $0.contains("By chapter")
        })
        let score = try #require(result.firstMatch(of: scoreLine))
        let right = try #require(Int(score.1))
        #expect(right <= 2 && score.3 == "NOT PASSED")
        try tmux.keys("q")
        try tmux.wait(for: "Continue reading")
        // q on the home screen asks first.
        try tmux.keys("q")
        try tmux.wait(for: "Leave dli-tutor?")
        try tmux.keys("y")
        #expect(tmux.waitForExit(), "the app did not quit")

        let store = try ProgressStore(dataDirectory: data)
        defer { store.close() }
        #expect(try store.openAttempt(course: BundledCourse.id) == nil)
        let summary = try #require(try store.attemptSummaries(course: BundledCourse.id).first)
        #expect(summary.correct == right && summary.total == 15 && summary.submittedAt != nil && !summary.autoSubmitted)
        let reviews = try store.exportArchive().reviews
        #expect(reviews.count { $0.source == .exam } == 15)
        #expect(reviews.count { $0.source == .practice } == 2)
    }
}
