import ArgumentParser
import Course

/// `dli-tutor keys`: every key of the study app, screen by screen, from the key
/// tables the app itself uses. `--man` prints the man page's KEYS, ENVIRONMENT
/// and FILES sections in mdoc for `scripts/install`.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the study app's keys, screen by screen (? or F1 in the app shows the current screen's).")

    @Flag(name: .customLong("man"), help: .hidden)
    var manual = false

    func run() {
        if manual {
            print(ManualSections.mdoc(keys: KeyReference.sections), terminator: "")
        } else {
            print(Self.listing(KeyReference.sections), terminator: "")
        }
    }

    /// The sections as plain text: a heading, then the keys in a column.
    static func listing(_ sections: [KeyReference.Section]) -> String {
        var lines: [String] = []
        for section in sections where !section.entries.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(section.title)
            let width = section.entries.map { DisplayWidth.of($0.label) }.max() ?? 0
            lines += section.entries.map { "  " + DisplayWidth.pad($0.label, to: width) + "  " + $0.help }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
