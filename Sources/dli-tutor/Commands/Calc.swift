import ArgumentParser
import Course
import Foundation

struct Calc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calc",
        abstract: "Evaluate a formula and show its steps (or --json).",
        discussion: """
            Each calculator takes its arguments as options (dli-tutor calc elo --ra 1600 --rb 1400) or in the \
            call syntax of lesson calc blocks and of the app's calculator: dli-tutor calc elo ra=1600 rb=1400 \
            score=0.5 (or calc eval 'elo ra=1600 rb=1400').
            """,
        subcommands: [
            CalcEval.self,
            CalcBLEU.self,
            CalcCommand<ROUGECalculator>.self,
            CalcCommand<QACalculator>.self,
            CalcCommand<CosineCalculator>.self,
            CalcCommand<PerplexityCalculator>.self,
            CalcCommand<SamplingCalculator>.self,
            CalcCommand<EloCalculator>.self,
            CalcLoRA.self,
            CalcCommand<VRAMCalculator>.self,
            CalcCommand<CFGCalculator>.self,
            CalcCommand<DDPMCalculator>.self,
            CalcCommand<AttentionCalculator>.self,
            CalcCommand<ChunksCalculator>.self,
        ]
    )
}

/// Shared by every `calc` subcommand: evaluate, print text or JSON, and turn a
/// formula error into a one-line usage error (exit status 2).
/// Texts and errors name the arguments as the command took them: `--score` for
/// the options of `calc elo`, `score=` for `calc eval` (`CalcFace`).
enum CalcOutput {
    static func print(_ call: CalcCall, _ output: CalcOutputOptions, face: CalcFace = .options) throws {
        let arguments = Calculators.named(call.name)?.keys ?? []
        let report: CalcReport
        do {
            report = try Calculators.evaluate(call)
        } catch {
            throw ValidationError("calc \(call.name): \(error.description(for: face, arguments: arguments))")
        }
        show(report.written(for: face, arguments: arguments), output)
    }

    /// The JSON object, or the steps laid out as lessons and the app lay them out
    /// (`CalcReportLayout`), in colour on a terminal.
    static func show(_ report: CalcReport, _ options: CalcOutputOptions) {
        if options.json {
            Swift.print(report.json.serialized())
        } else {
            let output = TerminalOutput.standardOutput(color: options.color.color)
            output.write(CalcReportLayout.lines(report, width: output.width, theme: output.theme))
        }
    }
}
