/// Gathers one segment's BLEU statistics, reusing its tables across segments
/// (one counter per thread).
///
/// Tokens of the hypothesis and its references are interned into small ids
/// local to the segment (an open-addressing table, compared by bytes). With
/// fewer than 65,535 distinct tokens, an n-gram of order n ≤ 4 packs exactly into
/// a `UInt64` as n 16-bit lanes holding id + 1; the lanes above the order stay
/// zero, so n-grams of different orders never share a key. One open-addressing
/// table then holds, per reference n-gram, its largest count in any reference;
/// each hypothesis occurrence of an n-gram is a match while its running count is
/// within that maximum, which is exactly min(count, max reference count).
/// Tables are cleared by bumping a stamp, so a segment allocates nothing.
/// Larger segments take an exact dictionary path.
final class BLEUSegmentCounter {
    private let tokenizer: BLEUSegmentTokenizer
    private let maxOrder: Int
    /// Segments with this many distinct tokens or more take the dictionary path
    /// (lowered in tests to exercise that path).
    private let packedLimit: Int
    private var ids: [Int] = []
    /// Per token id: bit 0 if it occurs in the hypothesis, bit 1 if in a reference.
    private var presence: [UInt8] = []
    private var referenceTokens: [Range<Int>] = []
    private var tokenTable = StampedTable<TokenSlot>()
    private var ngramTable = StampedTable<NGramSlot>()

    init(options: BLEUOptions, packedLimit: Int = 0xFFFF) {
        tokenizer = BLEUSegmentTokenizer(tokenizer: options.tokenizer, lowercase: options.lowercase)
        maxOrder = options.maxOrder
        self.packedLimit = min(packedLimit, 0xFFFF)
    }

    /// Adds the statistics of one hypothesis against its references to `statistics`.
    func add(
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
        let tokenCount = tokenizer.spans.count
        let distinct = intern()
        if distinct < packedLimit && tokenCount < Int(Int32.max) && references.count < Int(Int32.max) {
            addPackedMatches(hypothesisTokens, distinctTokens: distinct, to: &statistics)
        } else {
            addDictionaryMatches(hypothesisTokens, to: &statistics)
        }
    }

    // MARK: interning

    struct TokenSlot: TableSlot {
        var stamp: UInt32 = 0
        var hash: UInt64 = 0
        var span = 0
        var id = 0
    }

