import ArgumentParser
import Course
import Foundation
import Quiz
import Study

/// `dli-tutor practice`: today's spaced-repetition session (FSRS-6).
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise today's due questions and some new ones (spaced repetition, FSRS-6).",
        discussion: """
            Due reviews come first (most forgotten first), then up to --new new questions a day, \
            lessons interleaved. Every confirmed answer is saved at once. The line-oriented mode \
            reads commands from standard input (type help), so it also runs from a script; end of \
            input stops the session, keeping every answer.

            --cram practises every question of --lesson or --chapter now, due or not and past the \
            daily limit (the days before an exam), weakest first. Cram answers are logged (source \
            cram), and only a question's first review of the day moves its schedule.

            --drill NAME asks fresh variants of question templates round after round, due or not, \
            until :quit or the end of input: NAME is a calculator (elo, lora, bleu…: every template \
            it computes) or a template id. Drill answers are logged (source drill) under the same \
            rule as cram answers.
            """
    )

    @OptionGroup var options: CourseOptions

    @Flag(help: "Line-oriented mode on standard input and output (this command's only mode; the full-screen practice is in the app, dli-tutor without a command).")
    var plain = false

    @Option(help: "Seed for the order of the questions (default: random).")
    var seed: UInt64?

    @Option(help: "Only this lesson (its id, or its number in the course).")
    var lesson: String?

    @Option(name: [.customLong("chapter"), .customLong("domain")], help: "Only this chapter (its id, or its number).")
    var domain: String?

    @Flag(help: "Cram: every question of the lesson or chapter now, past the daily limits.")
    var cram = false

    @Option(name: .customLong("drill"), help: ArgumentHelp(
        "Drill templates: fresh variants of every template a calculator computes (elo, lora…) or of one template (its id), round after round until :quit.",
        valueName: "name"))
    var drillName: String?

    @Option(name: .customLong("new"), help: "New questions a day.")
    var newPerDay: Int = 20

    func validate() throws {
        if newPerDay < 0 { throw ValidationError("--new must be 0 or more") }
        if drillName != nil && (cram || lesson != nil || domain != nil) {
            throw ValidationError("--drill takes no --cram, --lesson or --chapter: it names what to drill")
        }
        if cram && lesson == nil && domain == nil { throw ValidationError("--cram needs --lesson or --chapter: what to cram") }
    }

    func run() throws {
        let (context, course) = try options.load()
        let filter = try CardFilter(lesson: lesson.map { try resolveLesson($0, in: course) },
                                    domain: domain.map { try resolveDomain($0, in: course) })
        let study = try context.openStudy(course, newPerDay: newPerDay)
        let seed = seed ?? UInt64.random(in: 0...UInt64.max)
        let source: ReviewSource = drillName != nil ? .drill : cram ? .cram : .practice
        let plan: PracticePlan
        switch source {
        case .drill:
            let templates = try drillTemplates(drillName ?? "", in: course)
            plan = try study.drillPlan(course: course, questionIDs: Set(templates.map(\.id)), now: Date(), seed: seed)
        case .cram: plan = try study.cramPlan(course: course, filter: filter, now: Date(), seed: seed)
        default: plan = try study.practicePlan(course: course, filter: filter, now: Date(), calendar: .current, seed: seed)
        }
        let console = PlainConsole()
        if plan.queue.items.isEmpty {
            var line = "Nothing to practise now"
            if let next = try study.nextDue(courseID: course.id) { line += "; the next card is due \(StudyFormat.dateTime(next))" }
            console.line(line + ".")
            return
        }
        switch source {
        case .drill:
            console.line("Drill — \(drillName ?? ""): \(StudyFormat.count(plan.queue.items.count, "template")), a fresh variant each round "
                + "until :quit. Only a question's first answer of the day moves its schedule; type help for commands.")
        case .cram:
            console.line("Cram — \(course.title): \(plan.queue.items.count) questions, weakest first. Type help for commands.")
        default:
            console.line("Practice — \(course.title): \(plan.queue.reviewCount) due, \(plan.queue.newCount) new. Type help for commands.")
        }
        let session = PracticeSession(plan: plan, scheduler: study.scheduler, drill: source == .drill)
        var practice = PlainPractice(session: session, course: course, study: study,
                                     confidenceMarking: try study.settings().confidenceMarking, now: Date.init)
        practice.source = source
        try practice.run()
    }

    /// The templates `--drill NAME` asks, or an error listing what can be drilled.
    private func drillTemplates(_ name: String, in course: Course) throws -> [Question] {
        let templates = course.drillTemplates(name)
        guard templates.isEmpty else { return templates }
        let known = course.drillableCalculators
        throw ValidationError("no template or calculator with templates named '\(name)' in \(course.id)"
            + (known.isEmpty ? " (it has no templates)" : " (calculators with templates: \(known.joined(separator: ", ")); or a template id)"))
    }

    private func resolveLesson(_ text: String, in course: Course) throws -> String {
        if course.lesson(id: text) != nil { return text }
        if let number = Int(text), let lesson = course.lessons.first(where: { $0.order == number }) { return lesson.id }
        throw ValidationError("no lesson '\(text)' in \(course.id) (see dli-tutor lessons)")
    }

    private func resolveDomain(_ text: String, in course: Course) throws -> String {
        if course.chapter(id: text) != nil { return text }
        if let number = Int(text), let chapter = course.chapters.first(where: { $0.number == number }) { return chapter.id }
        throw ValidationError("no chapter '\(text)' in \(course.id) (chapters: \(course.chapters.map(\.id).joined(separator: ", ")))")
    }
}
