import Foundation
import Testing
@testable import Quiz

/// When opening a store checks the whole database: after a session that did not
/// end cleanly, after another program wrote the file, and on demand.
@Suite struct ProgressStoreIntegrityTests {
    /// A database of 800 cards (more than eight pages), closed cleanly.
    static func closedDatabase() throws -> String {
        let path = (try Fixtures.folder() as NSString).appendingPathComponent("progress.sqlite")
        let store = try ProgressStore(path: path)
        try store.syncBank(of: Fixtures.course(perDomain: 200), at: Fixtures.t0)
        store.close()
        return path
    }

    /// Scribbles over pages 5 and 6, past the header and the schema, as the opening test does.
    static func scribble(_ path: String) throws -> Data {
        // A write in the same clock tick as the close could keep the modification
        // time on a kernel without fine-grained file times; real damage comes later.
        usleep(20_000)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for index in (4 * 4096)..<(6 * 4096) { bytes[index] = UInt8(truncatingIfNeeded: index &* 7) }
        try bytes.write(to: URL(fileURLWithPath: path))
        return bytes
    }

    static func isSuspect(_ path: String) -> Bool {
        let stamp = ShutdownStamp(databasePath: path)
        defer { stamp.release(stamping: false) }
        return stamp.suspect
    }

    static func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func aCleanCloseIsTrustedUntilTheFileChanges() throws {
        let path = try Self.closedDatabase()
        #expect(FileManager.default.fileExists(atPath: ShutdownStamp.path(for: path)))
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!Self.isSuspect(path))
        // Reopened and closed again without a change, the file is not written at all, and stays trusted.
        let before = ShutdownStamp.stamp(of: path)
        usleep(20_000)
        try ProgressStore(path: path).close()
        #expect(ShutdownStamp.stamp(of: path) == before)
        #expect(!Self.isSuspect(path))
        // The same bytes written back by another program: no longer trusted.
        usleep(20_000)
        try Self.contents(path).write(to: URL(fileURLWithPath: path))
        #expect(Self.isSuspect(path))
    }

    @Test func aFirstOpenWithoutAStampIsChecked() throws {
        let path = try Self.closedDatabase()
        try FileManager.default.removeItem(atPath: ShutdownStamp.path(for: path))
        #expect(Self.isSuspect(path))
    }

    @Test func anOpenStoreLeavesNoCleanStampBehind() throws {
        let path = try Self.closedDatabase()
        let store = try ProgressStore(path: path)
        try store.syncBank(of: Fixtures.course(perDomain: 201), at: Fixtures.t0)
        // Files copied now are what a crash or a kill leaves: a -wal file and an empty stamp.
        let crashed = (try Fixtures.folder() as NSString).appendingPathComponent("progress.sqlite")
        for suffix in ["", "-wal", "-clean"] { try FileManager.default.copyItem(atPath: path + suffix, toPath: crashed + suffix) }
        store.close()
        #expect(try Self.contents(ShutdownStamp.path(for: crashed)).isEmpty)
        #expect(Self.isSuspect(crashed))
        // SQLite recovers the copy from its -wal after the check; nothing is lost.
        let recovered = try ProgressStore(path: crashed)
        #expect(try recovered.practiceCandidates(course: "demo", dueBy: Fixtures.t0, startOfDay: Fixtures.t0).new.count == 804)
        recovered.close()
        #expect(!Self.isSuspect(crashed))
    }

    @Test func aLeftoverWalFileAloneTriggersTheCheck() throws {
        let path = try Self.closedDatabase()
        let bytes = try Self.scribble(path)
        // The stamp matches the damaged file (as if the disk had flipped bits under
        // it); only the -wal file of an interrupted session tells that something happened.
        try Data(ShutdownStamp.stamp(of: path)!.utf8).write(to: URL(fileURLWithPath: ShutdownStamp.path(for: path)))
        #expect(!Self.isSuspect(path))
        #expect(FileManager.default.createFile(atPath: path + "-wal", contents: Data()))
        #expect(Self.isSuspect(path))
        let error = #expect(throws: StoreError.self) { try ProgressStore(path: path) }
        guard case .damaged? = error?.kind else {
            Issue.record("expected a damaged database, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains(path) == true)
        #expect(try Self.contents(path) == bytes)
    }

    @Test func checkingOnDemandFindsDamageTheStampCannotSee() throws {
        let path = try Self.closedDatabase()
        let bytes = try Self.scribble(path)
        try Data(ShutdownStamp.stamp(of: path)!.utf8).write(to: URL(fileURLWithPath: ShutdownStamp.path(for: path)))
        let error = #expect(throws: StoreError.self) { try ProgressStore(path: path, integrity: .always) }
        guard case .damaged? = error?.kind else {
            Issue.record("expected a damaged database, got \(String(describing: error))")
            return
        }
        #expect(try Self.contents(path) == bytes)
        // A damaged file is never stamped clean: the next open checks it again.
        #expect(try Self.contents(ShutdownStamp.path(for: path)) == Data(ShutdownStamp.stamp(of: path)!.utf8))
    }

    @Test func onlyTheLastStoreToCloseStampsTheFile() throws {
        let path = try Self.closedDatabase()
        let first = try ProgressStore(path: path)
        // A second store opening while the first is open trusts it: the -wal file is the first one's.
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let second = try ProgressStore(path: path)
        first.close()
        #expect(try Self.contents(ShutdownStamp.path(for: path)).isEmpty)
        second.close()
        #expect(!Self.isSuspect(path))
    }

    @Test func theIntegrityPragmaFollowsTheRequest() {
        #expect(ProgressStore.pragma(for: .whenSuspect, suspect: false) == nil)
        #expect(ProgressStore.pragma(for: .whenSuspect, suspect: true) == "PRAGMA quick_check")
        #expect(ProgressStore.pragma(for: .always, suspect: false) == "PRAGMA integrity_check")
    }
}
