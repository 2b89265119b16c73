import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One finished run of a command, as the kernel accounted it.
struct ProcessTiming {
    var status: Int32
    /// Launch to exit, on a monotonic clock.
    var wallSeconds: Double
    /// User + system time of the process.
    var cpuSeconds: Double
    /// Peak resident memory of the process.
    var peakBytes: Int

    /// Runs `executable` with standard input, output and error on /dev/null (its
    /// output is not read, so no pipe slows it).
    static func run(_ executable: String, arguments: [String], environment: [String: String]) throws -> ProcessTiming {
        try run(executable, arguments: arguments, environment: environment) { actions in
            posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        }
    }

    /// Runs `executable` with its standard streams set up by `streams`, calls
    /// `whileRunning` once it has started, and waits for it. `posix_spawn` and
    /// `wait4` directly: Foundation's `Process.waitUntilExit` polls and would add
    /// tens of milliseconds.
    static func run(_ executable: String, arguments: [String], environment: [String: String],
                    streams: (inout posix_spawn_file_actions_t) -> Void, whileRunning: () -> Void = {}) throws -> ProcessTiming {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        streams(&actions)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw CommandFailure("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        whileRunning()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        // Exit status, or 128 + the signal that ended it.
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        #if canImport(Darwin)
        let peak = Int(usage.ru_maxrss)          // bytes on Darwin
        #else
        let peak = Int(usage.ru_maxrss) * 1024   // kilobytes on Linux
        #endif
        return ProcessTiming(status: code, wallSeconds: wall, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakBytes: peak)
    }
}

/// Minimum, median and maximum of one figure over the runs.
struct Spread {
    var minimum: Double
    var median: Double
    var maximum: Double

    init(_ values: [Double]) {
        let sorted = values.sorted()
        minimum = sorted.first ?? 0
        maximum = sorted.last ?? 0
        median = sorted.isEmpty ? 0 : sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
