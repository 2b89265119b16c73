import Course
import Foundation
import Quiz
import Study

/// The result of a submitted exam: score, pass or fail, each domain against
/// the pass mark, the time used; then review of every question (or only the
/// wrong or flagged ones) and a one-key retake of the questions missed.
struct ExamResultsScreen: Screen {
    enum Action: Sendable { case review(ExamReviewScreen.Filter), retake }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.enter, .char("v")], "Enter/v", "review every question with the right answer and why", .review(.all), footer: "review"),
        KeyBinding([.char("w")], "w", "review the questions missed (wrong or unanswered)", .review(.missed), footer: "missed"),
        KeyBinding([.char("f")], "f", "review the flagged questions", .review(.flagged)),
        KeyBinding([.char("r")], "r", "retake the questions missed (timed, a new order)", .retake, footer: "retake"),
    ]

    let session: ExamSession
    let result: ExamResult
    let attempt: Int

    init(env: AppEnvironment, attempt: Int) throws {
        guard let record = try env.store.exam(courseID: env.course.id, id: attempt) else {
            throw CommandFailure("there is no exam \(attempt) of \(env.course.id)")
        }
        let session: ExamSession
        do {
            session = try ExamSession(record: record, course: env.course)
        } catch {
            throw CommandFailure("exam \(attempt) cannot be shown: \(error)")
        }
        guard let result = session.result(domainOrder: env.course.chapters.map(\.id)) else {
            throw CommandFailure("exam \(attempt) has not been submitted")
        }
        self.session = session
        self.result = result
        self.attempt = attempt
    }

    var title: String { "Exam results" }
    var keyHelp: [KeyHelp] { Self.bindings.keyHelp() }

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        guard case .key(let key) = event, let action: Action = Self.bindings.action(for: key) else { return .ignored }
        switch action {
        case .review(let filter):
            let review = ExamReviewScreen(session: session, result: result, attempt: attempt, filter: filter)
            guard !review.positions.isEmpty else {
                return .message(filter == .flagged ? "No question was flagged" : "Every answer was right: nothing missed")
            }
            return .push(review)
        case .retake:
            return Self.retake(session, env: env)
        }
    }

    /// Starts a timed exam of the questions `session` missed, stored before it opens.
    static func retake(_ session: ExamSession, env: AppEnvironment) -> Effect {
        let seed = env.seed()
        var generator = SeededGenerator(seed: seed)
        do {
            let retake = try ExamAssembler.retake(of: session, blueprint: env.course.exam, timed: true, seed: seed,
                                                  at: env.now, using: &generator)
            return .batch([.save(.examStarted(retake.record)), .replace(.exam)])
        } catch .nothingToRetake {
            return .message("Every answer was right: nothing to retake")
        } catch {
            return .message("\(error)")
        }
    }

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, body) = area.splitTop(1)
        let kind = session.retakeOf.map { "Retake \(attempt) of exam \($0)" } ?? "Mock exam \(attempt)"
        Chrome.header(&frame, in: headerRow, title: "\(kind) · result", right: env.course.title)
        let x = body.x + 2, width = min(body.width - 4, 100)
        var y = body.y + 1

        // The score, pass or fail, and a bar with the pass mark.
        var column = frame.write("\(result.correct)/\(result.total) · \(StudyFormat.percent(result.percent))", x: x, y: y, style: Palette.bold)
        column = frame.write(result.passed ? "  PASSED" : "  NOT PASSED", x: column, y: y, style: result.passed ? Palette.good : Palette.bad)
        frame.write("  pass mark \(StudyFormat.percent(result.passPercent))", x: column, y: y, style: Palette.dim)
        y += 1
        ScoreBar.draw(&frame, x: x, y: y, width: min(width, 60), percent: result.percent, passPercent: result.passPercent)
        y += 1
        var time = "Time used \(StudyFormat.clock(result.timeUsed))"
        if let limit = session.timeLimit { time += " of \(StudyFormat.clock(limit))" }
        if result.submittedAutomatically { time += " · submitted automatically when time ran out" }
        frame.write(time, x: x, y: y, style: Palette.dim, maxX: x + width)
        y += 2

        frame.write("By chapter", x: x, y: y, style: Palette.title)
        y += 1
        let titles = result.domains.map { env.course.chapter(id: $0.domain)?.title ?? $0.domain }
        let titleWidth = min(32, titles.map { DisplayWidth.of($0) }.max() ?? 0)
        let barWidth = max(10, min(40, width - titleWidth - 16))
        for (domain, title) in zip(result.domains, titles) where y < body.maxY - 3 {
            frame.write(TextFit.truncate(title, to: titleWidth), x: x + 2, y: y)
            ScoreBar.draw(&frame, x: x + 3 + titleWidth, y: y, width: barWidth, percent: domain.percent, passPercent: result.passPercent)
            frame.write("\(domain.correct)/\(domain.total) \(StudyFormat.percent(domain.percent))".leftPadded(to: 9),
                        x: x + 4 + titleWidth + barWidth, y: y, style: domain.percent >= result.passPercent ? Palette.good : Palette.bad)
            y += 1
        }
        y += 1

        let missed = result.missed
        let blank = result.reviews.count { $0.chosen == nil }
        if y < body.maxY {
            if missed.isEmpty {
                frame.write("Every question right.", x: x, y: y, style: Palette.good)
            } else {
                var text = "\(StudyFormat.count(missed.count, "question")) missed"
                if blank > 0 { text += " (\(blank) unanswered)" }
                text += ": \(StudyFormat.numbers(missed)). They come back in practice."
                for line in TextFit.wrap(text, width: width).prefix(max(0, body.maxY - y)) {
                    frame.write(line, x: x, y: y)
                    y += 1
                }
                y -= 1
            }
            y += 1
        }
        if y < body.maxY, !session.flagged.isEmpty {
            frame.write("Flagged: \(StudyFormat.numbers(session.flagged))", x: x, y: y, style: Palette.paletteFlagged, maxX: x + width)
        }
    }
}

/// A percentage as a bar with the pass mark drawn across it.
enum ScoreBar {
    static func draw(_ frame: inout Frame, x: Int, y: Int, width: Int, percent: Double, passPercent: Double) {
        guard width > 2 else { return }
        let passed = percent >= passPercent
        ProgressBar.draw(&frame, x: x, y: y, width: width, fraction: percent / 100, style: passed ? Palette.good : Palette.bad)
        let mark = x + min(width - 1, Int((passPercent / 100 * Double(width)).rounded()))
        // The pass line sits on the bar: over the filled part it keeps the bar's colour but shows as a line.
        frame.write("│", x: mark, y: y, style: Palette.passLine)
    }
}
