import ArgumentParser
import Foundation
import Testing
@testable import dli_tutor

/// Runs the built binary the way a user or a script would.
enum Binary {
    /// The test runner sits beside the executable in the build products folder.
    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["DLI_TUTOR_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("dli-tutor")
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        return try run(executable: url, arguments, stdin: stdin, fullEnvironment: env)
    }

    /// Runs any executable with exactly `fullEnvironment` (nothing inherited).
    static func run(executable: URL, _ arguments: [String], stdin: String? = nil, fullEnvironment: [String: String],
                    in folder: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = fullEnvironment
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite struct CommandLineTests {
    @Test func helpListsCommandsAndTheEnvironment() throws {
        let result = try Binary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("calc"))
        for variable in ["DLI_TUTOR_DATA", "DLI_TUTOR_CONTENT", "NO_COLOR"] { #expect(result.stdout.contains(variable), "\(variable)") }
    }

    /// A mistyped command gets a suggestion, not a parser error about an argument.
    @Test func aMistypedCommandSaysWhatWasMeant() throws {
        let result = try Binary.run(["stat"])
        #expect(result.status == 2)
        #expect(result.stderr == "dli-tutor: unknown command 'stat' (did you mean 'stats'?); dli-tutor --help lists the commands\n")
        #expect(try Binary.run(["pratice", "--plain"]).stderr.contains("did you mean 'practice'?"))
        let far = try Binary.run(["frobnicate"])
        #expect(far.status == 2 && !far.stderr.contains("did you mean"))
        #expect(CommandLineArguments.closest(to: "lesons", among: DLITutor.commandNames) == "lessons")
        #expect(CommandLineArguments.closest(to: "ex", among: DLITutor.commandNames) == "exam")
    }

    /// `--color=always` keeps the styles in a pipe (`read 3 --color=always | less -R`), `never` drops them.
    @Test func colorCanBeForcedOrRefused() throws {
        let escape = "\u{1B}["
        let always = try Binary.run(["read", "1", "--color=always", "--width", "60"])
        #expect(always.status == 0 && always.stdout.contains(escape))
        #expect(!(try Binary.run(["read", "1", "--width", "60"])).stdout.contains(escape))
        let never = try Binary.run(["read", "1", "--color=never", "--width", "60"], environment: ["NO_COLOR": ""])
        #expect(!never.stdout.contains(escape))
        #expect(try Binary.run(["calc", "elo", "--ra", "1600", "--rb", "1400", "--color=always"]).stdout.contains(escape))
        #expect(try Binary.run(["calc", "elo", "ra=1600", "rb=1400", "--color", "always"]).stdout.contains(escape))
        let data = try BundledCourse.freshDataDirectory()
        #expect(try Binary.run(["stats", "--color=always", "--data-dir", data]).stdout.contains(escape))
        #expect(try Binary.run(["read", "1", "--plain", "--color=always"]).status == 2)
    }

    @Test func versionIsTheConfiguredOneWithOrWithoutTheParser() throws {
        let fast = try Binary.run(["--version"])
        #expect(fast.status == 0)
        #expect(fast.stdout == DLITutor.configuration.version + "\n")
        // With another option the parser answers: the same text.
        let parsed = try Binary.run(["--version", "--data-dir", "/nonexistent"])
        #expect(parsed.status == 0)
        #expect(parsed.stdout == fast.stdout)
    }

    /// A command without an explicit name has it derived from its type name at
    /// every start, a costly reflection (see `bench start`).
    @Test func everyCommandNamesItself() {
        func unnamed(_ command: any ParsableCommand.Type) -> [String] {
            let configuration = command.configuration
            return (configuration.commandName == nil ? ["\(command)"] : []) + configuration.subcommands.flatMap(unnamed)
        }
        #expect(unnamed(DLITutor.self) == [])
    }

    @Test func badArgumentsExitWithStatusTwo() throws {
        let result = try Binary.run(["calc", "eval", "elo ra=1 rb"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("dli-tutor: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func benchTUIRefusesNegativeCounts() throws {
        // A negative count used to reach a `0..<rounds` range and crash with a stack trace.
        for arguments in [["--rounds=-1"], ["--width=0"], ["--height", "0"], ["--rounds", "-1"]] {
            let result = try Binary.run(["bench", "tui"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("dli-tutor: --width, --height and --rounds must be positive"), "\(arguments)")
        }
    }

    @Test func aNegativeNumberInTheSeparateFormIsReadAndJudged() throws {
        // Not "missing value for --width": the number is read, then refused for what it is.
        let result = try Binary.run(["read", "1", "--width", "-5"])
        #expect(result.status == 2)
        #expect(result.stderr == "dli-tutor: --width must be between 20 and 1000\n")
    }
}
