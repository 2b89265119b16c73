import Foundation

/// Syntax checks with the real interpreter: `compile()` in `python3` on temporary files.
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

    /// Compiles every file named on the command line as a notebook cell would be
    /// (top-level `await` allowed: the course notebooks run snippets in Jupyter) and
    /// prints `index<TAB>line<TAB>message` for each one that does not compile.
    static let checker = """
        import ast, sys
        for index, path in enumerate(sys.argv[1:]):
            with open(path, encoding="utf-8") as file:
                source = file.read()
            try:
                compile(source, path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
            except SyntaxError as error:
                print(f"{index}\t{error.lineno or 0}\t{type(error).__name__}: {error.msg}")
        """

    /// The sources that do not compile, by index, from one interpreter start.
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
        let (status, output, errors) = try run(executable, ["-c", checker] + paths)
        guard status == 0 else { throw UnexpectedOutput(description: "the syntax check failed to run: \(errors)") }
        var failures: [Int: Failure] = [:]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3, let index = Int(fields[0]), let number = Int(fields[1]) else {
                throw UnexpectedOutput(description: "unexpected line from the syntax check: \(line)")
            }
            failures[index] = Failure(line: number, message: fields[2])
        }
        return failures
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both before waiting: a full pipe would block the interpreter.
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }
}
