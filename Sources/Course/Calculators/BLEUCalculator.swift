/// `bleu hyp=… ref=… [ref=…] [tokenize=13a] [smooth=exp] [smooth_value=]
/// [lowercase=] [effective_order=] [max_n=4] [textbook=]`: sacrebleu sentence BLEU.
public enum BLEUCalculator: Calculator {
    public static let name = "bleu"
    public static let summary = "BLEU of a hypothesis against references (sacrebleu 2.6.0, or textbook)"
    public static let arguments = [
        CalcArgument("hyp", "hypothesis", example: "the cat sat on the mat",
                     help: "The hypothesis (translation or generated text).", valueName: "text"),
        CalcArgument("ref", fields: [
            CalcField("ref", "reference", example: "the cat is on the mat"),
            CalcField("ref", "reference 2", example: "there is a cat on the mat", detail: "another reference (optional)"),
        ], help: "A reference for --hyp (repeat for several).", valueName: "text"),
        CalcArgument("tokenize", "tokenizer", example: "13a", choices: ["13a", "intl", "char", "none"], default: "13a",
                     detail: "sacrebleu's tokenizer",
                     help: "Tokenizer: 13a (default), intl, char or none.", valueName: "name"),
        CalcArgument("smooth", "smoothing", example: "exp", choices: ["exp", "floor", "add-k", "none"], default: "exp",
                     detail: "how a zero n-gram precision is smoothed",
                     help: "Smoothing: exp (default), floor, add-k or none.", valueName: "method"),
        CalcArgument("lowercase", "lowercase", example: "false", choices: CalcField.booleans, default: "false",
                     help: "Lowercase hypotheses and references first."),
        CalcArgument("effective_order", "effective order", example: "true", choices: CalcField.booleans, default: "true",
                     detail: "ignore n-gram orders the hypothesis is too short for",
                     help: "Leave out orders the hypothesis has no n-grams of."),
        CalcArgument("max_n", "max n-gram", example: "4", choices: ["1", "2", "3", "4"], default: "4",
                     detail: "the largest n-gram order", help: "The largest n-gram order, 1–4 (default 4).", valueName: "n"),
        CalcArgument("textbook", "textbook", example: "false", choices: CalcField.booleans, default: "false",
                     detail: "textbook BLEU: no smoothing, 0 if any precision is 0",
                     help: "Textbook BLEU: no smoothing, 0 if any n-gram precision is 0."),
        CalcArgument("smooth_value", help: "The floor (default 0.1) or add-k (default 1) value.", valueName: "x"),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let hypothesis = try call.requiredString("hyp")
        let references = call.values("ref")
        guard !references.isEmpty else { throw .missingArgument("ref") }
        let options = try self.options(call)
        let result = try BLEU.sentence(hypothesis: hypothesis, references: references, options: options)
        var steps = [CalcStep("hyp tokens", tokenList(hypothesis, options))]
        for (i, reference) in references.enumerated() {
            steps.append(CalcStep(references.count == 1 ? "ref tokens" : "ref \(i + 1) tokens", tokenList(reference, options)))
        }
        return report(result, call: call, title: "BLEU, sentence level", leadingSteps: steps)
    }

    /// The BLEU options named in a call (the `calc bleu` command reads its own
    /// flags through here too, so both accept exactly the same values).
    public static func options(_ call: CalcCall) throws(FormulaError) -> BLEUOptions {
        var options = BLEUOptions()
        if let name = call.string("tokenize") { options.tokenizer = try BLEUTokenizer(name: name.trimmingSpaces) }
        options.lowercase = try call.bool("lowercase") ?? false
        options.textbook = try call.bool("textbook") ?? false
        let method = call.string("smooth")
        let value = try call.double("smooth_value")
        if options.textbook && (method != nil || value != nil || call.has("effective_order")) {
            throw .invalidArgument("textbook", "textbook BLEU has no smoothing and no effective order; drop smooth, smooth_value and effective_order")
        }
        options.smoothing = try BLEUSmoothing(name: method?.trimmingSpaces ?? "exp", value: value)
        options.effectiveOrder = try call.bool("effective_order")
        options.maxOrder = try call.int("max_n") ?? 4
        return try options.validated()
    }

