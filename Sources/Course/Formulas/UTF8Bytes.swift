/// Small helpers for walking valid UTF-8 without creating `String`s.
enum UTF8Bytes {
    /// The length of the sequence a lead byte starts (1 for a stray continuation byte).
    @inline(__always)
    static func sequenceLength(lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Calls `body` with each code point of valid UTF-8 `bytes`.
    static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            let length = min(sequenceLength(lead: lead), n - i)
            var value: UInt32
            switch length {
            case 1: value = UInt32(lead)
            case 2: value = UInt32(lead & 0x1F)
            case 3: value = UInt32(lead & 0x0F)
            default: value = UInt32(lead & 0x07)
            }
            if length > 1 {
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            }
            body(value)
            i += length
        }
    }

    /// Appends the UTF-8 encoding of a code point.
    static func append(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case ..<0x80:
            out.append(UInt8(value))
        case ..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | (value >> 6) & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | (value >> 18) & 0x07))
            out.append(UInt8(0x80 | (value >> 12) & 0x3F))
            out.append(UInt8(0x80 | (value >> 6) & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Whether `bytes` are valid UTF-8 (what Python's strict decoder accepts).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }
}

extension UTF8Bytes {
    /// Appends the UTF-8 encoding of a code point to a scratch buffer.
    static func append(_ value: UInt32, to out: ByteScratch) {
        var bytes: [UInt8] = []
        if value < 0x80 {
            out.append(UInt8(value))
            return
        }
        append(value, to: &bytes)
        bytes.withUnsafeBufferPointer { out.append($0) }
    }
}
