import ArgumentParser
import Course
import Foundation
import Quiz
import Study

/// `dli-tutor exam`: a timed mock exam drawn from the course blueprint, resumed
/// after any interruption, or a retake of the questions an attempt got wrong.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "Take a timed mock exam, resume the one in progress, or retake the questions you missed.",
        discussion: """
            A new exam follows the course blueprint (15 questions, 45 minutes, pass mark 70 % for the \
            bundled course), avoids questions of your earlier exams while unused ones remain, and \
            shuffles the options. Every answer is saved at once; the deadline is stored, so an \
            interrupted exam resumes with the right time left, and one found past its deadline is \
            submitted with what was answered. Answers feed practice: every missed question comes back. \
            The line-oriented mode reads commands from standard input (type help), so it also runs \
            from a script; end of input leaves the exam open.
            """
    )

    @OptionGroup var options: CourseOptions

    @Flag(help: "Line-oriented mode on standard input and output (this command's only mode; the full-screen exam is in the app, dli-tutor without a command).")
    var plain = false

    @Option(help: "Seed for drawing questions and shuffling options (default: random); the same seed draws the same exam.")
    var seed: UInt64?

    @Flag(name: .customLong("retake-wrong"), help: "Retake only the questions an attempt got wrong or left blank.")
    var retakeWrong = false

    @Argument(help: ArgumentHelp("With --retake-wrong: the attempt to retake (default: the latest finished one).", valueName: "attempt"))
    var attempt: Int?

    @Flag(help: "With --retake-wrong: time the retake (3 minutes per question for the bundled blueprint); untimed otherwise.")
    var timed = false

    @Flag(help: "Show the current or most recent exam without starting anything.")
    var status = false

    @Flag(help: "With --status: print {in_progress, answered, total, remaining_seconds, questions, attempt}.")
    var json = false

    func validate() throws {
        if attempt != nil && !retakeWrong { throw ValidationError("an attempt number is only taken with --retake-wrong") }
        if timed && !retakeWrong { throw ValidationError("--timed applies to --retake-wrong (a mock exam is always timed)") }
        if json && !status { throw ValidationError("--json goes with --status") }
        if status && (retakeWrong || seed != nil) { throw ValidationError("--status starts nothing: drop --retake-wrong and --seed") }
    }

    func run() throws {
        let (context, course) = try options.load()
        let study = try context.openStudy(course)
        if status { return try printStatus(course: course, study: study) }
        let (session, attempt) = try openOrStart(course: course, study: study)
        var exam = PlainExam(session: session, attempt: attempt, course: course, study: study, now: Date.init,
                             confidenceMarking: try study.settings().confidenceMarking)
        try exam.run()
    }

    /// The exam in progress (or a notice that it was closed), else a new exam or
    /// retake, stored before the first question shows.
    private func openOrStart(course: Course, study: ProgressStudyStore) throws -> (ExamSession, Int) {
        let console = PlainConsole()
        switch ExamResumption(open: try study.openExam(courseID: course.id), course: course, now: Date()) {
        case .none:
            break
        case .close(let write, let notice):
            try study.save(write)
            console.line(notice)
        case .resume(let session):
            let id = session.id ?? 0
            if retakeWrong { throw CommandFailure("exam \(id) is in progress: run dli-tutor exam to finish it first") }
            var line = "Resuming exam \(id)\(session.retakeOf.map { " (retake of exam \($0))" } ?? ""): "
                + "\(session.answeredCount) of \(session.items.count) answered"
            if let remaining = session.remainingTime(at: Date()) { line += ", \(StudyFormat.clock(remaining)) left" }
            if seed != nil { line += " (--seed applies to new exams)" }
            console.line(line + ".")
            return (session, id)
        }

        let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
        var generator = SeededGenerator(seed: seed)
        let now = Date()
        var session: ExamSession
        if retakeWrong {
            let original = try retakeSource(course: course, study: study)
            do {
                session = try ExamAssembler.retake(of: original, blueprint: course.exam, timed: timed, seed: seed, at: now, using: &generator)
            } catch {
                throw CommandFailure("exam \(original.id ?? 0): \(error)")
            }
        } else {
            session = ExamAssembler.assemble(course: course, lastSeen: try study.examExposure(courseID: course.id), seed: seed,
                                             at: now, using: &generator)
            if session.items.isEmpty { throw CommandFailure("\(course.id): no questions for the exam blueprint's chapters") }
        }
        try study.save(.examStarted(session.record))
        guard let id = try study.openExam(courseID: course.id)?.id else { throw CommandFailure("the new exam was not stored") }
        session.id = id
        let kind = session.retakeOf.map { "Retake \(id) of exam \($0)" } ?? "Mock exam \(id)"
        let time = session.timeLimit.map { "\(StudyFormat.clock($0)) (deadline \(StudyFormat.dateTime(session.deadline ?? now)))" } ?? "untimed"
        console.line("\(kind) — \(course.title): \(session.items.count) questions, \(time), pass mark \(StudyFormat.percent(session.passPercent)).")
        if session.retakeOf == nil && session.items.count < course.exam.questions {
            console.line("Note: the course has only \(session.items.count) questions for its \(course.exam.questions)-question blueprint.")
        }
        console.line("Answer each question in its form; append ? to an answer you are not sure of; type help for commands. Seed \(seed).")
        return (session, id)
    }

    /// The finished attempt to retake: the one named, else the latest finished.
    private func retakeSource(course: Course, study: ProgressStudyStore) throws -> ExamSession {
        let record: ExamAttemptRecord
        if let attempt {
            guard let found = try study.exam(courseID: course.id, id: attempt) else {
                throw CommandFailure("there is no exam \(attempt) of \(course.id)")
            }
            record = found
        } else {
            guard let latest = try study.examHistory(courseID: course.id).last(where: \.isScored),
                  let found = try study.exam(courseID: course.id, id: latest.id) else {
                throw CommandFailure("no finished exam to retake yet: take one with dli-tutor exam")
            }
            record = found
        }
        guard record.submittedAt != nil else { throw CommandFailure("exam \(record.id ?? 0) is not finished yet") }
        do {
            return try ExamSession(record: record, course: course)
        } catch {
            throw CommandFailure("exam \(record.id ?? 0) cannot be retaken: \(error)")
        }
    }

    private func printStatus(course: Course, study: ProgressStudyStore) throws {
        let record = try study.openExam(courseID: course.id) ?? study.latestExam(courseID: course.id)
        let now = Date()
        let answered = record?.items.count { $0.chosen != nil } ?? 0
        let total = record?.items.count ?? 0
        let timeUp = record?.deadline.map { now >= $0 } ?? false
        let inProgress = record.map { $0.submittedAt == nil && !timeUp } ?? false
        let remaining: Int? = record.flatMap { record in
            guard record.submittedAt == nil else { return 0 }
            return record.deadline.map { max(0, Int($0.timeIntervalSince(now).rounded(.down))) }
        }
        if json {
            let value: JSONValue = [
                "in_progress": .bool(inProgress), "answered": .integer(answered), "total": .integer(total),
                "remaining_seconds": remaining.map { .integer($0) } ?? (record == nil ? .integer(0) : .null),
                "questions": .array((record?.items ?? []).map { .string($0.question) }),
                "attempt": record?.id.map { .integer($0) } ?? .null,
            ]
            print(value.serialized())
            return
        }
        guard let record, let id = record.id else {
            print("No exam taken yet. Start one with: dli-tutor exam")
            return
        }
        if inProgress {
            let time = remaining.map { "\(StudyFormat.clock(TimeInterval($0))) left" } ?? "untimed"
            print("Exam \(id) in progress: \(answered) of \(total) answered, \(time). Resume with: dli-tutor exam")
        } else if record.submittedAt == nil {
            print("Exam \(id) ran out of time with \(answered) of \(total) answered; dli-tutor exam submits it and shows the result.")
        } else if let correct = record.correct {
            // The marking rules live once, in Quiz's ExamScoring.
            let percent = ExamScoring.percent(correct: correct, of: total)
            let passed = ExamScoring.passed(percent: percent, total: total, passPercent: record.passPercent)
            print("Exam \(id) finished: \(correct)/\(total) (\(StudyFormat.percent(percent))), \(passed ? "pass" : "fail").")
        } else {
            print("Exam \(id) was closed without a score: the course changed while it was open.")
        }
    }
}
