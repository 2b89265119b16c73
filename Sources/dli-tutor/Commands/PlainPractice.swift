import Course
import Foundation
import Quiz
import Study

/// Spaced-repetition practice line by line (`practice --plain`), in every answer
/// form: a letter (pick one), letters (select all: `a,c`, `ac`, `1 3`), a number
/// or a typed answer, or Enter to reveal a recall card. `?` after an answer
/// marks it not sure. The answer is graded and explained; Enter keeps the
/// proposed rating, or a rating is typed (`1`–`4`, `hard`, `easy`…), and every
/// confirmed review is stored before the next question. `:right` marks a typed
/// answer right. End of input confirms a graded answer and stops.
struct PlainPractice {
    var session: PracticeSession
    let course: Course
    let study: any StudyStore
    let console = PlainConsole()
    let now: () -> Date
    let confidenceMarking: Bool
    /// How reviews are logged: scheduled practice, or cram and drill practice
    /// (`--cram`, `--drill`), whose later reviews of a day leave a card as it is.
    var source = ReviewSource.practice
    /// The learner's days, for cram and drill practice.
    var calendar = Calendar.current
    private var answered = 0
    private var right = 0

    init(session: PracticeSession, course: Course, study: any StudyStore, confidenceMarking: Bool, now: @escaping () -> Date) {
        self.session = session
        self.course = course
        self.study = study
        self.confidenceMarking = confidenceMarking
        self.now = now
    }

    mutating func run() throws {
        if confidenceMarking { console.line("Append ? to an answer you are not sure of (b?, 4.19e7 ?). Commands also work with a leading : (:quit).") }
        showPhase()
        while session.phase != .finished {
            console.prompt()
            guard let line = console.readLine() else {
                console.line()
                try stop()
                return
            }
            if try handle(line) { return }
        }
        summary()
    }

    /// Returns true when the learner quits.
    private mutating func handle(_ line: String) throws -> Bool {
        do {
            switch session.phase {
            case .presenting:
                return try presenting(line, question: session.currentQuestion)
            case .graded:
                return try graded(line)
            case .finished:
                return true
            }
        } catch let error as PracticeSessionError {
            console.line("Not done: \(error).")
        }
        return false
    }

    private mutating func presenting(_ line: String, question: Question?) throws -> Bool {
        if case .recall? = question?.response, let digit = Int(line.trimmingCharacters(in: .whitespaces)), (1...4).contains(digit) {
            console.line("Press Enter to reveal the answer first; then 1–4 rate how well you recalled it.")
            return false
        }
        let context = PlainLine.Context(question: question, optionOrder: question.map { Array($0.options.indices) } ?? [],
                                        confidenceMarking: confidenceMarking)
        switch PlainLine.read(line, in: context) {
        case .answer(let answer, let confidence):
            showGrade(try session.answer(answer, confidence: confidence))
        case .refused(let why):
            console.line("Not taken: \(why).")
        case .command(let command):
            switch command {
            case .proceed:
                if case .recall? = question?.response {
                    showGrade(try session.reveal())
                } else {
                    showPhase()
                }
            case .rating: console.line(question.map(answerHint) ?? "Answer first, then rate.")
            default: return try common(command)
            }
        }
        return false
    }

