import CNcurses
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pseudo-terminal to run the app in without a real one: the start-up
/// benchmark launches the binary on it and times it to its first frame.
final class PseudoTerminal {
    private let master: Int32
    private let slave: Int32
    private let sink = Sink()

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What the child wrote, collected by a reader thread.
    private final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ bytes: ArraySlice<UInt8>) { lock.withLock { data.append(contentsOf: bytes) } }
        var contents: Data { lock.withLock { data } }
    }

    init(size: Size) throws {
        var master: Int32 = -1, slave: Int32 = -1
        guard dt_open_pty(&master, &slave, Int32(size.height), Int32(size.width)) == 0 else {
            throw Failure(description: "cannot open a pseudo-terminal")
        }
        self.master = master
        self.slave = slave
        // Whatever the child draws must be read, or it blocks once the buffer fills.
        let sink = self.sink, fd = master
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                sink.append(buffer[0..<n])
            }
        }
    }

    deinit {
        close(slave)
        close(master)
    }

    /// Everything the child wrote so far.
    var output: Data { sink.contents }

    /// Runs `executable` with the pseudo-terminal as its stdin, stdout and stderr,
    /// types `typing` (one key's bytes at a time, `pause` seconds apart, once the
    /// first output has arrived), and returns the exit status, the wall time
    /// from launch to exit and the child's CPU time (user + system).
    func run(_ executable: URL, arguments: [String], environment: [String: String],
             typing keys: [[UInt8]] = [], pause: Double = 0) throws -> (status: Int32, seconds: Double, cpuSeconds: Double) {
        let slave = self.slave
        let timing = try ProcessTiming.run(executable.path, arguments: arguments, environment: environment) { actions in
            for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        } whileRunning: {
            guard !keys.isEmpty else { return }
            let deadline = Date().addingTimeInterval(10)
            while sink.contents.isEmpty && Date() < deadline { usleep(5_000) }
            for key in keys {
                usleep(useconds_t(pause * 1_000_000))
                _ = key.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            }
        }
        return (timing.status, timing.wallSeconds, timing.cpuSeconds)
    }
}
