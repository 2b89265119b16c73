import Course
import Foundation
import GRDB

/// The learner's progress in one SQLite file (WAL mode, foreign keys on, a
/// busy timeout so that two processes can write at once). Every write is a
/// short synchronous transaction that has committed when the call returns.
///
/// Opening checks the file first: a file that is not a database, is damaged,
/// was written by a newer schema, or belongs to another program is reported as
/// a `StoreError` naming the file, and the file is never modified, moved or
/// deleted. The schema checks are cheap and always made; the integrity check
/// reads the whole file, so it runs only when something suggests damage (see
/// `ShutdownStamp`) or when asked (`IntegrityCheck.always`).
public final class ProgressStore: Sendable {
    /// The highest schema version this program reads and writes.
    public static let schemaVersion = StoreSchema.version

    /// When opening a store verifies the whole database file.
    public enum IntegrityCheck: Sendable {
        /// `PRAGMA quick_check` when the last session did not end cleanly or the
        /// file changed since; nothing otherwise.
        case whenSuspect
        /// `PRAGMA integrity_check` on every open (`--check-db`).
        case always
    }

    public let path: String
    let database: DatabaseQueue
    /// The clean-shutdown stamp beside a database file (none for a database in memory).
    private let stamp: ShutdownStamp?

    /// Opens (creating if needed) `progress.sqlite` in a data folder.
    public convenience init(dataDirectory: String, busyTimeout: TimeInterval = 30,
                            integrity: IntegrityCheck = .whenSuspect) throws(StoreError) {
        try self.init(path: DataDirectory.databasePath(in: dataDirectory), busyTimeout: busyTimeout, integrity: integrity)
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String, busyTimeout: TimeInterval = 30, integrity: IntegrityCheck = .whenSuspect) throws(StoreError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(path: path, kind: .unavailable("cannot create the folder \(folder): \(error.localizedDescription)"))
        }
        let stamp = ShutdownStamp(databasePath: path)
        self.stamp = stamp
        try Self.inspectExistingFile(at: path, check: Self.pragma(for: integrity, suspect: stamp.suspect))
        stamp.markOpen()

        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "progress"
        configuration.prepareDatabase { db in
            // WAL set here, not with `journalMode = .wal`: GRDB would then write a
            // table and drop it on every open (to leave a non-empty -wal file for
            // its pool readers, which a queue does not have): a commit and syncs per start.
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw StoreFailure("could not switch the database to WAL mode")
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A larger page cache (32 MiB) keeps the card indexes in memory between queries.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            try RecallSums.register(db)
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, path: path)
        }
        try migrate()
    }

    /// A store in memory with the same schema, SQL and triggers as a file: for
    /// tests, benchmarks and previews. Nothing is written to disk.
    public init(inMemory name: String = "memory") throws(StoreError) {
        path = ":memory:"
        stamp = nil
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = name
        configuration.prepareDatabase { db in try RecallSums.register(db) }
        do {
            database = try DatabaseQueue(named: nil, configuration: configuration)
        } catch {
            throw Self.storeError(error, path: path)
        }
        try migrate()
    }

    /// The integrity pragma to run on opening, or nil for none.
    static func pragma(for integrity: IntegrityCheck, suspect: Bool) -> String? {
        switch integrity {
        case .always: return "PRAGMA integrity_check"
        case .whenSuspect: return suspect ? "PRAGMA quick_check" : nil
        }
    }

    /// Refuses a file we must not touch, reading it through a read-only connection;
    /// `check` is the integrity pragma to run, if any.
    private static func inspectExistingFile(at path: String, check: String?) throws(StoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue { throw StoreError(path: path, kind: .unavailable("this is a folder")) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size == 0 { return }

        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        configuration.label = "progress-inspection"
        do {
            let probe = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? probe.close() }
            try probe.read { db in
                let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if userVersion > StoreSchema.version {
                    throw StoreError(path: path, kind: .newerSchema(found: userVersion, known: StoreSchema.version))
                }
                if let check {
                    let report = try String.fetchAll(db, sql: check)
                    if report != ["ok"] {
                        throw StoreError(path: path, kind: .damaged(report.prefix(3).joined(separator: "; ")))
                    }
                }
                let hasMigrations = try db.tableExists("grdb_migrations")
                if hasMigrations, try StoreSchema.migrator.hasBeenSuperseded(db) {
                    throw StoreError(path: path, kind: .newerSchema(found: userVersion, known: StoreSchema.version))
                }
                let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if !hasMigrations && tables > 0 { throw StoreError(path: path, kind: .foreign) }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error, path: path)
        }
    }

    private func migrate() throws(StoreError) {
        let migrator = StoreSchema.migrator
        do {
            try migrator.migrate(database)
        } catch {
            // Another process may have run the same migration in between our
            // check and our transaction; then the schema is complete and fine.
            let complete = (try? database.read { db in try migrator.hasCompletedMigrations(db) }) ?? false
            if !complete { throw Self.storeError(error, path: path) }
        }
    }

    /// Releases the connection (the file stays as it is); the last store of any
    /// process to close stamps the file clean (`ShutdownStamp`).
    public func close() {
        try? database.close()
        stamp?.release(stamping: true)
    }

    deinit { close() }

    // MARK: - Access helpers

    /// One write transaction (BEGIN IMMEDIATE), committed before returning.
    func write<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.write(updates)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    func read<T>(_ value: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(value)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? StoreFailure { return StoreError(path: path, kind: .failed(error.message)) }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return StoreError(path: path, kind: .notADatabase)
            case .SQLITE_CORRUPT: return StoreError(path: path, kind: .damaged(error.message ?? "malformed"))
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                return StoreError(path: path, kind: .unavailable(error.message ?? "\(error.resultCode)"))
            default: return StoreError(path: path, kind: .failed(error.message ?? "\(error)"))
            }
        }
        return StoreError(path: path, kind: .failed("\(error)"))
    }
}
