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
    /// `?` after an answer marks it not sure (the learner's setting).
    var confidenceMarking = true

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
            let outcome: Outcome
            switch PlainLine.read(line, in: context) {
            case .answer(let answer, let confidence): outcome = try self.answer(answer, confidence: confidence)
            case .command(let command): outcome = try handle(command)
            case .refused(let why):
                console.line("Not taken: \(why).")
                outcome = .stay
            }
            switch outcome {
            case .stay: continue
            case .show: showCurrent()
            case .finished: return
            }
        }
    }

    enum Outcome { case stay, show, finished }

    /// The question on screen, as `PlainLine` reads an answer to it.
    private var context: PlainLine.Context {
        let item = session.current
        return PlainLine.Context(question: item?.question, optionOrder: item?.optionOrder ?? [], confidenceMarking: confidenceMarking)
    }

    /// Saves the answer, then shows the next question (both written first).
    private mutating func answer(_ answer: Answer, confidence: Confidence?) throws -> Outcome {
        do {
            let changed = session.items[session.position].isAnswered
            try save(try session.answer(session.position, answer, confidence: confidence, at: now()))
            let item = session.items[session.position]
            let shown = item.chosenOption.map(PlainText.letter)
                ?? (answer.options != nil ? item.chosenOptions.map(PlainText.letter).joined(separator: ",") : answer.entered)
            let sure = confidence == .unsure ? " (not sure)" : ""
            console.line("Answer \(shown)\(sure) \(changed ? "replaces the earlier answer to" : "saved for") question \(session.position + 1).")
            if session.position + 1 < session.items.count {
                try save(try session.go(to: session.position + 1))
                return .show
            }
            console.line(session.unanswered.isEmpty
                ? "That was the last question and all are answered. Type submit to finish, or goto N to review."
                : "That was the last question; unanswered: \(numbers(session.unanswered)). Type list, goto N or submit.")
            return .stay
        } catch let error as ExamError {
            console.line("Not done: \(error).")
            return .stay
        }
    }

    private mutating func handle(_ command: PlainCommand) throws -> Outcome {
        do {
            switch command {
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
            case .rating, .undo, .right:
                console.line("Ratings, undo and :right belong to practice; in an exam, answer the question (type help).")
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
        console.prompt("Submit the exam now? Type y or yes to submit, anything else to go back: ")
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
        header += " · [\(item.question.displayID)]"
        console.line()
        console.line(header)
        console.line()
        PlainText.question(item.question, order: item.optionOrder).forEach { console.line($0) }
        console.line()
        if let answer = item.answer {
            let shown = item.chosenOption.map(PlainText.letter)
                ?? (answer.options != nil ? item.chosenOptions.map(PlainText.letter).joined(separator: ",") : answer.entered)
            console.line("Your answer: \(shown)\(item.confidence == .unsure ? " (not sure)" : "")")
        } else {
            console.line(Self.hint(for: item) + " Type help for commands.")
        }
    }

    /// How the question on screen is answered.
    static func hint(for item: ExamItem) -> String {
        switch item.question.response {
        case .choice: return "Answer with \(PlainText.letter(0))–\(PlainText.letter(item.options.count - 1))."
        case .choices(_, let picks): return "Answer with the letters of \(picks.map { "the \($0)" } ?? "every") right option (a,c)."
        case .number(let key): return "Type the number\(key.unit.map { " (in \($0))" } ?? ""); :next and the other commands take a colon here."
        case .text: return "Type the answer; :next and the other commands take a colon here."
        case .recall: return "(Recall cards are not asked in exams.)"
        }
    }

    private func showList() {
        for (index, item) in session.items.enumerated() {
            let answer = item.isAnswered ? "answered" + (item.chosenOption.map { " " + PlainText.letter($0) } ?? "") : "unanswered"
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
        a–f or 1–6   answer a pick-one question (then the next one is shown)
        a,c  ac  1 3 answer a select-all question
        a number, a line   answer a typed question (=next answers the word "next")
        ? after an answer  mark it not sure (b?, 4.19e7 ?)
        clear        take back the answer to this question
        flag         flag or unflag this question for review
        next, prev   move to the next or previous question
        goto N       go to question N
        list         every question: answered, flagged
        time         the time left
        submit       hand in the exam (lists unanswered and flagged questions first)
        quit         stop here; answers are saved and the exam resumes later
        Commands may be written with a leading colon (:next, :submit, :quit); on a typed question they must be.
        """
}
