import Foundation
import GRDB
import Testing
@testable import Quiz

@Suite struct ProgressStoreOpeningTests {
    @Test func migratesAnEmptyFolderAndAnEmptyFile() throws {
        let folder = try Fixtures.folder()
        let path = (folder as NSString).appendingPathComponent("progress.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try ProgressStore(path: path)
        let (version, journal, foreignKeys, tables) = try store.database.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        }
        #expect(version == ProgressStore.schemaVersion)
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
        for table in ["bookmark", "card", "course_bank", "exam_attempt", "exam_question", "lesson_progress", "review"] {
            #expect(tables.contains(table))
        }
        // A new folder is created on demand.
        let nested = (try Fixtures.folder() as NSString).appendingPathComponent("a/b")
        _ = try ProgressStore(dataDirectory: nested)
        #expect(FileManager.default.fileExists(atPath: (nested as NSString).appendingPathComponent("progress.sqlite")))
    }

    @Test func reopeningKeepsEverything() throws {
        let folder = try Fixtures.folder()
        let course = Fixtures.course()
        do {
            let store = try ProgressStore(dataDirectory: folder)
            try store.syncBank(of: course, at: Fixtures.t0)
            try store.saveReadingProgress(LessonProgress(course: "demo", lesson: "diffusion-0", position: 12, percent: 40,
                                                         completed: false, updatedAt: Fixtures.t0))
            store.close()
        }
        let again = try ProgressStore(dataDirectory: folder)
        #expect(try again.readingProgress(course: "demo", lesson: "diffusion-0")?.position == 12)
        #expect(try again.practiceCandidates(course: "demo", dueBy: Fixtures.t0, startOfDay: Fixtures.t0).new.count == course.questions.count)
    }

    @Test func aFileThatIsNotADatabaseIsReportedAndLeftAlone() throws {
        let folder = try Fixtures.folder()
        let path = (folder as NSString).appendingPathComponent("progress.sqlite")
        let bytes = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try ProgressStore(path: path) }
        #expect(error?.kind == .notADatabase)
        #expect(error?.description.contains(path) == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aDamagedDatabaseIsReportedAndLeftAlone() throws {
        let folder = try Fixtures.folder()
        let path = (folder as NSString).appendingPathComponent("progress.sqlite")
        do {
            let store = try ProgressStore(path: path)
            try store.syncBank(of: Fixtures.course(perDomain: 200), at: Fixtures.t0)
            store.close()
        }
        // Scribble over the middle of the file, past the header and schema pages.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.count > 8 * 4096)
        for index in (4 * 4096)..<(6 * 4096) { bytes[index] = UInt8(truncatingIfNeeded: index &* 7) }
        try bytes.write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: StoreError.self) { try ProgressStore(path: path) }
        guard case .damaged? = error?.kind else {
            Issue.record("expected a damaged database, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains(path) == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aDatabaseFromTheFutureIsReportedAndLeftAlone() throws {
        let folder = try Fixtures.folder()
        let path = (folder as NSString).appendingPathComponent("progress.sqlite")
        do {
            let store = try ProgressStore(path: path)
            try store.database.write { db in try db.execute(sql: "PRAGMA user_version = 7") }
            store.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try ProgressStore(path: path) }
        #expect(error?.kind == .newerSchema(found: 7, known: ProgressStore.schemaVersion))
        #expect(error?.description.contains(path) == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aMigrationFromTheFutureIsReportedToo() throws {
        let path = (try Fixtures.folder() as NSString).appendingPathComponent("progress.sqlite")
        do {
            let store = try ProgressStore(path: path)
            try store.database.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')") }
            store.close()
        }
        let error = #expect(throws: StoreError.self) { try ProgressStore(path: path) }
        #expect(error?.kind == .newerSchema(found: ProgressStore.schemaVersion, known: ProgressStore.schemaVersion))
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let path = (try Fixtures.folder() as NSString).appendingPathComponent("progress.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)") }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try ProgressStore(path: path) }
        #expect(error?.kind == .foreign)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func twoConnectionsWritingAtOnceLoseNothing() throws {
        let folder = try Fixtures.folder()
        let course = Fixtures.course(perDomain: 50)
        let setup = try ProgressStore(dataDirectory: folder)
        try setup.syncBank(of: course, at: Fixtures.t0)
        let scheduler = Fixtures.scheduler()
        let first = try ProgressStore(dataDirectory: folder), second = try ProgressStore(dataDirectory: folder)
        let perWriter = 100
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            let store = writer == 0 ? first : second
            for n in 0..<perWriter {
                // Each writer answers its own half of the bank, one review per question.
                let question = course.questions[writer * perWriter + n]
                let time = Fixtures.t0.addingTimeInterval(Double(n))
                let before = FSRSCard.new(at: Fixtures.t0)
                let after = scheduler.review(before, rating: .good, at: time).card
                do {
                    try store.recordReview(CardReview(question: question.id, reviewedAt: time, rating: .good, correct: true,
                                                      chosen: question.answer, before: before, after: after), course: course.id)
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let count = try setup.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review") }
        #expect(count == 2 * perWriter)
        let counted = try setup.database.read { db in try Int.fetchOne(db, sql: "SELECT SUM(review_count) FROM card") }
        #expect(counted == 2 * perWriter)
    }
}

/// Errors collected from concurrent work.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
