import Course
import Foundation

/// Tab focus on calculator blocks and imported questions, and answering them in place.
extension ReaderScreen {
    mutating func focusCalc(forward: Bool) -> Effect {
        let items = focusables
        guard !items.isEmpty else { return .message("This lesson has no calculator blocks") }
        let candidates: [Int]
        if let current = focused, isVisible(items[current].lines) {
            candidates = forward ? Array((current + 1)..<items.count) : Array((0..<current).reversed())
        } else if forward {
            candidates = items.indices.filter { items[$0].lines.upperBound > top }
        } else {
            candidates = items.indices.filter { items[$0].lines.lowerBound < top + viewHeight }.reversed()
        }
        guard let next = candidates.first else {
            return .message(forward ? "No more calculator blocks below" : "No calculator blocks above")
        }
        focused = next
        let lines = items[next].lines
        if !(lines.lowerBound >= top && lines.upperBound <= top + viewHeight) {
            top = min(max(0, lines.lowerBound - 2), maxTop)
        }
        let hint: String
        switch items[next].item {
        case .calc: hint = "Enter opens this block in the calculator"
        case .question(let i): hint = "Press 1–\(checks[i].options.count) to answer"
        }
        return .batch([progress(), .message(hint)])
    }

    /// Answers the focused question: saves the answer as a practice review, then
    /// shows the verdict and explanation under it.
    func answer(option: Int) -> Effect {
        guard let index = focusedQuestion else { return .message("Tab to a question, then press its number") }
        let question = checks[index]
        guard answers[question.id] == nil else { return .message("Already answered") }
        guard question.options.indices.contains(option) else {
            return .message("This question has \(question.options.count) options")
        }
        var next = self
        next.answers[question.id] = option
        next.layOut(width: rendered.width)
        // Keep the question in place and bring its verdict and explanation into view.
        let lines = next.checkLines[index]
        next.top = min(max(top, min(lines.lowerBound, lines.upperBound - viewHeight)), next.maxTop)
        if !activeQuery.isEmpty { next.search(activeQuery, moving: false) }
        let verdict = option == question.answer ? "Right ✓" : "Not quite: the answer is \(question.answer + 1)"
        return .batch([.save(.answer(courseID: courseID, question: question, option: option, at: eventTime)), .update(next),
                       .message(verdict)])
    }
}
