/// Heading anchors for `#anchor` and `lesson:id#anchor` links (Content/README.md):
/// the heading text lower-cased, spaces to `-`, other punctuation dropped.
public enum Anchor {
    /// The anchor of a heading's text: `3. The closed form` → `3-the-closed-form`.
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.value < 0x80 {
                let b = UInt8(scalar.value)
                if ByteClass.isLetter(b) || ByteClass.isDigit(b) || b == UInt8(ascii: "_") {
                    out.unicodeScalars.append(scalar)
                } else if b == 0x20 || b == UInt8(ascii: "-") {
                    out += "-"
                }
                continue
            }
            if scalar == " " || scalar == "-" {
                out += "-"
            } else if scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark
            {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Slugs made unique in document order as GitHub does: `a`, `a-1`, `a-2`.
    public static func uniqueSlugs(_ texts: [String]) -> [String] {
        var registry = Registry()
        return texts.map { registry.unique(slug($0)) }
    }

    /// Hands out unique anchors in document order.
    public struct Registry: Sendable {
        private var counts: [String: Int] = [:]
        private var taken = Set<String>()
        public init() {}

        /// `base`, or `base-1`, `base-2`… when taken.
        public mutating func unique(_ base: String) -> String {
            var candidate = base
            var n = counts[base] ?? 0
            while taken.contains(candidate) {
                n += 1
                candidate = "\(base)-\(n)"
            }
            counts[base] = n
            taken.insert(candidate)
            return candidate
        }
    }
}
