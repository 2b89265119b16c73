import ArgumentParser
import Course
import Foundation

struct Calc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calc",
        abstract: "Evaluate a formula and show its steps (or --json).",
        discussion: "Each calculator also accepts the call syntax of lesson calc blocks: dli-tutor calc eval 'elo ra=1600 rb=1400'.",
        subcommands: [
            CalcEval.self,
            CalcBLEU.self,
            CalcROUGE.self,
            CalcQA.self,
            CalcCosine.self,
            CalcPerplexity.self,
            CalcSampling.self,
            CalcElo.self,
            CalcLoRA.self,
            CalcVRAM.self,
            CalcCFG.self,
            CalcDDPM.self,
            CalcAttention.self,
            CalcChunks.self,
        ]
    )
}

/// Shared by every `calc` subcommand: evaluate, print text or JSON, and turn a
/// formula error into a one-line usage error (exit status 2).
enum CalcOutput {
    static func print(_ call: CalcCall, json: Bool) throws {
        let report: CalcReport
        do {
            report = try Calculators.evaluate(call)
        } catch {
            throw ValidationError("calc \(call.name): \(error)")
        }
        show(report, json: json)
    }

    /// The JSON object, or the steps laid out as lessons and the app lay them out
    /// (`CalcReportLayout`), in colour on a terminal.
    static func show(_ report: CalcReport, json: Bool) {
        if json {
            Swift.print(report.json.serialized())
        } else {
            let output = TerminalOutput.standardOutput()
            output.write(CalcReportLayout.lines(report, width: output.width, theme: output.theme))
        }
    }
}
