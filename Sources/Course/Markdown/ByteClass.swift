/// Byte and scalar classes the Markdown grammar is written in.
enum ByteClass {
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    /// Unicode whitespace (CommonMark: Zs plus tab, line feed, form feed, carriage return).
    static func isWhitespace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        if scalar.value < 0x80 { return isSpace(UInt8(scalar.value)) }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    /// Unicode punctuation or symbol (CommonMark 0.31).
    static func isPunctuation(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.value < 0x80 { return isASCIIPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
            .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// The scalar that starts at byte `i` of valid UTF-8, or nil past the end.
    static func scalar(in bytes: [UInt8], at i: Int) -> Unicode.Scalar? {
        guard i >= 0, i < bytes.count else { return nil }
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return Unicode.Scalar(b0) }
        var length = 0
        var value: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { length = 2; value = b0 & 0x1F }
        else if b0 & 0xF0 == 0xE0 { length = 3; value = b0 & 0x0F }
        else if b0 & 0xF8 == 0xF0 { length = 4; value = b0 & 0x07 }
        else { return nil }
        guard i + length <= bytes.count else { return nil }
        for k in 1..<length { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// The scalar that ends just before byte `i`, or nil at the start.
    static func scalar(in bytes: [UInt8], before i: Int) -> Unicode.Scalar? {
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return scalar(in: bytes, at: j)
    }
}
