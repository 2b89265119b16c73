import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the progress database may be damaged, decided without reading it.
///
/// Beside `progress.sqlite` lies `progress.sqlite-clean`. Every open store holds
/// a shared `flock` on it and keeps it empty; the last store to close (it gets
/// the exclusive lock), once SQLite has checkpointed and removed the `-wal` file,
/// writes a stamp of the database file into it: size, modification and change
/// times, device and inode. A store that opens while no other one is open
/// trusts the file when the stamp matches it and no `-wal` file was left behind.
/// Anything else — a crash, a kill, a power cut, another program writing the
/// file, a backup restored over it, a first start with this scheme — makes it
/// `suspect`, and the store checks the file before using it.
///
/// A store that opens while others are open trusts them: the first of them
/// checked or trusted the file, and a crashed process holds no lock.
final class ShutdownStamp: @unchecked Sendable {
    /// The sidecar file of the database at `databasePath`.
    static func path(for databasePath: String) -> String { databasePath + "-clean" }

    let databasePath: String
    /// Whether the last session did not end cleanly, or the file changed since.
    let suspect: Bool
    private let lock = NSLock()
    private var descriptor: Int32

    /// Takes the stamp's lock, exclusively when no other store has the database
    /// open (then `suspect` compares the stamp with the file), shared otherwise.
    /// A stamp that cannot be created (a read-only folder) leaves the file suspect.
    init(databasePath: String) {
        self.databasePath = databasePath
        descriptor = open(Self.path(for: databasePath), O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            suspect = true
            return
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            let written = Self.read(descriptor)
            let wal = FileManager.default.fileExists(atPath: databasePath + "-wal")
            suspect = wal || written == nil || written != Self.stamp(of: databasePath)
        } else {
            // Others have it open; wait while one of them is still opening or closing it.
            while flock(descriptor, LOCK_SH) != 0 && errno == EINTR {}
            suspect = false
        }
    }

    deinit { release(stamping: false) }

    /// The database is in use from now on: the stamp is emptied (a crash keeps
    /// it so) and the lock becomes shared, so other stores can open it too.
    func markOpen() {
        lock.withLock {
            guard descriptor >= 0 else { return }
            _ = ftruncate(descriptor, 0)
            while flock(descriptor, LOCK_SH) != 0 && errno == EINTR {}
        }
    }

    /// Lets the lock go. With `stamping`, after the store's connection has closed:
    /// if no other store has the database open and SQLite removed the `-wal`
    /// file (no connection of any program is left), the file is stamped clean.
    func release(stamping: Bool) {
        lock.withLock {
            guard descriptor >= 0 else { return }
            if stamping, flock(descriptor, LOCK_EX | LOCK_NB) == 0,
               !FileManager.default.fileExists(atPath: databasePath + "-wal"),
               let stamp = Self.stamp(of: databasePath) {
                let bytes = Array(stamp.utf8)
                if ftruncate(descriptor, 0) == 0 { _ = pwrite(descriptor, bytes, bytes.count, 0) }
            }
            close(descriptor)
            descriptor = -1
        }
    }

    /// One line that changes whenever the file is written, replaced or restored.
    static func stamp(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return "clean v1 size \(info.st_size) mtime \(modified.tv_sec).\(modified.tv_nsec) ctime \(changed.tv_sec).\(changed.tv_nsec) "
            + "dev \(info.st_dev) ino \(info.st_ino)\n"
    }

    private static func read(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }
}
