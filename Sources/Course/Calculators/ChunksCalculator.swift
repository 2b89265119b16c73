/// `chunks tokens=10000 size=512 overlap=64`: how many chunks a RAG splitter makes.
public struct ChunksCalculator: Calculator {
    public static let name = "chunks"
    public static let summary = "RAG chunking: stride, chunk count and chunk start offsets."
    public static let arguments = [
        CalcArgument("tokens", "tokens", example: "10000", detail: "tokens in the document",
                     help: "Tokens in the document."),
        CalcArgument("size", "chunk size", example: "512", help: "Tokens per chunk."),
        CalcArgument("overlap", "overlap", example: "64", default: "0", detail: "tokens shared by neighbouring chunks",
                     help: "Tokens shared by neighbouring chunks (default 0)."),
    ]
    /// JSON lists every start offset up to this many chunks.
    static let maxListedStarts = 1000
    /// The steps show this many starts from each end.
    static let shownStarts = 5

    public static func evaluate(_ call: CalcCall) throws(FormulaError) -> CalcReport {
        try call.rejectUnknown(arguments)
        let r = try ChunkCount.of(
            tokens: try call.requiredInt("tokens"), size: try call.requiredInt("size"),
            overlap: try call.int("overlap") ?? 0)
        let i = CalcFormat.integer
        var steps = [CalcStep("stride = size − overlap", "\(i(r.size)) − \(i(r.overlap)) = \(i(r.stride))")]
        if r.tokens == 0 {
            steps.append(CalcStep("chunks", "0 (empty document)"))
        } else if r.tokens <= r.size {
            steps.append(CalcStep("chunks", "1 (tokens ≤ size)"))
        } else {
            steps.append(CalcStep("chunks = 1 + ⌈(tokens − size)/stride⌉",
                                  "1 + ⌈\(i(r.tokens - r.size))/\(i(r.stride))⌉ = \(i(r.chunks))"))
        }
        var json: [(String, JSONValue)] = [("chunks", .integer(r.chunks)), ("stride", .integer(r.stride))]
        if r.chunks > 0 {
            let indices = r.chunks <= 2 * shownStarts
                ? Array(0..<r.chunks)
                : Array(0..<shownStarts) + Array((r.chunks - shownStarts)..<r.chunks)
            var shown = indices.map { i(r.start(ofChunk: $0)) }
            if r.chunks > 2 * shownStarts { shown.insert("…", at: shownStarts) }
            steps.append(CalcStep("starts", shown.joined(separator: ", ")))
            let last = r.chunks - 1
            steps.append(CalcStep("last chunk", "tokens \(i(r.start(ofChunk: last))) to \(i(r.end(ofChunk: last) - 1)) (\(i(r.end(ofChunk: last) - r.start(ofChunk: last))) tokens)"))
            if r.chunks <= maxListedStarts {
                json.append(("starts", .integers((0..<r.chunks).map(r.start(ofChunk:)))))
            }
            json.append(("last_start", .integer(r.start(ofChunk: last))))
        }
        let stored = storedTokens(r)
        if let stored { json.append(("stored_tokens", .integer(stored))) }
        let meaning: String
        if r.chunks > 1, let stored {
            meaning = "Neighbouring chunks share \(i(r.overlap)) tokens, so the index stores \(i(stored)) tokens for a \(i(r.tokens))-token document (\(CalcFormat.number(Double(stored) / Double(r.tokens), digits: 2))×)."
        } else {
            meaning = r.chunks == 1 ? "The whole document fits in one chunk." : "An empty document makes no chunks."
        }
        return CalcReport(
            call: call, title: "RAG chunking",
            headline: "\(i(r.chunks)) chunk\(r.chunks == 1 ? "" : "s") with stride \(i(r.stride))",
            steps: steps, meaning: meaning, json: .object(json))
    }

    /// Tokens summed over all chunks (overlaps counted twice), or nil if that overflows.
    static func storedTokens(_ r: ChunkCount.Result) -> Int? {
        guard r.chunks > 1 else { return r.tokens }
        let (full, overflow) = (r.chunks - 1).multipliedReportingOverflow(by: r.size)
        guard !overflow else { return nil }
        let last = r.end(ofChunk: r.chunks - 1) - r.start(ofChunk: r.chunks - 1)
        let (total, overflow2) = full.addingReportingOverflow(last)
        return overflow2 ? nil : total
    }
}