    private mutating func graded(_ line: String) throws -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        if let digit = Int(text), let rating = Rating(rawValue: digit) {
            try rate(rating)
            return false
        }
        switch PlainLine.read(line, in: PlainLine.Context(question: nil)) {
        case .command(.proceed), .command(.next): try confirm()
        case .command(.rating(let rating)): try rate(rating)
        case .command(.right):
            try session.overrideAsRight()
            console.line("Marked right (logged as your override). Press Enter to save it.")
        case .command(let command) where command.isSessionCommand:
            return try common(command)
        default:
            // An answer straight away keeps the proposed rating and answers the next question.
            try confirm()
            if case .presenting = session.phase { return try handle(line) }
        }
        return false
    }

    /// Commands that work whether or not an answer is graded.
    private mutating func common(_ command: PlainCommand) throws -> Bool {
        switch command {
        case .undo:
            try apply(session.undo())
            console.line("Undone: the last review was taken back.")
            showPhase()
        case .quit:
            try stop()
            return true
        case .help:
            console.line(Self.help)
        case .unknown(let text):
            console.line("Unknown command \"\(text)\" (type help).")
        default:
            console.line("Not available in practice (type help).")
        }
        return false
    }

    private mutating func rate(_ rating: Rating) throws {
        guard session.allowedRatings.contains(rating) else {
            console.line("A wrong answer is rated again: press Enter.")
            return
        }
        try session.choose(rating)
        try confirm()
    }

    private mutating func confirm() throws {
        guard case .graded(let grade) = session.phase else { return }
        try apply(session.confirm(at: now()))
        answered += 1
        if grade.correct { right += 1 }
        console.line("Saved as \(grade.rating.name).")
        if grade.isConfidentError { console.line("You were sure and it was wrong: it comes back in a few cards.") }
        showPhase()
    }

    private mutating func apply(_ effect: PracticeEffect) throws {
        switch effect {
        case .recordReview(let record):
            try study.save(.practice(record, courseID: course.id, source: source, calendar: calendar))
        case .undoReview(let record):
            try study.save(.practiceUndo(courseID: course.id, record))
            answered -= 1
            if record.correct { right -= 1 }
        }
    }

    /// Quitting keeps a graded answer: it is confirmed with its proposed rating.
    private mutating func stop() throws {
        if case .graded = session.phase { try confirm() }
        summary()
    }

    // MARK: Display

    private func showPhase() {
        guard case .presenting(let id) = session.phase, let question = session.currentQuestion else {
            if session.phase == .finished { console.line("No more questions for now.") }
            return
        }
        let chapter = course.chapter(id: question.domain)?.title ?? question.domain
        let lesson = course.lesson(id: question.lesson)?.title ?? question.lesson
        let kind = session.presentingReask ? "Again (you were sure)" : session.cards[id]?.lastReview == nil ? "New" : "Review"
        console.line()
        // A drill goes on until :quit: it counts rounds instead of what is left.
        let progress = session.drill ? "round \(answered + 1)" : "\(session.queue.count + session.learning.count) more after this"
        console.line("\(kind) · \(chapter) · \(lesson) · \(progress) · [\(question.displayID)]")
        console.line()
        PlainText.question(question).forEach { console.line($0) }
        console.line()
        console.line(answerHint(question))
    }

    private func answerHint(_ question: Question) -> String {
        switch question.response {
        case .choice: return "Answer with \(PlainText.letter(0))–\(PlainText.letter(question.options.count - 1))."
        case .choices(_, let picks): return "Answer with the letters of \(picks.map { "the \($0)" } ?? "every") right option (a,c)."
        case .number(let key): return "Type the number\(key.unit.map { " (in \($0))" } ?? "")."
        case .text(let key): return key.match == .code ? "Type the missing code." : "Type your answer."
        case .recall: return "Recall the answer, then press Enter to reveal it."
        }
    }

    private func showGrade(_ grade: PracticeSession.Grade) {
        guard let question = session.currentQuestion else { return }
        PlainText.feedback(question, answer: grade.answer, correct: grade.correct).forEach { console.line($0) }
        TemplateFeedback.lines(question, mistake: grade.mistake).forEach { console.line(PlainText.wrapped($0)) }
        console.line(PlainText.why(question.explanation))
        if case .recall = grade.detail {
            console.line("How well did you recall it? 1 again, 2 hard, 3 good, 4 easy (Enter: good).")
        } else if grade.correct {
            console.line("Rating: \(grade.rating.name). Press Enter to keep it, or type hard, good or easy.")
        } else {
            let override = question.response.isTyped ? " If your answer was right after all, type :right." : ""
            console.line("Rating: again (it comes back soon). Press Enter to go on.\(override)")
        }
        // Cram and drill move a card once a day.
        if let extra = ExtraPractice(source, at: now(), calendar: calendar), !extra.movesCard(lastReviewed: session.cards[question.id]?.lastReview) {
            console.line("Practised already today: this answer is logged and the question's schedule stays as it is.")
        }
    }

    private func summary() {
        let percent = answered == 0 ? "" : " (\(StudyFormat.percent(100 * Double(right) / Double(answered))) right)"
        console.line("Practice stopped: \(answered) answered, \(right) right\(percent). Every answer is saved.")
        if let next = try? study.nextDue(courseID: course.id) {
            console.line("Next card due: \(StudyFormat.dateTime(next)).")
        }
    }

    static let help = """
        a–f or 1–6          answer a pick-one question
        a,c  ac  1 3        answer a select-all question
        a number, a line    answer a typed question (=next answers the word "next")
        ? after an answer   mark it not sure (b?, 4.19e7 ?)
        Enter               reveal a recall card; keep the proposed rating and go on
        1–4, again, hard, good, easy   rate (a wrong answer is always again)
        :right              mark a typed answer right (a typo, an answer the key lacks)
        undo                take back the last saved review and ask that question again
        quit                stop here (a graded answer is saved first)
        Commands may be written with a leading colon: :undo, :quit, :help.
        """
}

extension PlainCommand {
    /// Commands of the session itself (not of an answer).
    var isSessionCommand: Bool {
        switch self {
        case .undo, .quit, .help: return true
        default: return false
        }
    }
}
