/// A set of lines (of a lesson's source file) as sorted, disjoint, non-touching
/// half-open ranges: which lines of a lesson were on screen. Stored and
/// exported as text, `12-40,80-95` (each range `start-end`, end exclusive).
public struct LineRanges: Equatable, Sendable, Codable, CustomStringConvertible {
    public private(set) var ranges: [Range<Int>]

    public init(_ ranges: [Range<Int>] = []) {
        self.ranges = []
        for range in ranges { insert(range) }
    }

    public var isEmpty: Bool { ranges.isEmpty }

    /// Adds `range`, merging it with the ranges it overlaps or touches.
    public mutating func insert(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var merged = range
        var kept: [Range<Int>] = []
        kept.reserveCapacity(ranges.count + 1)
        for existing in ranges {
            if existing.upperBound < merged.lowerBound || existing.lowerBound > merged.upperBound {
                kept.append(existing)
            } else {
                merged = min(existing.lowerBound, merged.lowerBound)..<max(existing.upperBound, merged.upperBound)
            }
        }
        let at = kept.firstIndex { $0.lowerBound > merged.lowerBound } ?? kept.endIndex
        kept.insert(merged, at: at)
        ranges = kept
    }

    public func union(_ other: LineRanges) -> LineRanges {
        var out = self
        for range in other.ranges { out.insert(range) }
        return out
    }

    /// How many lines of `span` the set holds.
    public func count(within span: Range<Int>) -> Int {
        ranges.reduce(0) { total, range in
            total + max(0, min(range.upperBound, span.upperBound) - max(range.lowerBound, span.lowerBound))
        }
    }

    // MARK: Text form

    public var description: String { ranges.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",") }

    /// Reads the text form; parts that are not `start-end` with start < end are skipped.
    public init(text: String) {
        self.init(text.split(separator: ",").compactMap { part -> Range<Int>? in
            let bounds = part.split(separator: "-", maxSplits: 1)
            guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]), start < end else { return nil }
            return start..<end
        })
    }

    public init(from decoder: any Decoder) throws {
        self.init(text: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
