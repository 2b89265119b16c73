#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// While the full-screen app runs, whatever is written to stderr (a runtime
/// error message, a library warning) would be drawn over the screen and then
/// lost with the alternate screen. It goes to an unlinked temporary file
/// instead and is copied to the real stderr once the terminal is restored.
enum StderrCapture {
    nonisolated(unsafe) private static var savedStderr: Int32 = -1
    nonisolated(unsafe) private static var captureFile: Int32 = -1

    static func begin() {
        guard savedStderr < 0 else { return }
        var template = Array("/tmp/dli-tutor-stderr-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return }
        unlink(template)
        savedStderr = dup(STDERR_FILENO)
        captureFile = fd
        dup2(fd, STDERR_FILENO)
    }

    /// Puts stderr back and replays what was captured. Only uses calls that are
    /// safe in a signal handler, so a crash handler can call it too.
    static func end() {
        guard savedStderr >= 0 else { return }
        dup2(savedStderr, STDERR_FILENO)
        close(savedStderr)
        savedStderr = -1
        lseek(captureFile, 0, SEEK_SET)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(captureFile, $0.baseAddress, 4096) }
            if n <= 0 { break }
            _ = buffer.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, n) }
        }
        close(captureFile)
        captureFile = -1
    }
}
