import Foundation

/// Syntax checks with the real interpreter: `python3 -m py_compile` on temporary files.
enum PythonCompiler {
    /// A source that did not compile: the 1-based line within it and Python's message.
    struct Failure: Equatable {
        var line: Int
        var message: String
    }

    struct UnexpectedOutput: Error, CustomStringConvertible {
        var description: String
    }

    /// The first `python3` on `$PATH` (then the usual system places), or nil.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return folders.map { ($0 as NSString).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The sources that do not compile, by index. `py_compile` stops at the first
    /// broken file, so a failing run is repeated without it until the rest pass:
    /// one interpreter start when everything compiles, one more per broken source.
    static func failures(_ sources: [String]) throws -> [Int: Failure] {
        guard let executable else { throw UnexpectedOutput(description: "python3 is not installed") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("py-snippets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try sources.enumerated().map { index, source in
            let url = folder.appendingPathComponent("snippet-\(index).py")
            try source.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        var failures: [Int: Failure] = [:]
        var remaining = Array(sources.indices)
        while !remaining.isEmpty {
            let (status, errors) = try run(executable, ["-m", "py_compile"] + remaining.map { paths[$0] })
            if status == 0 { break }
            guard let (index, failure) = parse(errors), remaining.contains(index) else {
                throw UnexpectedOutput(description: "py_compile failed without naming a snippet: \(errors)")
            }
            failures[index] = failure
            remaining.removeAll { $0 == index }
        }
        return failures
    }

    /// py_compile's two shapes of report, as (snippet index, failure):
    /// `File ".../snippet-3.py", line 7` … `SyntaxError: invalid syntax`, and
    /// `Sorry: IndentationError: expected an indented block (snippet-3.py, line 7)`.
    static func parse(_ errors: String) -> (Int, Failure)? {
        guard let match = errors.firstMatch(of: /snippet-(\d+)\.py"?, line (\d+)/),
              let index = Int(match.1), let line = Int(match.2) else { return nil }
        let last = errors.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var message = last.map(String.init) ?? errors
        if message.hasPrefix("Sorry: ") { message.removeFirst("Sorry: ".count) }
        message.replace(/\s\(\S*snippet-\d+\.py, line \d+\)$/, with: "")
        return (index, Failure(line: line, message: message))
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = stderr.fileHandleForReading.readDataToEndOfFile()   // before waiting: a full pipe would block
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
