import Course
import Foundation
import Study
import Quiz

/// The result of a submitted exam, as plain text.
enum ExamReport {
    static func print(_ result: ExamResult, attempt: Int, course: Course, console: PlainConsole) {
        console.line()
        console.line("Exam \(attempt) result: \(result.correct)/\(result.total) (\(StudyFormat.percent(result.percent))) — "
            + (result.passed ? "PASS" : "FAIL") + " (pass mark \(StudyFormat.percent(result.passPercent)))")
        console.line("Time used: \(StudyFormat.clock(result.timeUsed))\(result.submittedAutomatically ? " (submitted automatically at the deadline)" : "")")
        console.line()
        console.line("By chapter:")
        for domain in result.domains {
            let title = course.chapter(id: domain.domain)?.title ?? domain.domain
            console.line("  \(title): \(domain.correct)/\(domain.total) (\(StudyFormat.percent(domain.percent)))")
        }
        for review in result.reviews {
            console.line()
            let verdict = review.isCorrect ? "right" : (review.answer == nil ? "unanswered" : "wrong")
            let sure = review.confidence.map { $0 == .sure ? ", you were sure" : ", you were not sure" } ?? ""
            console.line("Question \(review.position + 1) — \(verdict)\(sure)\(review.flagged ? " (flagged)" : "") · [\(review.question.displayID)]")
            console.line(PlainText.markdown(review.question.stem))
            if case .choice = review.question.response {
                var marks: [Int: String] = [review.correctOption: "<- correct"]
                if let chosen = review.chosenOption, chosen != review.correctOption { marks[chosen] = "<- your answer" }
                if review.chosenOption == review.correctOption { marks[review.correctOption] = "<- your answer, correct" }
                PlainText.options(review.options, marks: marks).forEach { console.line($0) }
            } else {
                PlainText.question(review.question, order: review.item.optionOrder).dropFirst().forEach { console.line($0) }
                PlainText.feedback(review.question, order: review.item.optionOrder, answer: review.answer, correct: review.isCorrect)
                    .forEach { console.line($0) }
            }
            if !review.isCorrect {
                TemplateFeedback.lines(review.question, mistake: review.grade?.mistake).forEach { console.line(PlainText.wrapped($0)) }
            }
            console.line(PlainText.why(review.question.explanation))
        }
        console.line()
        let missed = result.missed.count
        if missed > 0 {
            console.line("\(missed) question\(missed == 1 ? "" : "s") missed; they come back in practice. "
                + "Retake only those: dli-tutor exam --retake-wrong \(attempt)")
        } else {
            console.line("Every question right.")
        }
    }
}
