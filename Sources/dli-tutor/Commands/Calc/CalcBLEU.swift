import ArgumentParser
import Course

/// `dli-tutor calc bleu`: one hypothesis (`--hyp`, `--ref`…) or a corpus of
/// files with one segment per line (`--hyp-file`, `--ref-file`…), like sacrebleu.
struct CalcBLEU: CalculatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "bleu",
        abstract: "BLEU as sacrebleu 2.6.0 computes it (sentence or corpus), or textbook BLEU.",
        discussion: "Effective order is on for one --hyp and off for files, as in sacrebleu.")
    static let calculator: any Calculator.Type = BLEUCalculator.self
    static let otherOptions: Set<String> = ["hyp-file", "ref-file"]

    @Option(parsing: .unconditional, help: ArgumentHelp("The hypothesis (translation or generated text).", valueName: "text"))
    var hyp: String?

    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("A reference for --hyp (repeat for several).", valueName: "text"))
    var ref: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("Hypotheses, one segment per line (corpus BLEU).", valueName: "file"))
    var hypFile: String?

    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("References for --hyp-file, one segment per line (repeat for several).", valueName: "file"))
    var refFile: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("13a (default), intl, char or none.", valueName: "name"))
    var tokenize: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("exp (default), floor, add-k or none.", valueName: "method"))
    var smooth: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("The floor (default 0.1) or add-k (default 1) value.", valueName: "x"))
    var smoothValue: String?

    @Flag(help: "Lowercase hypotheses and references first.")
    var lowercase = false

    @Flag(inversion: .prefixedNo, help: "Leave out orders the hypothesis has no n-grams of.")
    var effectiveOrder: Bool?

    @Option(parsing: .unconditional, help: ArgumentHelp("The largest n-gram order, 1–4 (default 4).", valueName: "n"))
    var maxN: String?

    @Flag(help: "Textbook BLEU: no smoothing, 0 if any n-gram precision is 0.")
    var textbook = false

    @OptionGroup var output: CalcOutputOptions

    /// The texts and options as calculator arguments, read by the same code as
    /// `calc eval`; with files (corpus BLEU), the options alone.
    func call() -> CalcCall {
        let texts: [(String, String?)] = [("hyp", hyp)] + ref.map { ("ref", $0) }
        return .fromOptions(Self.calculator.name, texts + [
            ("tokenize", tokenize), ("smooth", smooth), ("smooth_value", smoothValue),
            ("lowercase", lowercase ? "true" : nil), ("effective_order", effectiveOrder.map { $0 ? "true" : "false" }),
            ("max_n", maxN), ("textbook", textbook ? "true" : nil),
        ])
    }

    func validate() throws {
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
        guard let hypFile else { return try CalcOutput.print(call(), output) }
        let call = call()
        let hypotheses = try LineFile.read(hypFile, option: "--hyp-file", command: "calc bleu")
        let references = try refFile.map { try LineFile.read($0, option: "--ref-file", command: "calc bleu") }
        for (path, lines) in zip(refFile, references) where lines.count != hypotheses.count {
            throw ValidationError("calc bleu: \(path) has \(lines.count) line\(lines.count == 1 ? "" : "s") but \(hypFile) has \(hypotheses.count)")
        }
        do {
            let result = try BLEU.corpus(hypotheses: hypotheses, references: references, options: BLEUCalculator.options(call))
            let report = BLEUCalculator.report(result, call: call, title: "BLEU, corpus of \(CalcFormat.integer(hypotheses.count)) segments")
            CalcOutput.show(report, output)
        } catch {
            throw ValidationError("calc bleu: \(error)")
        }
    }
}