    /// Gives every token of the segment an id (equal bytes, equal id); returns
    /// the number of distinct tokens.
    private func intern() -> Int {
        let spans = tokenizer.spans
        let arena = tokenizer.arena.base
        let (slots, mask, stamp) = tokenTable.prepare(for: spans.count)
        // A local array: appending to a class property pays an access check per token.
        var ids: [Int] = []
        swap(&ids, &self.ids)
        defer { swap(&ids, &self.ids) }
        ids.removeAll(keepingCapacity: true)
        var next = 0
        for k in 0..<spans.count {
            let span = spans[k]
            var slot = Int(truncatingIfNeeded: span.hash) & mask
            while true {
                if slots[slot].stamp != stamp {
                    slots[slot] = TokenSlot(stamp: stamp, hash: span.hash, span: k, id: next)
                    ids.append(next)
                    next += 1
                    break
                }
                if slots[slot].hash == span.hash && Self.equalBytes(arena, span, spans[slots[slot].span]) {
                    ids.append(slots[slot].id)
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        return next
    }

    @inline(__always)
    private static func equalBytes(_ arena: UnsafeMutablePointer<UInt8>, _ a: TokenSpan, _ b: TokenSpan) -> Bool {
        let length = a.end - a.start
        guard length == b.end - b.start else { return false }
        for i in 0..<length where arena[a.start + i] != arena[b.start + i] { return false }
        return true
    }

    // MARK: packed keys

    /// 32 bytes; the counts fit in 32 bits because packed segments have fewer
    /// than 2³¹ tokens (`add` checks).
    struct NGramSlot: TableSlot {
        var key: UInt64 = 0
        var stamp: UInt32 = 0
        /// The reference being counted, its count so far, and the largest count in any reference.
        var reference: Int32 = 0
        var count: Int32 = 0
        var maximum: Int32 = 0
        /// Occurrences in the hypothesis so far.
        var hypothesisCount: Int32 = 0
    }

    @inline(__always)
    private static func slotIndex(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private func addPackedMatches(_ hypothesis: Range<Int>, distinctTokens: Int, to statistics: inout BLEUStatistics) {
        let referenceTokens = self.referenceTokens
        let maxOrder = self.maxOrder
        var referenceNGrams = 0
        for tokens in referenceTokens { referenceNGrams += tokens.count * maxOrder }
        let (slots, mask, stamp) = ngramTable.prepare(for: referenceNGrams)
        // An n-gram with a token that only one side has cannot match: skip it
        // (and every longer n-gram from the same position).
        presence.removeAll(keepingCapacity: true)
        presence.append(contentsOf: repeatElement(0, count: distinctTokens))
        for i in hypothesis { presence[ids[i]] |= 1 }
        for tokens in referenceTokens { for i in tokens { presence[ids[i]] |= 2 } }
        var matches = SIMD4<Int>()
        ids.withUnsafeBufferPointer { ids in presence.withUnsafeBufferPointer { presence in
            for (index, tokens) in referenceTokens.enumerated() {
                let r = Int32(truncatingIfNeeded: index)
                for i in tokens {
                    var key: UInt64 = 0
                    for n in 0..<min(maxOrder, tokens.upperBound - i) {
                        let id = ids[i + n]
                        if presence[id] != 3 { break }
                        key = key << 16 | UInt64(id + 1)
                        var slot = Self.slotIndex(key, mask)
                        while slots[slot].stamp == stamp && slots[slot].key != key { slot = (slot + 1) & mask }
                        if slots[slot].stamp != stamp {
                            slots[slot] = NGramSlot(key: key, stamp: stamp, reference: r, count: 1, maximum: 1)
                        } else {
                            if slots[slot].reference != r {
                                slots[slot].reference = r
                                slots[slot].count = 0
                            }
                            slots[slot].count += 1
                            slots[slot].maximum = max(slots[slot].maximum, slots[slot].count)
                        }
                    }
                }
            }
            for i in hypothesis {
                var key: UInt64 = 0
                for n in 0..<min(maxOrder, hypothesis.upperBound - i) {
                    let id = ids[i + n]
                    if presence[id] != 3 { break }
                    key = key << 16 | UInt64(id + 1)
                    var slot = Self.slotIndex(key, mask)
                    while slots[slot].stamp == stamp && slots[slot].key != key { slot = (slot + 1) & mask }
                    guard slots[slot].stamp == stamp else { continue }
                    slots[slot].hypothesisCount += 1
                    if slots[slot].hypothesisCount <= slots[slot].maximum { matches[n] &+= 1 }
                }
            }
        } }
        for n in 0..<maxOrder { statistics.matches[n] += matches[n] }
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

/// Slots in raw memory, at least twice as many as the entries they will hold,
/// cleared in O(1) by moving to a new stamp.
struct StampedTable<Slot: TableSlot> {
    private var storage = SlotStorage<Slot>()
    private var stamp: UInt32 = 0

    /// Makes room for `entries` and starts a new generation; returns the slots,
    /// the index mask and the stamp that marks a slot as used in this generation.
    mutating func prepare(for entries: Int) -> (UnsafeMutablePointer<Slot>, Int, UInt32) {
        var capacity = 64
        while capacity < 2 * entries { capacity <<= 1 }
        if storage.capacity < capacity || stamp == UInt32.max {
            storage = SlotStorage(capacity: max(capacity, storage.capacity))
            stamp = 0
        }
        stamp += 1
        return (storage.slots, capacity - 1, stamp)
    }
}

/// A slot whose `init()` has stamp 0, which no generation uses.
protocol TableSlot {
    init()
}

/// Slot memory filled with unused slots.
private final class SlotStorage<Slot: TableSlot> {
    let slots: UnsafeMutablePointer<Slot>
    let capacity: Int

    init(capacity: Int = 0) {
        self.capacity = capacity
        slots = .allocate(capacity: max(capacity, 1))
        slots.initialize(repeating: Slot(), count: max(capacity, 1))
    }

    deinit {
        slots.deinitialize(count: max(capacity, 1))
        slots.deallocate()
    }
}
