import Course
import Foundation
import Quiz
import Study

/// Spaced-repetition practice line by line (`practice --plain`): answer with a
/// letter, see whether it was right and why, keep the proposed rating (Enter)
/// or say hard/easy, and every confirmed review is stored before the next
/// question. End of input confirms a graded answer and stops.
struct PlainPractice {
    var session: PracticeSession
    let course: Course
    let study: any StudyStore
    let console = PlainConsole()
    let now: () -> Date
    /// Cram practice (`practice --cram`): reviews are saved as cram answers in this calendar's days.
    var cramCalendar: Calendar?
    private var answered = 0
    private var right = 0

    init(session: PracticeSession, course: Course, study: any StudyStore, now: @escaping () -> Date) {
        self.session = session
        self.course = course
        self.study = study
        self.now = now
    }

    mutating func run() throws {
        showPhase()
        while session.phase != .finished {
            console.prompt()
            guard let line = console.readLine() else {
                console.line()
                try stop()
                return
            }
            if try handle(PlainCommand.parse(line)) { return }
        }
        summary()
    }

    /// Returns true when the learner quits.
    private mutating func handle(_ command: PlainCommand) throws -> Bool {
        do {
            switch (session.phase, command) {
            case (.presenting, .option(let option)):
                let grade = try session.answer(option: option)
                showGrade(grade)
            case (.presenting, .proceed):
                showPhase()
            case (.graded, .proceed), (.graded, .next):
                try confirm()
            case (.graded, .rating(let rating)):
                try session.choose(rating)
                try confirm()
            case (.graded, .option):
                // Answering straight away keeps the proposed rating.
                try confirm()
                if case .presenting = session.phase { return try handle(command) }
            case (_, .undo):
                try apply(session.undo())
                console.line("Undone: the last review was taken back.")
                showPhase()
            case (_, .quit):
                try stop()
                return true
            case (_, .help):
                console.line(Self.help)
            case (.presenting, .rating):
                console.line("Answer first (a letter), then rate.")
            case (_, .unknown(let text)):
                console.line("Unknown command \"\(text)\" (type help).")
            default:
                console.line("Not available in practice (type help).")
            }
        } catch let error as PracticeSessionError {
            console.line("Not done: \(error).")
        }
        return false
    }

    private mutating func confirm() throws {
        guard case .graded(let grade) = session.phase else { return }
        try apply(session.confirm(at: now()))
        answered += 1
        if grade.correct { right += 1 }
        console.line("Saved as \(grade.rating.name).")
        showPhase()
    }

    private mutating func apply(_ effect: PracticeEffect) throws {
        switch effect {
        case .recordReview(let record):
            try study.save(.practice(record, courseID: course.id, cram: cramCalendar))
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
        guard case .presenting(let id) = session.phase, let question = session.questions[id] else {
            if session.phase == .finished { console.line("No more questions for now.") }
            return
        }
        let chapter = course.chapter(id: question.domain)?.title ?? question.domain
        let lesson = course.lesson(id: question.lesson)?.title ?? question.lesson
        let kind = session.cards[id]?.lastReview == nil ? "new" : "review"
        console.line()
        console.line("\(kind.capitalized) · \(chapter) · \(lesson) · \(session.queue.count + session.learning.count) more after this")
        console.line()
        console.line(PlainText.markdown(question.stem))
        console.line()
        PlainText.options(question.options).forEach { console.line($0) }
        console.line()
    }

    private func showGrade(_ grade: PracticeSession.Grade) {
        guard let question = session.questions[grade.questionID] else { return }
        let key = "\(PlainText.letter(question.answer))) \(PlainText.markdown(question.options[question.answer]))"
        console.line(grade.correct ? "Right: \(key)" : "Wrong. The answer is \(key)")
        console.line("Why: " + PlainText.markdown(question.explanation))
        console.line(grade.correct
            ? "Rating: good. Press Enter to keep it, or type hard or easy."
            : "Rating: again (it comes back soon). Press Enter to go on.")
    }

    private func summary() {
        let percent = answered == 0 ? "" : " (\(StudyFormat.percent(100 * Double(right) / Double(answered))) right)"
        console.line("Practice stopped: \(answered) answered, \(right) right\(percent). Every answer is saved.")
        if let next = try? study.nextDue(courseID: course.id) {
            console.line("Next card due: \(StudyFormat.dateTime(next)).")
        }
    }

    static let help = """
        a–f or 1–6          answer the question on screen
        Enter               keep the proposed rating and go on (right: good, wrong: again)
        again, hard, good, easy   rate a right answer (a wrong one is always again)
        undo                take back the last saved review and ask that question again
        quit                stop here (a graded answer is saved first)
        """
}
