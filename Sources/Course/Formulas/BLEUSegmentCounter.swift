/// Gathers one segment's BLEU statistics, reusing its buffers across segments.
///
/// The tokens of the hypothesis and its references are interned into small
/// integer ids local to the segment (a tiny open-addressing table, compared by
/// bytes). With fewer than 65,535 distinct tokens, an n-gram of order n ≤ 4 packs
/// exactly into a `UInt64` as n 16-bit lanes holding id + 1; the lanes above the
/// order stay zero, so n-grams of different orders never share a key. Sorted key
/// arrays are then matched with a merge walk: no hashing of n-grams, no
/// allocation per segment. Larger segments take an exact dictionary path.
struct BLEUSegmentCounter {
    private var tokenizer: BLEUSegmentTokenizer
    private let maxOrder: Int
    private var ids: [Int] = []
    private var slotStamp: [UInt32] = []
    private var slotHash: [UInt64] = []
    private var slotSpan: [Int] = []
    private var slotID: [Int] = []
    private var stamp: UInt32 = 0
    private var hypothesisKeys: [UInt64] = []
    private var referenceKeys: [UInt64] = []
    private var referenceKeyStarts: [Int] = []
    private var referenceCursors: [Int] = []
    private var referenceTokens: [Range<Int>] = []

    /// Segments with this many distinct tokens or more take the dictionary path
    /// (lower it in tests to exercise that path).
    private let packedLimit: Int

    init(options: BLEUOptions, packedLimit: Int = 0xFFFF) {
        tokenizer = BLEUSegmentTokenizer(tokenizer: options.tokenizer, lowercase: options.lowercase)
        maxOrder = options.maxOrder
        self.packedLimit = min(packedLimit, 0xFFFF)
    }

    /// Adds the statistics of one hypothesis against its references to `statistics`.
    mutating func add(
        hypothesis: UnsafeBufferPointer<UInt8>, references: [UnsafeBufferPointer<UInt8>],
        to statistics: inout BLEUStatistics
    ) {
        tokenizer.reset()
        let hypothesisTokens = tokenizer.tokenize(hypothesis)
        referenceTokens.removeAll(keepingCapacity: true)
        for reference in references {
            referenceTokens.append(tokenizer.tokenize(reference))
        }
        let hypothesisLength = hypothesisTokens.count
        statistics.hypothesisLength += hypothesisLength
        statistics.referenceLength += BLEUStatistics.closestReferenceLength(
            hypothesisLength: hypothesisLength, referenceLengths: referenceTokens.lazy.map(\.count))
        for n in 1...maxOrder {
            statistics.totals[n - 1] += max(0, hypothesisLength - n + 1)
        }
        let distinct = intern()
        if distinct < packedLimit {
            addPackedMatches(hypothesisTokens, to: &statistics)
        } else {
            addDictionaryMatches(hypothesisTokens, to: &statistics)
        }
    }

    // MARK: interning