    /// The report for any BLEU result, sentence or corpus.
    public static func report(
        _ result: BLEUResult, call: CalcCall, title: String, leadingSteps: [CalcStep] = []
    ) -> CalcReport {
        let options = result.options
        var steps = leadingSteps
        steps.append(CalcStep("sys_len / ref_len", "\(CalcFormat.integer(result.hypothesisLength)) / \(CalcFormat.integer(result.referenceLength)) (closest reference length)"))
        for n in 0..<options.maxOrder {
            steps.append(CalcStep("p\(n + 1) (\(n + 1)-grams)", precisionText(result, n)))
        }
        steps.append(CalcStep("brevity penalty", brevityText(result)))
        if result.orderUsed < options.maxOrder {
            steps.append(CalcStep("orders used", "1…\(result.orderUsed) (effective order: no \(result.orderUsed + 1)-grams in the hypothesis)"))
        }
        steps.append(CalcStep("BLEU", "BP × exp(∑ log pₙ / \(result.orderUsed)) = \(CalcFormat.number(result.score))"))
        let variant = options.textbook ? "textbook BLEU-\(options.maxOrder)" : "sacrebleu \(options.tokenizer.name), \(options.smoothing.name) smoothing"
        let chart = CalcChart(
            title: "n-gram precision (%)", kind: .bars,
            points: result.precisions.enumerated().map { CalcChart.Point("\($0.offset + 1)-gram", $0.element) })
        return CalcReport(
            call: call, title: "\(title) (\(variant))",
            headline: "BLEU = \(CalcFormat.number(result.score, digits: 2)) (0–100)",
            steps: steps, meaning: meaning(result), charts: [chart], json: json(result))
    }

    /// `{"score", "precisions", "counts", "totals", "bp", "sys_len", "ref_len"}` as sacrebleu names them.
    public static func json(_ result: BLEUResult) -> JSONValue {
        [
            "score": .number(result.score),
            "precisions": .numbers(result.precisions),
            "counts": .array(result.counts.map(count)),
            "totals": .array(result.totals.map(count)),
            "bp": .number(result.brevityPenalty),
            "sys_len": .integer(result.hypothesisLength),
            "ref_len": .integer(result.referenceLength),
        ]
    }

    /// Counts are integers unless a fractional add-k value was added.
    private static func count(_ x: Double) -> JSONValue {
        x == x.rounded() && abs(x) < 9e15 ? .integer(Int(x)) : .number(x)
    }

    private static func tokenList(_ text: String, _ options: BLEUOptions) -> String {
        let tokens = options.tokenizer.tokens(text, lowercase: options.lowercase)
        let shown = tokens.prefix(40).joined(separator: " ")
        return "\(shown)\(tokens.count > 40 ? " …" : "") (\(tokens.count))"
    }

    private static func precisionText(_ result: BLEUResult, _ n: Int) -> String {
        let matches = result.statistics.matches[n], total = result.statistics.totals[n]
        let p = CalcFormat.number(result.precisions[n])
        var text = "\(CalcFormat.integer(matches))/\(CalcFormat.integer(total)) clipped matches"
        if result.counts[n] != Double(matches) || result.totals[n] != Double(total) {
            text += ", \(CalcFormat.number(result.counts[n]))/\(CalcFormat.number(result.totals[n])) after add-k"
        }
        guard matches == 0, result.precisions[n] > 0, result.counts[n] == 0 else { return text + " → \(p)%" }
        switch result.options.smoothing {
        case .floor(let value): return text + " → \(p)% (floor smoothing \(CalcFormat.number(value)))"
        default: return text + " → \(p)% (exp smoothing)"
        }
    }

    private static func brevityText(_ result: BLEUResult) -> String {
        let sys = result.hypothesisLength, ref = result.referenceLength
        if sys >= ref { return "1 (sys_len ≥ ref_len)" }
        if sys == 0 { return "0 (empty hypothesis)" }
        return "exp(1 − \(ref)/\(sys)) = \(CalcFormat.number(result.brevityPenalty))"
    }

    private static func meaning(_ result: BLEUResult) -> String {
        let options = result.options
        if result.statistics.matches.allSatisfy({ $0 == 0 }) {
            return "No n-gram of the hypothesis occurs in any reference, so BLEU is 0."
        }
        if let zero = (0..<options.maxOrder).first(where: { result.statistics.matches[$0] == 0 && result.statistics.totals[$0] > 0 }),
           result.score == 0
        {
            return options.textbook
                ? "No \(zero + 1)-gram matches, so the product of precisions and textbook BLEU are 0; smoothing (sacrebleu's exp) avoids that."
                : "No \(zero + 1)-gram matches and without smoothing one zero precision makes BLEU 0."
        }
        let first = CalcFormat.number(result.precisions[0], digits: 0)
        let brevity = result.brevityPenalty < 1 ? "; the short hypothesis also pays a brevity penalty" : ""
        guard options.maxOrder > 1 else {
            return "\(first)% of the hypothesis words occur in a reference (BLEU-1 ignores word order)\(brevity)."
        }
        let last = CalcFormat.number(result.precisions[options.maxOrder - 1], digits: 0)
        return "\(first)% of the words but \(last)% of the \(options.maxOrder)-grams match: word choice is closer than phrasing\(brevity)."
    }
}
