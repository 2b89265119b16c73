/// `sampling logits=2,1,0.5,-1 temperature=0.7 top_k=3 top_p=0.9`.
public struct SamplingCalculator: Calculator {
    public static let name = "sampling"
    public static let summary = "Softmax with temperature, then top-k and top-p (nucleus) filtering."
    public static let arguments = [
        CalcArgument("logits", "logits", example: "2.0,1.0,0.5,-1.0,-2.0", detail: "logits (or give probs= below)",
                     help: "Logits, comma-separated.", valueName: "x,y,…"),
        CalcArgument("tokens", "tokens", example: "cat,dog,car,sky,sea", detail: "token labels (optional)",
                     help: "Token labels for the output.", valueName: "a,b,…"),
        CalcArgument("temperature", "temperature", example: "0.8", default: "1", help: "Temperature > 0 (default 1)."),
        CalcArgument("top_k", "top-k", example: "4", default: "off", help: "Keep the k most probable tokens."),
        CalcArgument("top_p", "top-p", example: "0.9", default: "1 (off)",
                     help: "Keep the smallest prefix reaching this probability, in (0, 1]."),
        CalcArgument("probs", help: "Probabilities instead of logits (sum to 1).", valueName: "p,p,…"),
    ]

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let input: Sampling.Input
        switch (try call.vector("logits"), try call.vector("probs")) {
        case (.some, .some): throw .invalidInput("give either logits= or probs=, not both")
        case (nil, nil): throw .missingArgument("logits (or probs)")
        case (let logits?, nil): input = .logits(logits)
        case (nil, let probs?): input = .probabilities(probs)
        }
        let options = Sampling.Options(
            temperature: try call.double("temperature") ?? 1, topK: try call.int("top_k"), topP: try call.double("top_p"))
        let r = try Sampling.filter(input, options: options)
        let n = r.probabilities.count
        let labels = call.list("tokens") ?? r.probabilities.indices.map(String.init)
        guard labels.count == n else {
            throw .invalidArgument("tokens", "\(labels.count) labels for \(n) tokens")
        }
        func names(_ indices: [Int]) -> String { indices.map { labels[$0] }.joined(separator: ", ") }
        // A flag per token: searching `kept` for every token is quadratic in the vocabulary.
        var isKept = [Bool](repeating: false, count: n)
        for i in r.kept { isKept[i] = true }
        let keptInOrder = r.order.filter { isKept[$0] }

        var steps: [CalcStep] = []
        switch input {
        case .logits(let logits):
            steps.append(CalcStep("logits", CalcFormat.vector(logits)))
            steps.append(CalcStep("softmax(logits/\(CalcFormat.number(options.temperature)))", CalcFormat.vector(r.probabilities)))
        case .probabilities(let p):
            steps.append(CalcStep("probs", CalcFormat.vector(p)))
            if options.temperature != 1 {
                steps.append(CalcStep("p^(1/\(CalcFormat.number(options.temperature))) renormalised", CalcFormat.vector(r.probabilities)))
            }
        }
        steps.append(CalcStep("most → least probable", names(r.order)))
        if let k = options.topK {
            steps.append(CalcStep("top-k = \(k) keeps", names(r.afterTopK)))
        }
        if let p = options.topP {
            let cumulative = zip(r.afterTopK, r.cumulative).map { "\(labels[$0]) \(CalcFormat.number($1))" }
            steps.append(CalcStep(options.topK == nil ? "cumulative" : "cumulative (renormalised top-k)",
                                  cumulative.joined(separator: ", ")))
            steps.append(CalcStep("top-p = \(CalcFormat.number(p)) keeps",
                                  p < 1 ? "smallest prefix reaching \(CalcFormat.number(p)): \(names(keptInOrder))"
                                        : "all (top_p = 1 switches the filter off)"))
        }
        let best = r.order[0]
        let tokens = n == 1 ? "1 token" : "\(n) tokens"
        let meaning: String
        let charts: [CalcChart]
        if r.kept.count == n {
            // Nothing filtered: the renormalised distribution is the same one.
            meaning = "Nothing is filtered: sampling picks among all \(tokens) with these probabilities; the most likely, \(labels[best]), has \(CalcFormat.percent(r.probabilities[best]))."
            charts = [
                CalcChart(title: "Probabilities (after temperature)", kind: .bars,
                          points: r.probabilities.indices.map { CalcChart.Point(labels[$0], r.probabilities[$0], highlighted: true) }),
            ]
        } else {
            steps.append(CalcStep("renormalised", CalcFormat.vector(r.renormalized)))
            meaning = "Sampling now picks among \(r.kept.count == 1 ? "1 token" : "\(r.kept.count) tokens"); the most likely, \(labels[best]), rises from \(CalcFormat.percent(r.probabilities[best])) to \(CalcFormat.percent(r.renormalized[best]))."
            charts = [
                CalcChart(title: "Before filtering (after temperature)", kind: .bars,
                          points: r.probabilities.indices.map { CalcChart.Point(labels[$0], r.probabilities[$0], highlighted: isKept[$0]) }),
                CalcChart(title: "After filtering (renormalised)", kind: .bars,
                          points: r.renormalized.indices.map { CalcChart.Point(labels[$0], r.renormalized[$0], highlighted: isKept[$0]) }),
            ]
        }
        return CalcReport(
            call: call, title: "Sampling: temperature, top-k, top-p",
            headline: "kept \(r.kept.count) of \(tokens): \(names(keptInOrder))",
            steps: steps,
            meaning: meaning,
            charts: charts,
            json: [
                "probabilities": .numbers(r.probabilities),
                "kept": .integers(r.kept),
                "renormalized": .numbers(r.renormalized),
                "kept_count": .integer(r.kept.count),
                "order": .integers(r.order),
                "temperature": .number(options.temperature),
            ])
    }
}
