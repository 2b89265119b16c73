import Foundation

/// The real binary driven line by line through pipes, as a learner at a
/// terminal would, with its output read as it arrives.
final class InteractiveProcess {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private var buffer = Data()

    init(_ arguments: [String]) throws {
        process.executableURL = Binary.url
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    /// Everything printed so far.
    var text: String { String(decoding: buffer, as: UTF8.self) }

    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Reads until the output (from `offset` on) contains `marker`; false on timeout or exit.
    @discardableResult
    func waitFor(_ marker: String, after offset: Int = 0, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if buffer.count > offset, String(decoding: buffer[offset...], as: UTF8.self).contains(marker) { return true }
            // `availableData` blocks until the process writes: wait for that no longer than the time left,
            // so a marker that never comes fails the test instead of hanging it.
            var ready = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(max(0, min(deadline.timeIntervalSinceNow, 3600)) * 1000)
            guard poll(&ready, 1, milliseconds) > 0 else { continue }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return String(decoding: buffer[min(offset, buffer.count)...], as: UTF8.self).contains(marker) }
            buffer.append(chunk)
        }
        return false
    }

    var outputCount: Int { buffer.count }

    /// SIGKILL: no handler, no cleanup, no flush.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// What the process wrote on standard error (read once it has exited).
    var errorText: String {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }
}

/// The repository's bundled course, as the binary sees it.
enum BundledCourse {
    static let id = "dli-generative-ai"
    static var folder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Content/dli-generative-ai").path
    }

    static func freshDataDirectory() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("dli-tutor-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func json(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return object as? [String: Any] ?? [:]
    }
}
