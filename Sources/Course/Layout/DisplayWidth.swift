/// Terminal column widths, measured per grapheme cluster: combining marks take no
/// column, East Asian wide characters and emoji take two, everything else one.
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies.
    ///
    /// Scalars are summed, with the rules that make an emoji sequence one glyph: marks
    /// and format characters add nothing; after an emoji, U+FE0F widens it to two
    /// columns, a skin-tone modifier adds nothing and a ZWJ joins the next emoji into
    /// it; a pair of regional indicators is one two-column flag. These rules never
    /// reach across a grapheme cluster, so summing clusters gives the same total.
    public static func of(_ text: some StringProtocol) -> Int {
        of(utf8: text.utf8)
    }

    /// The number of terminal columns of valid UTF-8 bytes.
    static func of(utf8 bytes: some Sequence<UInt8>) -> Int {
        var total = 0
        var previousWidth = 0
        var previousEmoji = false
        var joinNext = false
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x80 {
                if byte >= 0x20 && byte < 0x7F {
                    total += 1
                    previousWidth = 1
                    previousEmoji = false
                }
                joinNext = false
                continue
            }
            // Decode one multi-byte scalar (the String is valid UTF-8).
            var value: UInt32
            var extra: Int
            if byte & 0xE0 == 0xC0 {
                value = UInt32(byte & 0x1F)
                extra = 1
            } else if byte & 0xF0 == 0xE0 {
                value = UInt32(byte & 0x0F)
                extra = 2
            } else {
                value = UInt32(byte & 0x07)
                extra = 3
            }
            while extra > 0, let next = iterator.next() {
                value = (value << 6) | UInt32(next & 0x3F)
                extra -= 1
            }
            switch value {
            case 0x200D:
                joinNext = previousEmoji
                continue
            case 0xFE0F:
                if previousWidth == 1 && previousEmoji {
                    total += 1
                    previousWidth = 2
                }
                continue
            case 0x1F3FB...0x1F3FF where previousEmoji:
                continue
            case 0x1F1E6...0x1F1FF:
                // Regional indicators: a pair draws one two-column flag.
                total += 1
                previousWidth = 1
                previousEmoji = false
                joinNext = false
                continue
            default:
                break
            }
            guard let scalar = Unicode.Scalar(value) else { continue }
            let w = of(scalar)
            let emoji: Bool
            if value >= 0x2000 && value < 0x3300 {
                emoji = emojiSymbols[Int(value - 0x2000)]
            } else {
                emoji = value >= 0x1F000 && scalar.properties.isEmoji
            }
            if joinNext && emoji {
                joinNext = false
                continue
            }
            joinNext = false
            total += w
            if w > 0 {
                previousWidth = w
                previousEmoji = emoji
            }
        }
        return total
    }

    /// Whether `text` starts with a scalar that joins the glyph before it (a mark, ZWJ,
    /// U+FE0F or a skin-tone modifier): measuring it apart from what precedes it may
    /// then differ from measuring the two together.
    static func startsWithJoiner(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, first >= 0x80, let scalar = text.unicodeScalars.first else { return false }
        let v = scalar.value
        return v == 0x200D || v == 0xFE0F || (0x1F3FB...0x1F3FF).contains(v) || of(scalar) == 0
    }

    /// The number of columns one grapheme cluster occupies.
    public static func of(_ cluster: Character) -> Int {
        let utf8 = cluster.utf8
        if utf8.count == 1, let byte = utf8.first { return byte >= 0x20 && byte < 0x7F ? 1 : 0 }
        return of(String(cluster))
    }

    /// The number of columns one scalar occupies on its own (0, 1 or 2).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0x10000 { return Int(basicPlane[Int(v)]) }
        if contains(DisplayWidthTable.zero, v) { return 0 }
        if contains(DisplayWidthTable.wide, v) { return 2 }
        // Emoji newer than the generated table.
        if v >= 0x1F000 && scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Which scalars in U+2000…U+32FF are emoji (symbols that take U+FE0F or a ZWJ).
    private static let emojiSymbols: [Bool] = (0x2000..<0x3300).map { value in
        Unicode.Scalar(UInt32(value)).map { $0.properties.isEmoji } ?? false
    }

    /// Widths of the Basic Multilingual Plane, looked up directly.
    private static let basicPlane: [UInt8] = {
        var table = [UInt8](repeating: 1, count: 0x10000)
        for range in DisplayWidthTable.wide where range.lowerBound < 0x10000 {
            for v in range.lowerBound...min(range.upperBound, 0xFFFF) { table[Int(v)] = 2 }
        }
        for range in DisplayWidthTable.zero where range.lowerBound < 0x10000 {
            for v in range.lowerBound...min(range.upperBound, 0xFFFF) { table[Int(v)] = 0 }
        }
        return table
    }()

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The longest prefix of `text` that fits in `columns`, never splitting a cluster,
    /// and the width of that prefix.
    public static func prefix(_ text: String, fitting columns: Int) -> (text: String, width: Int) {
        var width = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if width + w > columns { return (String(text[..<index]), width) }
            width += w
            end = text.index(after: index)
        }
        return (String(text[..<end]), width)
    }

    /// `text` padded with spaces on the right to `columns` (unchanged if already wider).
    public static func pad(_ text: String, to columns: Int) -> String {
        let w = of(text)
        return w >= columns ? text : text + String(repeating: " ", count: columns - w)
    }
}
