import ArgumentParser
import Course

/// `dli-tutor calc bleu`: one hypothesis (`--hyp`, `--ref`…) or a corpus of
/// files with one segment per line (`--hyp-file`, `--ref-file`…), like sacrebleu.
struct CalcBLEU: ParsableCommand {
    static var configuration: CommandConfiguration {
        CalcHelp.configuration(
            BLEUCalculator.self,
            abstract: "BLEU as sacrebleu 2.6.0 computes it (sentence or corpus), or textbook BLEU.",
            discussion: "Effective order is on for one --hyp and off for files, as in sacrebleu.",
            extraUsage: "[--hyp-file <file> --ref-file <file>…]")
    }

    @Option(parsing: .unconditional, help: ArgumentHelp("Hypotheses, one segment per line (corpus BLEU).", valueName: "file"))
    var hypFile: String?

    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("References for --hyp-file, one segment per line (repeat for several).", valueName: "file"))
    var refFile: [String] = []

    @OptionGroup var options: CalcOptions<BLEUCalculator>

    func validate() throws {
        let call = try options.call().call
        let (hyp, ref) = (call.string("hyp"), call.values("ref"))
        switch (hyp, hypFile) {
        case (nil, nil): throw ValidationError("calc bleu: give --hyp TEXT with --ref TEXT, or --hyp-file FILE with --ref-file FILE")
        case (.some, .some): throw ValidationError("calc bleu: use either --hyp or --hyp-file, not both")
        case (.some, nil):
            guard refFile.isEmpty else { throw ValidationError("calc bleu: --ref-file goes with --hyp-file; use --ref with --hyp") }
            guard !ref.isEmpty else { throw ValidationError("calc bleu: missing --ref (at least one reference)") }
        case (nil, .some):
            guard ref.isEmpty else { throw ValidationError("calc bleu: --ref goes with --hyp; use --ref-file with --hyp-file") }
            guard !refFile.isEmpty else { throw ValidationError("calc bleu: missing --ref-file (at least one reference file)") }
        }
    }

    func run() throws {
        let (call, face) = try options.call()
        guard let hypFile else { return try CalcOutput.print(call, options.output, face: face) }
        let hypotheses = try LineFile.read(hypFile, option: "--hyp-file", command: "calc bleu")
        let references = try refFile.map { try LineFile.read($0, option: "--ref-file", command: "calc bleu") }
        for (path, lines) in zip(refFile, references) where lines.count != hypotheses.count {
            throw ValidationError("calc bleu: \(path) has \(lines.count) line\(lines.count == 1 ? "" : "s") but \(hypFile) has \(hypotheses.count)")
        }
        do {
            let result = try BLEU.corpus(hypotheses: hypotheses, references: references, options: BLEUCalculator.options(call))
            let report = BLEUCalculator.report(result, call: call, title: "BLEU, corpus of \(CalcFormat.integer(hypotheses.count)) segments")
            CalcOutput.show(report, options.output)
        } catch {
            throw ValidationError("calc bleu: \(error)")
        }
    }
}
