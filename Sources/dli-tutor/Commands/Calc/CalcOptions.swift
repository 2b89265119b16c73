import ArgumentParser
import Course
import Foundation

/// What every `calc` subcommand takes: the options its calculator declares
/// (read by `CalcOptionReader`, listed in help by `CalcHelp`), `--json` and
/// `--color`.
struct CalcOptions<C: Calculator>: ParsableArguments {
    @Argument(parsing: .allUnrecognized,
              help: ArgumentHelp("The calculator's options listed above, as --key value or key=value.", valueName: "option"),
              completion: .list(C.arguments.flatMap { $0.isSwitch ? [$0.option, "--no-" + $0.option.dropFirst(2)] : [$0.option] }))
    var words: [String] = []

    @OptionGroup var output: CalcOutputOptions

    /// The options as a call of the calculator, and the face its errors and texts take.
    func call() throws -> (call: CalcCall, face: CalcFace) {
        let reader = CalcOptionReader(calculator: C.self, readFile: Self.read)
        do {
            let (call, callSyntax) = try reader.call(words)
            return (call, callSyntax ? .call : .options)
        } catch {
            throw ValidationError("calc \(C.name): \(error)")
        }
    }

    /// A file's text, or standard input for `-`.
    static func read(_ path: String) throws -> String {
        if path == "-" { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
        guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        return String(decoding: data, as: UTF8.self)
    }
}

/// `dli-tutor calc NAME [--key value | key=value]… [--json]`: one calculator,
/// its options being the calculator's arguments.
struct CalcCommand<C: Calculator>: ParsableCommand {
    static var configuration: CommandConfiguration { CalcHelp.configuration(C.self) }

    @OptionGroup var options: CalcOptions<C>

    func run() throws {
        let (call, face) = try options.call()
        try CalcOutput.print(call, options.output, face: face)
    }
}
