import ArgumentParser
import Course
import Foundation
import Quiz
import Study

/// `dli-tutor bench store`: a progress database at scale (100,000 cards,
/// 1,000,000 reviews, 200 finished exams; synthetic and seeded), then the time to
/// open it, to build today's practice queue and to compute the statistics.
/// Targets in a release build: opening under 100 ms, queue and stats under 20 ms each.
struct BenchStore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Time today's practice queue and stats on a database of 100,000 cards and 1,000,000 reviews."
    )

    @Option(parsing: .unconditional, help: "Cards (one per synthetic question).")
    var cards: Int = 100_000

    @Option(parsing: .unconditional, help: "Reviews per card (1,000,000 reviews in all by default).")
    var reviewsPerCard: Int = 10

    @Option(parsing: .unconditional, help: "Finished mock exams in the history.")
    var exams: Int = 200

    @Option(parsing: .unconditional, help: "Seed of the synthetic history.")
    var seed: UInt64 = 1

    @Option(parsing: .unconditional, help: "Runs of each measurement (the median is reported).")
    var runs: Int = 7

    @Option(help: ArgumentHelp("Build the database in this folder and keep it (default: a temporary folder, removed).", valueName: "dir"))
    var folder: String?

    @Flag(help: "With --folder: measure the database a previous run built there (same --cards) instead of building one.")
    var reuse = false

    @Flag(name: .customLong("from-v1"), help: "Write the database in the first schema (v1) and time its migration to the current one.")
    var fromV1 = false

    func validate() throws {
        if cards < 1 || reviewsPerCard < 1 || runs < 1 || exams < 0 {
            throw ValidationError("--cards, --reviews-per-card and --runs must be positive, --exams at least 0")
        }
        if reuse && folder == nil { throw ValidationError("--reuse needs --folder") }
        if reuse && fromV1 { throw ValidationError("--from-v1 builds a new database: drop --reuse") }
    }

    func run() throws {
        let directory = folder ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("dli-tutor-bench-\(UUID().uuidString)")
        let exists = FileManager.default.fileExists(atPath: DataDirectory.databasePath(in: directory))
        if exists != reuse {
            throw ValidationError(reuse ? "\(directory) holds no progress database to reuse"
                                        : "\(directory) already holds a progress database: give a new folder (or --reuse it)")
        }
        defer { if folder == nil { try? FileManager.default.removeItem(atPath: directory) } }
        let scheduler = try FSRSScheduler()
        // A reused database is measured at the moment it was built for, so it has the same cards due.
        let nowFile = (directory as NSString).appendingPathComponent("bench-store-now")
        let now: Date
        if reuse {
            guard let text = try? String(contentsOfFile: nowFile, encoding: .utf8), let seconds = Double(text) else {
                throw ValidationError("\(nowFile): missing or unreadable (was the database built by bench store --folder?)")
            }
            now = Date(timeIntervalSince1970: seconds)
        } else {
            now = Date()
        }
        let course = Self.syntheticCourse(questions: cards)
        var byID: [String: Question] = [:]
        for question in course.questions { byID[question.id] = question }

        let clock = ContinuousClock()
        if fromV1 {
            try migrateFromVersion1(in: directory, course: course, now: now, clock: clock)
            return
        }
        if !reuse {
            try build(in: directory, course: course, now: now, scheduler: scheduler, clock: clock)
            try String(now.timeIntervalSince1970).write(toFile: nowFile, atomically: true, encoding: .utf8)
        }
        try measure(in: directory, course: course, byID: byID, now: now, scheduler: scheduler, clock: clock)
    }

    /// A database of the first schema (same cards and reviews) opened once: the
    /// migration's time, and that it lost nothing.
    private func migrateFromVersion1(in directory: String, course: Course, now: Date, clock: ContinuousClock) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = DataDirectory.databasePath(in: directory)
        let start = now.addingTimeInterval(-Double(reviewsPerCard) * 86_400)
        let buildStart = clock.now
        try LegacyDatabase.writeVersion1(at: path, course: course.id, cards: cards, reviewsPerCard: reviewsPerCard, start: start)
        print("Wrote a schema-v1 database of \(cards) cards and \(cards * reviewsPerCard) reviews in \(Self.milliseconds(clock.now - buildStart))")
        let migrateStart = clock.now
        let store = try ProgressStore(path: path)
        let migration = clock.now - migrateStart
        let reviews = try store.exportArchive().reviews.count
        store.close()
        print("First opening, migrating to schema \(ProgressStore.schemaVersion): \(Self.milliseconds(migration)) "
              + "(\(reviews) reviews after it, \(reviews == cards * reviewsPerCard ? "none lost" : "SOME LOST"))")
        let openTimes = try openingTimes(clock: clock) { try ProgressStore(path: path) }
        print("Opening it again: " + Self.summary(openTimes))
        if reviews != cards * reviewsPerCard { throw CommandFailure("the migration lost reviews") }
    }

    /// How long opening the store takes, over `runs` openings; closing it is not timed.
    private func openingTimes(clock: ContinuousClock, _ open: () throws -> ProgressStore) rethrows -> [Duration] {
        var times: [Duration] = []
        for _ in 0..<runs {
            let start = clock.now
            let store = try open()
            times.append(clock.now - start)
            store.close()
        }
        return times
    }

    static func milliseconds(_ duration: Duration) -> String {
        String(format: "%.1f ms", duration.seconds * 1000)
    }

    /// Builds the synthetic database and prints how long that took.
    private func build(in directory: String, course: Course, now: Date, scheduler: FSRSScheduler, clock: ContinuousClock) throws {
        let buildStart = clock.now
        let store = try ProgressStore(dataDirectory: directory)
        try store.syncBank(of: course, at: now.addingTimeInterval(-800 * 86_400))
        var generator = SeededGenerator(seed: seed)
        let batch = 10_000
        for start in stride(from: 0, to: cards, by: batch) {
            let questions = course.questions[start..<min(cards, start + batch)]
            let archive = Self.syntheticHistory(questions, course: course.id, reviewsPerCard: reviewsPerCard, until: now,
                                                scheduler: scheduler, using: &generator)
            _ = try store.importArchive(archive)
        }
        _ = try store.importArchive(Self.syntheticExams(exams, course: course, until: now, using: &generator))
        try store.syncBank(of: course, at: now)
        let buildTime = clock.now - buildStart
        store.close()
        let size = (try? FileManager.default.attributesOfItem(atPath: DataDirectory.databasePath(in: directory))[.size] as? Int) ?? 0
        print("Built \(cards) cards, \(cards * reviewsPerCard) reviews and \(exams) exams in \(Self.format(buildTime)) (\(size / 1_048_576) MiB, \(directory)).")
    }

    /// Opening, today's queue and the statistics, each timed over `runs` runs.
    private func measure(in directory: String, course: Course, byID: [String: Question], now: Date, scheduler: FSRSScheduler,
                         clock: ContinuousClock) throws {

        // Opening as every command does after a clean close: schema checks and migrations, no integrity check.
        let openTimes = try openingTimes(clock: clock) { try ProgressStore(dataDirectory: directory) }
        print("Opening the database (schema checks and migrations; no integrity check after a clean close): " + Self.summary(openTimes))
        let path = DataDirectory.databasePath(in: directory)
        try? FileManager.default.removeItem(atPath: path + "-clean")
        let suspectStart = clock.now
        try ProgressStore(dataDirectory: directory).close()
        let suspect = clock.now - suspectStart
        let checkStart = clock.now
        try ProgressStore(dataDirectory: directory, integrity: .always).close()
        print("Opening after an unclean shutdown (PRAGMA quick_check): \(Self.format(suspect)); "
              + "with --check-db (PRAGMA integrity_check): \(Self.format(clock.now - checkStart)).")

        let measured = try ProgressStore(dataDirectory: directory)

        var queueTimes: [Duration] = [], statsTimes: [Duration] = []
        var queueCPU: [Double] = [], statsCPU: [Double] = []
        var plan: PracticePlan?
        var stats: ProgressStats?
        for run in 0..<runs {
            var queueGenerator = SeededGenerator(seed: UInt64(run))
            var cpu = BenchLayout.threadCPUTime()
            let queueStart = clock.now
            plan = try measured.practicePlan(course: course.id, questionsByID: byID, at: now, scheduler: scheduler, using: &queueGenerator)
            queueTimes.append(clock.now - queueStart)
            queueCPU.append(BenchLayout.threadCPUTime() - cpu)
            cpu = BenchLayout.threadCPUTime()
            let statsStart = clock.now
            stats = try measured.stats(course: course.id, at: now, scheduler: scheduler)
            statsTimes.append(clock.now - statsStart)
            statsCPU.append(BenchLayout.threadCPUTime() - cpu)
        }
        if let plan {
            print("Today's practice queue: \(plan.queue.reviewCount) due + \(plan.queue.newCount) new, from \(plan.questions.count) candidates: "
                + Self.summary(queueTimes, cpu: queueCPU))
        }
        if let stats {
            let retention = stats.predictedRetention.map { String(format: "%.3f", $0) } ?? "-"
            print("Stats (\(stats.cards.total) cards, \(stats.dueToday) due today, \(stats.reviewsPerDay.reduce(0) { $0 + $1.reviews }) reviews "
                + "in 30 days, retention \(retention), \(stats.exams.count) exams): " + Self.summary(statsTimes, cpu: statsCPU))
        }
        // What the app's stats screen reads on top: a year of days, the 30-day forecast, per-domain exam scores.
        let screenStore = ProgressStudyStore(store: measured, scheduler: scheduler, clock: { now })
        let (screen, screenTimes, screenCPU) = try Self.timed(runs) { try screenStore.stats(course: course, now: now, calendar: .current) }
        if let screen {
            print("Stats screen (\(screen.reviewsPerDay.count) days, \(screen.forecast.reduce(0) { $0 + $1.count }) due in \(screen.forecast.count) days, "
                + "\(screen.exams.count) exams): " + Self.summary(screenTimes, cpu: screenCPU))
        }
        // The pass forecast the home and stats screens read: every answered card, the exact exam distribution,
        // the next lesson's search and the audit.
        let (readiness, readinessTimes, readinessCPU) = try Self.timed(runs) {
            try screenStore.readiness(course: course, now: now, calendar: .current)
        }
        if let readiness {
            print("Readiness (pass chance \(ReadinessText.chance(readiness.forecast.passProbability)), next lesson, "
                + "\(readiness.audit.entries.count) audited exams): " + Self.summary(readinessTimes, cpu: readinessCPU))
        }
        let met = Self.median(openTimes) < .milliseconds(100) && Self.median(queueTimes) < .milliseconds(20)
            && Self.median(statsTimes) < .milliseconds(20)
        print(met ? "Targets met: opening under 100 ms, queue and stats under 20 ms." : "Targets NOT met (opening 100 ms, queue and stats 20 ms each).")
    }

    // MARK: Synthetic data

    static func syntheticCourse(questions: Int) -> Course {
        let domains = ["foundations", "diffusion", "llm-rag", "agents-customization"]
        let chapters = domains.enumerated().map { Chapter(id: $1, number: $0 + 1, title: $1, weight: 25) }
        let lessons = (0..<10).map { Lesson(id: "lesson-\($0 + 1)", title: "Lesson \($0 + 1)", chapter: domains[$0 * 4 / 10], order: $0 + 1, body: "") }
        let bank = (0..<questions).map { n in
            let lesson = lessons[n % lessons.count]
            return Question(id: String(format: "q%06d", n), lesson: lesson.id, domain: lesson.chapter, difficulty: .medium,
                            stem: "Question \(n)?", options: ["a", "b", "c", "d"], answer: n % 4, explanation: "")
        }
        let exam = ExamBlueprint(questions: 15, minutes: 45, passPercent: 70, domains: [
            .init(chapter: "foundations", questions: 2), .init(chapter: "diffusion", questions: 5),
            .init(chapter: "llm-rag", questions: 4), .init(chapter: "agents-customization", questions: 4),
        ])
        return Course(id: "bench", title: "Benchmark", chapters: chapters, exam: exam, lessons: lessons, questions: bank)
    }

    /// Each card gets `reviewsPerCard` reviews taken when due (up to a day
    /// late; ratings 15 % again, 10 % hard, 65 % good, 10 % easy), replayed
    /// through the scheduler, so every state is one FSRS reaches. Each history
    /// is then moved in time so that its last review falls at a random point
    /// of its final interval, stretched by 3 %: a learner who keeps up, with a
    /// few percent of the cards due or overdue today.
    static func syntheticHistory<G: RandomNumberGenerator>(
        _ questions: ArraySlice<Question>, course: String, reviewsPerCard: Int, until now: Date, scheduler: FSRSScheduler,
        using generator: inout G
    ) -> ProgressArchive {
        var archive = ProgressArchive()
        let origin = Date(timeIntervalSince1970: 0)
        for question in questions {
            var card = FSRSCard.new(at: origin)
            var time = origin
            var history: [(time: Date, rating: Rating, before: FSRSCard)] = []
            for _ in 0..<reviewsPerCard {
                let draw = generator.nextUnitInterval()
                let rating: Rating = draw < 0.15 ? .again : draw < 0.25 ? .hard : draw < 0.9 ? .good : .easy
                history.append((time, rating, card))
                card = scheduler.review(card, rating: rating, at: time).card
                let late = card.due.timeIntervalSince(time) >= 86_400 ? generator.nextUnitInterval() * 86_400 : 0
                time = Date(timeIntervalSince1970: ((card.due.timeIntervalSince1970 + late) * 1000).rounded() / 1000)
            }
            let last = history[history.count - 1].time
            let interval = card.due.timeIntervalSince(last)
            let shift = (now.timeIntervalSince(last) - 1.03 * interval * generator.nextUnitInterval()) * 1000
            func moved(_ date: Date) -> Date { Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000 + shift.rounded()) / 1000) }
            func moved(_ card: FSRSCard) -> FSRSCard {
                FSRSCard(state: card.state, step: card.step, stability: card.stability, difficulty: card.difficulty,
                         due: moved(card.due), lastReview: card.lastReview.map(moved))
            }
            for entry in history {
                archive.reviews.append(ProgressArchive.Review(
                    course: course, question: question.id, reviewedAt: moved(entry.time), rating: entry.rating.name,
                    correct: entry.rating != .again, chosen: entry.rating == .again ? (question.answer + 1) % 4 : question.answer,
                    source: .practice, exam: nil, before: ProgressArchive.CardState(moved(entry.before))))
            }
            archive.cards.append(ProgressArchive.Card(course: course, question: question.id, lesson: question.lesson,
                                                      domain: question.domain, memory: ProgressArchive.CardState(moved(card))))
        }
        return archive
    }

    /// `count` submitted 15-question exams, one every other day back from `now`.
    static func syntheticExams<G: RandomNumberGenerator>(_ count: Int, course: Course, until now: Date, using generator: inout G) -> ProgressArchive {
        var archive = ProgressArchive()
        for n in 0..<count {
            let started = Date(timeIntervalSince1970: (now.timeIntervalSince1970 - Double(count - n) * 2 * 86_400).rounded())
            var session = ExamAssembler.assemble(course: course, lastSeen: [:], seed: UInt64(n), at: started, using: &generator)
            for position in session.items.indices {
                _ = try? session.answer(position, option: Int(generator.next() % 4), at: started.addingTimeInterval(Double(60 * (position + 1))))
            }
            _ = try? session.submit(at: started.addingTimeInterval(30 * 60))
            var record = session.record
            record.id = n + 1
            record.position = 0
            record.autoSubmitted = false
            archive.exams.append(record)
        }
        return archive
    }

    // MARK: Figures

    /// `body` run `runs` times: its last result, each run's time and thread CPU time (ms).
    static func timed<T>(_ runs: Int, _ body: () throws -> T) rethrows -> (T?, [Duration], [Double]) {
        let clock = ContinuousClock()
        var result: T?
        var times: [Duration] = [], cpu: [Double] = []
        for _ in 0..<runs {
            let cpuStart = BenchLayout.threadCPUTime()
            let start = clock.now
            result = try body()
            times.append(clock.now - start)
            cpu.append(BenchLayout.threadCPUTime() - cpuStart)
        }
        return (result, times, cpu)
    }

    static func median(_ times: [Duration]) -> Duration {
        let sorted = times.sorted()
        return sorted[sorted.count / 2]
    }

    /// `cpu`: the thread's CPU time of each run in milliseconds (less disturbed by other load than the wall clock).
    static func summary(_ times: [Duration], cpu: [Double]? = nil) -> String {
        "median \(format(median(times))), first \(format(times[0])), best \(format(times.min() ?? .zero)) over \(times.count) runs"
            + (cpu.map { String(format: " (thread CPU median %.2f ms)", BenchLayout.median($0)) } ?? "")
    }

    static func format(_ duration: Duration) -> String {
        let seconds = duration.seconds
        return seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.2f ms", seconds * 1000)
    }
}
