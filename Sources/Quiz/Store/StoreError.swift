/// Why the progress database could not be used. Every case names the file;
/// none of them ever leads to the file being overwritten, moved or deleted.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The file is not an SQLite database at all.
        case notADatabase
        /// `PRAGMA integrity_check` reported problems (its first lines).
        case damaged(String)
        /// Written by a newer dli-tutor: its schema version is above ours.
        case newerSchema(found: Int, known: Int)
        /// An SQLite database, but not one of ours.
        case foreign
        /// The folder or file could not be opened or created.
        case unavailable(String)
        /// A query or write failed.
        case failed(String)
    }

    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var description: String {
        let untouched = "the file was left untouched"
        switch kind {
        case .notADatabase:
            return "\(path): not an SQLite database; \(untouched) (move it aside to start afresh)"
        case .damaged(let details):
            return "\(path): the database is damaged (integrity check: \(details)); \(untouched) (restore a backup or move it aside)"
        case .newerSchema(let found, let known):
            return "\(path): written by a newer dli-tutor (schema version \(found), this program knows up to \(known)); \(untouched) (update dli-tutor)"
        case .foreign:
            return "\(path): an SQLite database that dli-tutor did not create; \(untouched)"
        case .unavailable(let message):
            return "\(path): cannot open the progress database: \(message)"
        case .failed(let message):
            return "\(path): \(message)"
        }
    }
}

/// A failure inside a transaction; the store turns it into a `StoreError` naming the file.
struct StoreFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
