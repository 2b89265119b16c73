import Dispatch
import Foundation

/// BLEU exactly as sacrebleu 2.6.0 computes it (`sentence_bleu`, `corpus_bleu`,
/// `BLEU.compute_bleu`), and the textbook variant.
public enum BLEU {
    /// sacrebleu `sentence_bleu`: one hypothesis against one or more references.
    /// Effective order defaults to on.
    public static func sentence(
        hypothesis: String, references: [String], options: BLEUOptions = BLEUOptions()
    ) throws(FormulaError) -> BLEUResult {
        var options = options
        if options.effectiveOrder == nil { options.effectiveOrder = true }
        return try corpus(
            hypotheses: TextLines([hypothesis]), references: references.map { TextLines([$0]) }, options: options)
    }

    /// sacrebleu `corpus_bleu`: `references[r][i]` is reference stream r for
    /// hypothesis i. Effective order defaults to off.
    public static func corpus(
        hypotheses: [String], references: [[String]], options: BLEUOptions = BLEUOptions()
    ) throws(FormulaError) -> BLEUResult {
        try corpus(hypotheses: TextLines(hypotheses), references: references.map(TextLines.init), options: options)
    }

    /// Corpus BLEU over lines held in buffers (files); effective order defaults to off.
    public static func corpus(
        hypotheses: TextLines, references: [TextLines], options: BLEUOptions = BLEUOptions()
    ) throws(FormulaError) -> BLEUResult {
        let statistics = try self.statistics(hypotheses: hypotheses, references: references, options: options)
        return try score(statistics, options: options)
    }

    /// The summed segment statistics of a corpus, gathered on all cores for large
    /// inputs (integer sums, so the result never depends on the split).
    public static func statistics(
        hypotheses: TextLines, references: [TextLines], options: BLEUOptions = BLEUOptions()
    ) throws(FormulaError) -> BLEUStatistics {
        try statistics(hypotheses: hypotheses, references: references, options: options, chunks: nil)
    }

    /// `chunks` fixes how many parts the corpus is split into (tests compare splits).
    static func statistics(
        hypotheses: TextLines, references: [TextLines], options: BLEUOptions, chunks requestedChunks: Int?
    ) throws(FormulaError) -> BLEUStatistics {
        let options = try options.validated()
        guard !references.isEmpty else { throw .invalidInput("BLEU needs at least one reference") }
        guard hypotheses.count > 0 else { throw .invalidInput("BLEU needs at least one hypothesis") }
        for (r, stream) in references.enumerated() where stream.count != hypotheses.count {
            throw .invalidInput(
                "reference stream \(r + 1) has \(stream.count) segments but there are \(hypotheses.count) hypotheses")
        }
        let segments = hypotheses.count
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let automatic = cores > 1 && segments >= 4096 ? min(cores * 8, segments / 512) : 1
        let chunks = max(1, min(requestedChunks ?? automatic, segments))
        var partial = Array(repeating: BLEUStatistics(maxOrder: options.maxOrder), count: chunks)
        withExtendedLifetime((hypotheses, references)) {
            partial.withUnsafeMutableBufferPointer { results in
                let out = UnsafeSendable(results)
                let work: @Sendable (Int) -> Void = { chunk in
                    let range = (segments * chunk / chunks)..<(segments * (chunk + 1) / chunks)
                    out.value[chunk] = segmentStatistics(
                        range, hypotheses: hypotheses, references: references, options: options)
                }
                if chunks == 1 {
                    work(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
                }
            }
        }
        var total = BLEUStatistics(maxOrder: options.maxOrder)
        for statistics in partial { total.add(statistics) }
        return total
    }

    private static func segmentStatistics(
        _ range: Range<Int>, hypotheses: TextLines, references: [TextLines], options: BLEUOptions
    ) -> BLEUStatistics {
        let counter = BLEUSegmentCounter(options: options)
        var statistics = BLEUStatistics(maxOrder: options.maxOrder)
        var referenceLines: [UnsafeBufferPointer<UInt8>] = []
        for i in range {
            referenceLines.removeAll(keepingCapacity: true)
            for stream in references { referenceLines.append(stream.line(i)) }
            counter.add(hypothesis: hypotheses.line(i), references: referenceLines, to: &statistics)
        }
        return statistics
    }

    /// sacrebleu `BLEU.compute_bleu` (or the textbook formula) from statistics.
    /// `options.effectiveOrder == nil` is taken as off, as for a corpus.
    public static func score(_ statistics: BLEUStatistics, options: BLEUOptions) throws(FormulaError) -> BLEUResult {
        var options = try options.validated()
        guard statistics.maxOrder == options.maxOrder else {
            throw .invalidInput("statistics have \(statistics.maxOrder) orders but max_n is \(options.maxOrder)")
        }
        let effectiveOrder = options.textbook ? false : (options.effectiveOrder ?? false)
        options.effectiveOrder = effectiveOrder
        let maxOrder = options.maxOrder
        let sysLength = statistics.hypothesisLength, refLength = statistics.referenceLength
        var brevityPenalty = 1.0
        if sysLength < refLength {
            brevityPenalty = sysLength > 0 ? exp(1 - Double(refLength) / Double(sysLength)) : 0.0
        }
        var counts = statistics.matches.map(Double.init)
        var totals = statistics.totals.map(Double.init)
        var precisions = Array(repeating: 0.0, count: maxOrder)
        func result(_ score: Double, orderUsed: Int) -> BLEUResult {
            BLEUResult(
                score: score, precisions: precisions, counts: counts, totals: totals,
                brevityPenalty: brevityPenalty, orderUsed: orderUsed, statistics: statistics, options: options)
        }

        if options.textbook {
            var logSum = 0.0
            var zero = false
            for n in 0..<maxOrder {
                guard totals[n] > 0, counts[n] > 0 else {
                    zero = true
                    continue
                }
                precisions[n] = 100 * counts[n] / totals[n]
                logSum += log(counts[n] / totals[n])
            }
            return result(zero ? 0 : 100 * brevityPenalty * exp(logSum / Double(maxOrder)), orderUsed: maxOrder)
        }

        // No match at any order: 0, with raw counts and no smoothing (sacrebleu #141).
        if statistics.matches.allSatisfy({ $0 == 0 }) { return result(0, orderUsed: maxOrder) }

        var mtevalFactor = 1.0
        var orderUsed = maxOrder
        for n in 0..<maxOrder {
            if case .addK(let k) = options.smoothing, n > 0 {
                counts[n] += k
                totals[n] += k
            }
            if totals[n] == 0 { break }
            if effectiveOrder { orderUsed = n + 1 }
            if counts[n] == 0 {
                switch options.smoothing {
                case .exp:
                    mtevalFactor *= 2
                    precisions[n] = 100 / (mtevalFactor * totals[n])
                case .floor(let value):
                    precisions[n] = 100 * value / totals[n]
                case .addK, .none:
                    break
                }
            } else {
                precisions[n] = 100 * counts[n] / totals[n]
            }
        }
        // sacrebleu's my_log: log(0) is floored to -9999999999, which drives the score to 0.
        var logSum = 0.0
        for p in precisions[0..<orderUsed] { logSum += p == 0 ? -9_999_999_999 : log(p) }
        return result(brevityPenalty * exp(logSum / Double(orderUsed)), orderUsed: orderUsed)
    }
}

/// Lets a buffer that each task writes at its own index cross into `concurrentPerform`.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
