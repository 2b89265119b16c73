import ArgumentParser
import Course
import Foundation

/// `dli-tutor calc eval 'NAME key=value …'`: any calculator through the call syntax.
struct CalcEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a calculator call written as in a lesson calc block."
    )

    @Argument(help: "The call, e.g. 'elo ra=1600 rb=1400 k=32 score=1'.")
    var call: String

    @OptionGroup var output: CalcOutputOptions

    func run() throws {
        let parsed: CalcCall
        do {
            parsed = try CalcCall.parse(call)
        } catch {
            throw ValidationError("calc: \(error)")
        }
        try CalcOutput.print(parsed, output, face: .call)
    }
}
