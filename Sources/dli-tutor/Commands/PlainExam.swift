import Course
import Foundation
import Quiz
import Study

/// A mock exam line by line on standard input and output (`exam --plain`).
/// Every answer, flag and move is written to the store before the next line
/// is read; end of input leaves the exam open (its deadline keeps running).
struct PlainExam {
    var session: ExamSession
    let attempt: Int
    let course: Course
    let study: any StudyStore
    let console = PlainConsole()
    let now: () -> Date

    mutating func run() throws {
        if try submitIfTimeIsUp() { return }
        showCurrent()
        while true {
            console.prompt()
            guard let line = console.readLine() else {
                console.line()
                console.line(pausedMessage)
                return
            }
            // Time may have run out while the learner was thinking.
            if try submitIfTimeIsUp() { return }
            switch try handle(PlainCommand.parse(line)) {
            case .stay: continue
            case .show: showCurrent()
            case .finished: return
            }
        }
    }

    enum Outcome { case stay, show, finished }

    private mutating func handle(_ command: PlainCommand) throws -> Outcome {
        do {
            switch command {
            case .option(let option):
                try save(try session.answer(session.position, option: option, at: now()))
                let item = session.items[session.position]
                console.line("Answer \(PlainText.letter(item.chosenOption ?? option)) saved for question \(session.position + 1).")
                if session.position + 1 < session.items.count {
                    try save(try session.go(to: session.position + 1))
                    return .show
                }
                console.line(session.unanswered.isEmpty
                    ? "That was the last question and all are answered. Type submit to finish, or goto N to review."
                    : "That was the last question; unanswered: \(numbers(session.unanswered)). Type list, goto N or submit.")
                return .stay
            case .clear:
                try save(try session.clearAnswer(session.position, at: now()))
                console.line("Answer to question \(session.position + 1) cleared.")
                return .stay
            case .flag, .unflag:
                let flagged = command == .flag ? !session.items[session.position].flagged : false
                try save(try session.setFlag(session.position, flagged, at: now()))
                console.line("Question \(session.position + 1) \(flagged ? "flagged" : "unflagged").")
                return .stay
            case .proceed:
                return .show
            case .next:
                guard session.position + 1 < session.items.count else {
                    console.line("This is the last question.")
                    return .stay
                }
                try save(try session.go(to: session.position + 1))
                return .show
            case .previous:
                guard session.position > 0 else {
                    console.line("This is the first question.")
                    return .stay
                }
                try save(try session.go(to: session.position - 1))
                return .show
            case .goto(let number):
                try save(try session.go(to: number - 1))
                return .show
            case .list:
                showList()
                return .stay
            case .time:
                console.line(timeLine)
                return .stay
            case .submit:
                return try confirmSubmission()
            case .quit:
                console.line(pausedMessage)
                return .finished
            case .help:
                console.line(Self.help)
                return .stay
            case .rating, .undo:
                console.line("Ratings and undo belong to practice; in an exam, answer with a letter (type help).")
                return .stay
            case .unknown(let text):
                console.line("Unknown command \"\(text)\" (type help).")
                return .stay
            }
        } catch let error as ExamError {
            console.line("Not done: \(error).")
            return .stay
        }
    }

    private func save(_ change: ExamChange) throws {
        try study.save(.examChange(attempt: attempt, change))
    }

    /// Lists what is unanswered and flagged, then submits on `yes`.
    private mutating func confirmSubmission() throws -> Outcome {
        let unanswered = session.unanswered, flagged = session.flagged
        console.line(unanswered.isEmpty ? "All \(session.items.count) questions are answered." : "Unanswered: \(numbers(unanswered)).")
        if !flagged.isEmpty { console.line("Flagged: \(numbers(flagged)).") }
        console.prompt("Submit the exam now? Type yes to submit, anything else to go back: ")
        guard let answer = console.readLine() else {
            console.line()
            console.line(pausedMessage)
            return .finished
        }
        if try submitIfTimeIsUp() { return .finished }
        guard ["yes", "y"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
            console.line("Not submitted.")
            return .show
        }
        let change = try session.submit(at: now())
        try finish(change)
        return .finished
    }

    /// Past the deadline: submit with what was answered and show the result.
    private mutating func submitIfTimeIsUp() throws -> Bool {
        guard let change = session.submitIfTimeIsUp(at: now()) else { return false }
        console.line("Time is up: the exam was submitted automatically with \(session.answeredCount) of \(session.items.count) answered.")
        try finish(change)
        return true
    }

    /// Stores the submission and the answers' reviews in one transaction, then prints the result.
    private func finish(_ change: ExamChange) throws {
        guard case .submitted = change, let result = session.result(domainOrder: course.chapters.map(\.id)) else { return }
        try study.save(.examSubmitted(session))
        ExamReport.print(result, attempt: attempt, course: course, console: console)
    }

    // MARK: Display

    private func showCurrent() {
        guard let item = session.current else { return }
        let chapter = course.chapter(id: item.question.domain)?.title ?? item.question.domain
        var header = "Question \(session.position + 1) of \(session.items.count) · \(chapter)"
        if item.flagged { header += " · flagged" }
        header += " · answered \(session.answeredCount)/\(session.items.count)"
        if let remaining = session.remainingTime(at: now()) { header += " · \(StudyFormat.clock(remaining)) left" }
        console.line()
        console.line(header)
        console.line()
        console.line(PlainText.markdown(item.question.stem))
        console.line()
        PlainText.options(item.options).forEach { console.line($0) }
        console.line()
        console.line(item.chosenOption.map { "Your answer: \(PlainText.letter($0))" }
            ?? "Answer with \(PlainText.letter(0))–\(PlainText.letter(item.options.count - 1)); type help for commands.")
    }

    private func showList() {
        for (index, item) in session.items.enumerated() {
            let answer = item.chosenOption.map { "answered \(PlainText.letter($0))" } ?? "unanswered"
            let marker = index == session.position ? ">" : " "
            let stem = PlainText.markdown(item.question.stem).split(separator: "\n").first.map(String.init) ?? ""
            let short = stem.count > 50 ? String(stem.prefix(49)) + "…" : stem
            console.line("\(marker)\(String(index + 1).leftPadded(to: 3)). \(answer)\(item.flagged ? ", flagged" : "")  \(short)")
        }
        console.line("\(session.answeredCount) of \(session.items.count) answered, \(session.flagged.count) flagged. \(timeLine)")
    }

    private var timeLine: String {
        guard let remaining = session.remainingTime(at: now()) else { return "Untimed." }
        return "\(StudyFormat.clock(remaining)) left (deadline \(StudyFormat.dateTime(session.deadline ?? now())))."
    }

    private var pausedMessage: String {
        var text = "Exam \(attempt) paused: your \(session.answeredCount) answers are saved. Run dli-tutor exam to resume"
        if session.deadline != nil { text += "; the clock keeps running" }
        return text + "."
    }

    private func numbers(_ positions: [Int]) -> String {
        positions.map { String($0 + 1) }.joined(separator: ", ")
    }

    static let help = """
        a–f or 1–6   answer the question on screen (then the next one is shown)
        clear        take back the answer to this question
        flag         flag or unflag this question for review
        next, prev   move to the next or previous question
        goto N       go to question N
        list         every question: answered, flagged
        time         the time left
        submit       hand in the exam (lists unanswered and flagged questions first)
        quit         stop here; answers are saved and the exam resumes later
        """
}
