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

    /// Calls `emit` with each UTF-8 byte of a code point.
    @inline(__always)
    static func encode(_ value: UInt32, _ emit: (UInt8) -> Void) {
        switch value {
        case ..<0x80:
            emit(UInt8(value))
        case ..<0x800:
            emit(UInt8(0xC0 | value >> 6))
            emit(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            emit(UInt8(0xE0 | value >> 12))
            emit(UInt8(0x80 | (value >> 6) & 0x3F))
            emit(UInt8(0x80 | value & 0x3F))
        default:
            emit(UInt8(0xF0 | (value >> 18) & 0x07))
            emit(UInt8(0x80 | (value >> 12) & 0x3F))
            emit(UInt8(0x80 | (value >> 6) & 0x3F))
            emit(UInt8(0x80 | value & 0x3F))
        }
    }

    /// Appends the UTF-8 encoding of a code point to a scratch buffer.
    static func append(_ value: UInt32, to out: ByteScratch) {
        encode(value) { out.append($0) }
    }

    /// Whether `bytes` are valid UTF-8 as Python's strict decoder requires (no
    /// overlong forms, surrogates or code points above U+10FFFF); ASCII runs are
    /// checked eight bytes at a time.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        @inline(__always) func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
        var i = 0
        while i < n {
            while i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let lead = bytes[i]
            switch lead {
            case 0x00..<0x80:
                i += 1
            case 0xC2..<0xE0:
                guard i + 1 < n, isContinuation(bytes[i + 1]) else { return false }
                i += 2
            case 0xE0..<0xF0:
                guard i + 2 < n else { return false }
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80, high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard (low...high).contains(bytes[i + 1]), isContinuation(bytes[i + 2]) else { return false }
                i += 3
            case 0xF0..<0xF5:
                guard i + 3 < n else { return false }
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard (low...high).contains(bytes[i + 1]), isContinuation(bytes[i + 2]), isContinuation(bytes[i + 3])
                else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
