import CNcurses
import Foundation
import Glibc

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

    /// Runs `executable` with the pseudo-terminal as its stdin, stdout and stderr
    /// and returns its exit status and the wall time from launch to exit.
    func run(_ executable: URL, arguments: [String], environment: [String: String]) throws -> (status: Int32, seconds: Double) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        let start = DispatchTime.now()
        try process.run()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return (process.terminationStatus, seconds)
    }
}
