import ArgumentParser
import Foundation
import Quiz

// `dli-tutor --version` is answered before the argument parser is set up, which
// reflects over every command and is most of what this would cost otherwise.
if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
    print(DLITutor.configuration.version)
    exit(0)
}

// Parse errors exit with status 2 and one line on stderr (not ArgumentParser's
// default 64 with a usage dump), so scripts can tell bad arguments apart.
let arguments = Array(CommandLine.arguments.dropFirst())
if let unknown = CommandLineArguments.unknownCommand(arguments, commands: DLITutor.commandNames) {
    FileHandle.standardError.write(Data("dli-tutor: \(unknown)\n".utf8))
    exit(2)
}
do {
    var command = try DLITutor.parseAsRoot(arguments)
    try command.run()
} catch let failure as CommandFailure {
    FileHandle.standardError.write(Data("dli-tutor: \(failure.message)\n".utf8))
    exit(failure.status)
} catch let failure as StoreError {
    // The progress database could not be used: one line that names the file.
    FileHandle.standardError.write(Data("dli-tutor: \(failure)\n".utf8))
    exit(1)
} catch {
    let code = DLITutor.exitCode(for: error)
    if code == .validationFailure {
        let message = DLITutor.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
        FileHandle.standardError.write(Data("dli-tutor: \(message)\n".utf8))
        exit(2)
    }
    DLITutor.exit(withError: error)
}
