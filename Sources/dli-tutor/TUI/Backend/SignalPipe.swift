#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT, SIGTERM and SIGHUP into bytes on a pipe the event loop polls,
/// so the loop (not a signal handler) saves progress and restores the terminal.
/// Fatal signals (a crash) restore the terminal from the handler and re-raise.
enum SignalPipe {
    nonisolated(unsafe) private static var writeEnd: Int32 = -1
    nonisolated(unsafe) private(set) static var readEnd: Int32 = -1
    /// Run from a crash handler; must be async-signal-tolerant (best effort).
    nonisolated(unsafe) static var emergencyRestore: (@convention(c) () -> Void)?

    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        readEnd = fds[0]
        writeEnd = fds[1]
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
        for signal in stopSignals {
            var action = sigaction()
            action.handler = { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(SignalPipe.writeEnd, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        // A parent may have left these blocked (the mask is inherited through exec);
        // blocked, they would stay pending and the app would never stop.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in stopSignals + [SIGWINCH] { sigaddset(&unblock, signal) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for signal in fatalSignals {
            var action = sigaction()
            action.handler = { number in
                SignalPipe.emergencyRestore?()
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND) | UInt32(SA_NODEFER))
            sigaction(signal, &action, nil)
        }
    }

    /// The signals received since the last call.
    static func drain() -> [Int32] {
        var out: [Int32] = []
        var byte: UInt8 = 0
        while readEnd >= 0 && read(readEnd, &byte, 1) == 1 { out.append(Int32(byte)) }
        return out
    }

    /// Back to the default handlers.
    static func uninstall() {
        for number in stopSignals + fatalSignals { signal(number, SIG_DFL) }
        emergencyRestore = nil
    }
}

extension sigaction {
    /// The handler, a field that glibc and Darwin name differently.
    fileprivate var handler: (@convention(c) (Int32) -> Void)? {
        get {
            #if canImport(Glibc)
            __sigaction_handler.sa_handler
            #else
            __sigaction_u.__sa_handler
            #endif
        }
        set {
            #if canImport(Glibc)
            __sigaction_handler.sa_handler = newValue
            #else
            __sigaction_u.__sa_handler = newValue
            #endif
        }
    }
}