    /// Gives every token in the tokenizer's arena an id (equal bytes, equal id);
    /// returns the number of distinct tokens.
    private mutating func intern() -> Int {
        let spans = tokenizer.spans
        let count = spans.count
        var capacity = 64
        while capacity < 2 * count { capacity <<= 1 }
        if slotStamp.count < capacity {
            slotStamp = Array(repeating: 0, count: capacity)
            slotHash = Array(repeating: 0, count: capacity)
            slotSpan = Array(repeating: 0, count: capacity)
            slotID = Array(repeating: 0, count: capacity)
            stamp = 0
        }
        if stamp == UInt32.max {
            for i in slotStamp.indices { slotStamp[i] = 0 }
            stamp = 0
        }
        stamp += 1
        let mask = capacity - 1
        ids.removeAll(keepingCapacity: true)
        var next = 0
        let arenaBytes = tokenizer.arena
        arenaBytes.withUnsafeBufferPointer { arena in
            for k in 0..<count {
                let span = spans[k]
                let hash = BLEUSegmentCounter.hash(arena, span)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    if slotStamp[slot] != stamp {
                        slotStamp[slot] = stamp
                        slotHash[slot] = hash
                        slotSpan[slot] = k
                        slotID[slot] = next
                        ids.append(next)
                        next += 1
                        break
                    }
                    if slotHash[slot] == hash
                        && BLEUSegmentCounter.equal(arena, span, spans[slotSpan[slot]])
                    {
                        ids.append(slotID[slot])
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        return next
    }

    /// FNV-1a, finished with a multiply-xorshift so the low bits spread.
    @inline(__always)
    private static func hash(_ arena: UnsafeBufferPointer<UInt8>, _ span: TokenSpan) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in span.start..<span.end {
            h = (h ^ UInt64(arena[i])) &* 0x0000_0100_0000_01B3
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }

    @inline(__always)
    private static func equal(_ arena: UnsafeBufferPointer<UInt8>, _ a: TokenSpan, _ b: TokenSpan) -> Bool {
        let length = a.end - a.start
        guard length == b.end - b.start else { return false }
        for i in 0..<length where arena[a.start + i] != arena[b.start + i] { return false }
        return true
    }

    // MARK: packed keys

    private func appendKeys(_ tokens: Range<Int>, to keys: inout [UInt64]) {
        for i in tokens {
            var key: UInt64 = 0
            for n in 0..<maxOrder where i + n < tokens.upperBound {
                key = key << 16 | UInt64(ids[i + n] + 1)
                keys.append(key)
            }
        }
    }

    private mutating func addPackedMatches(_ hypothesis: Range<Int>, to statistics: inout BLEUStatistics) {
        hypothesisKeys.removeAll(keepingCapacity: true)
        appendKeys(hypothesis, to: &hypothesisKeys)
        hypothesisKeys.sort()
        referenceKeys.removeAll(keepingCapacity: true)
        referenceKeyStarts.removeAll(keepingCapacity: true)
        for tokens in referenceTokens {
            let start = referenceKeys.count
            referenceKeyStarts.append(start)
            appendKeys(tokens, to: &referenceKeys)
            referenceKeys[start...].sort()
        }
        referenceKeyStarts.append(referenceKeys.count)
        referenceCursors.removeAll(keepingCapacity: true)
        referenceCursors.append(contentsOf: referenceKeyStarts.dropLast())

        let hypothesisCount = hypothesisKeys.count
        var i = 0
        while i < hypothesisCount {
            let key = hypothesisKeys[i]
            var j = i + 1
            while j < hypothesisCount && hypothesisKeys[j] == key { j += 1 }
            var best = 0
            for r in 0..<referenceCursors.count {
                let end = referenceKeyStarts[r + 1]
                var cursor = referenceCursors[r]
                while cursor < end && referenceKeys[cursor] < key { cursor += 1 }
                let first = cursor
                while cursor < end && referenceKeys[cursor] == key { cursor += 1 }
                referenceCursors[r] = cursor
                best = max(best, cursor - first)
            }
            if best > 0 {
                let order = (64 - key.leadingZeroBitCount + 15) / 16
                statistics.matches[order - 1] += min(j - i, best)
            }
            i = j
        }
    }

    // MARK: dictionary fallback

    private func ngramCounts(_ tokens: Range<Int>) -> [[Int]: Int] {
        var counts: [[Int]: Int] = [:]
        for i in tokens {
            for n in 1...maxOrder where i + n <= tokens.upperBound {
                counts[Array(ids[i..<(i + n)]), default: 0] += 1
            }
        }
        return counts
    }

    private func addDictionaryMatches(_ hypothesis: Range<Int>, to statistics: inout BLEUStatistics) {
        var best: [[Int]: Int] = [:]
        for tokens in referenceTokens {
            for (ngram, count) in ngramCounts(tokens) {
                best[ngram] = max(best[ngram] ?? 0, count)
            }
        }
        for (ngram, count) in ngramCounts(hypothesis) {
            if let reference = best[ngram] {
                statistics.matches[ngram.count - 1] += min(count, reference)
            }
        }
    }
}
