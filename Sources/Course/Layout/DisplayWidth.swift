/// Terminal column widths, measured per grapheme cluster: combining marks take no
/// column, East Asian wide characters and emoji take two, everything else one.
///
/// Interim version written by the TUI branch; the Markdown/layout branch owns this
/// file and its generated table replaces it when it lands.
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        var asciiOnly = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            asciiOnly = false
            break
        }
        if asciiOnly { return text.utf8.count }
        var total = 0
        for cluster in text { total += of(cluster) }
        return total
    }

    /// The number of columns one grapheme cluster occupies (0, 1 or 2).
    public static func of(_ cluster: Character) -> Int {
        let utf8 = cluster.utf8
        if utf8.count == 1, let byte = utf8.first { return byte >= 0x20 && byte < 0x7F ? 1 : 0 }
        var width = 0
        var emoji = false
        for scalar in cluster.unicodeScalars {
            switch scalar.value {
            case 0xFE0F: emoji = true
            case 0x1F1E6...0x1F1FF: emoji = true
            default: width += of(scalar)
            }
        }
        return emoji ? 2 : min(width, 2)
    }

    /// The number of columns one scalar occupies on its own (0, 1 or 2).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if v >= 0x1160 && v <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants
        if wide.contains(where: { $0.contains(v) }) { return 2 }
        if v >= 0x1F000 && scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

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
