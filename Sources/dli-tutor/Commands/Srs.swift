import ArgumentParser
import Course
import Foundation
import Quiz

struct Srs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "srs",
        abstract: "Spaced repetition (FSRS-6) tools.",
        subcommands: [
            SrsReplay.self,
        ]
    )
}

/// `dli-tutor srs replay FILE`: a review log through the scheduler, one card state per line.
struct SrsReplay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a JSONL review log through FSRS-6 and print each card's state after each review.",
        discussion: """
            Each line of FILE (- for standard input) is {"card": ID, "time": ISO-8601, "rating": \
            "again|hard|good|easy"}; ID is a string or an integer, blank lines are skipped, and a card's \
            reviews must not go back in time. A card starts new at its first review. For every \
            review, in order, prints {"card", "state", "step", "stability", "difficulty", "due"} \
            as one JSON line (due in UTC, whole seconds). \
            Learning steps 1 min and 10 min, relearning step 10 min, maximum interval 36500 days, \
            no fuzz. Exit status: 0 on success; 1 if FILE cannot be read; 2 for a bad option or a \
            bad line (the message names FILE:LINE, and nothing is printed on standard output).
            """
    )

    @Argument(help: "The review log (JSON Lines), or - for standard input.")
    var file: String

    @Option(help: ArgumentHelp("The 21 FSRS-6 parameters, comma-separated (default: py-fsrs 6's).", valueName: "w0,…,w20"))
    var parameters: String?

    @Option(help: ArgumentHelp("Desired retention, strictly between 0 and 1.", valueName: "r"))
    var retention: Double = 0.9

    func run() throws {
        let scheduler = try makeScheduler()
        let name = file == "-" ? "stdin" : file
        let text: String
        do {
            text = try readInput()
        } catch {
            let reason = FileManager.default.fileExists(atPath: file) ? error.localizedDescription : "no such file"
            throw CommandFailure("srs replay: cannot read \(name): \(reason)")
        }
        let entries: [FSRSReplay.Entry]
        do {
            entries = try FSRSReplay.run(text, scheduler: scheduler)
        } catch {
            throw CommandFailure("\(name):\(error)", status: 2)
        }
        var output = ""
        for entry in entries {
            output += entry.json.serialized()
            output += "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func makeScheduler() throws -> FSRSScheduler {
        var weights = FSRSScheduler.defaultParameters
        if let parameters {
            weights = []
            for (index, item) in parameters.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                let text = item.trimmingCharacters(in: .whitespaces)
                guard let value = Double(text) else {
                    throw ValidationError("srs replay: --parameters: item \(index + 1) ('\(text)') is not a number")
                }
                weights.append(value)
            }
        }
        do {
            return try FSRSScheduler(parameters: weights, desiredRetention: retention, enableFuzzing: false)
        } catch {
            throw ValidationError("srs replay: \(error)")
        }
    }

    private func readInput() throws -> String {
        let data = file == "-"
            ? FileHandle.standardInput.readDataToEndOfFile()
            : try Data(contentsOf: URL(fileURLWithPath: file))
        guard let text = String(data: data, encoding: .utf8) else {
            throw CocoaError(.fileReadInapplicableStringEncoding)
        }
        return text
    }
}
