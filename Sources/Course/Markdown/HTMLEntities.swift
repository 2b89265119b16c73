/// Decoding of HTML character references: `&amp;`, `&#169;`, `&#x1F600;`.
enum HTMLEntities {
    static let named: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(HTMLEntityTable.count)
        for row in HTMLEntityTable.packed.split(separator: "\n") {
            guard let tab = row.firstIndex(of: "\t") else { continue }
            table[String(row[..<tab])] = String(row[row.index(after: tab)...])
        }
        return table
    }()

    /// The character reference that starts at `bytes[start]` (an `&`): its text and
    /// the index after its `;`, or nil when it is not a valid reference.
    static func reference(in bytes: [UInt8], at start: Int) -> (String, Int)? {
        var i = start + 1
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var value: UInt32 = 0
            var digits = 0
            let hex = i < bytes.count && (bytes[i] | 0x20) == UInt8(ascii: "x")
            if hex { i += 1 }
            while i < bytes.count, digits < 8 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: d = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: d = UInt32(b - UInt8(ascii: "A") + 10)
                default: d = 99
                }
                if d == 99 { break }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                i += 1
            }
            guard digits > 0, digits <= (hex ? 6 : 7), i < bytes.count, bytes[i] == UInt8(ascii: ";") else { return nil }
            let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
            return (String(Character(scalar)), i + 1)
        }
        let nameStart = i
        while i < bytes.count, i - nameStart < 32, isAlphanumeric(bytes[i]) { i += 1 }
        guard i > nameStart, i < bytes.count, bytes[i] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        guard let value = named[name] else { return nil }
        return (value, i + 1)
    }

    /// `text` with every valid character reference replaced by its characters.
    static func decode(_ text: String) -> String {
        var text = text
        let hasAmpersand = text.withUTF8 { $0.contains(UInt8(ascii: "&")) }
        guard hasAmpersand else { return text }
        let bytes = Array(text.utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), let (value, next) = reference(in: bytes, at: i) {
                out.append(contentsOf: value.utf8)
                i = next
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }
}
