/// One line of Markdown source as bytes (tabs expanded, controls replaced), with its
/// 1-based line number. Container prefixes are removed by slicing, so nested blocks
/// keep the numbers of the lines they came from.
struct SourceLine {
    var bytes: ArraySlice<UInt8>
    var number: Int
    /// A lazy continuation line a quote or list item took in without its marker: it may
    /// only continue a paragraph (CommonMark 5.1), never start a block.
    var lazy = false

    var isBlank: Bool { bytes.allSatisfy { $0 == 0x20 } }

    /// Leading spaces.
    var indent: Int {
        var n = 0
        for b in bytes {
            guard b == 0x20 else { break }
            n += 1
        }
        return n
    }

    /// The byte `offset` bytes after the start, if any.
    subscript(offset: Int) -> UInt8? {
        let i = bytes.startIndex + offset
        return i < bytes.endIndex && offset >= 0 ? bytes[i] : nil
    }

    var count: Int { bytes.count }

    func dropping(_ n: Int) -> SourceLine {
        SourceLine(bytes: bytes.dropFirst(min(n, bytes.count)), number: number, lazy: lazy)
    }

    /// The line marked as a lazy continuation.
    var asLazy: SourceLine {
        var line = self
        line.lazy = true
        return line
    }

    /// Drops up to `n` leading spaces.
    func droppingIndent(upTo n: Int) -> SourceLine { dropping(min(indent, n)) }

    var trimmed: ArraySlice<UInt8> {
        var s = bytes
        while let f = s.first, f == 0x20 { s.removeFirst() }
        while let l = s.last, l == 0x20 { s.removeLast() }
        return s
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The lines' bytes joined with line feeds.
    static func joinedBytes(_ lines: some Collection<SourceLine>) -> [UInt8] {
        var bytes: [UInt8] = []
        for (k, line) in lines.enumerated() {
            if k > 0 { bytes.append(0x0A) }
            bytes.append(contentsOf: line.bytes)
        }
        return bytes
    }

    /// Splits text into lines: CR LF and CR end lines, tabs become spaces to the next
    /// multiple of 4, NUL and other control characters become U+FFFD (so text can never
    /// carry terminal escape sequences into the layout).
    static func split(_ text: String, firstLine: Int) -> (storage: [UInt8], lines: [SourceLine]) {
        // Fast path: no tab, carriage return or control character anywhere.
        let raw = Array(text.utf8)
        let breaks: [Int]? = raw.withUnsafeBufferPointer { buffer in
            var breaks: [Int] = []
            breaks.reserveCapacity(buffer.count / 32)
            let n = buffer.count
            var i = 0
            while i < n {
                let b = buffer[i]
                if b < 0x20 || b == 0x7F {
                    guard b == 0x0A else { return nil }
                    breaks.append(i)
                } else if b == 0xC2, i + 1 < n, buffer[i + 1] >= 0x80, buffer[i + 1] <= 0x9F {
                    return nil  // a C1 control character
                }
                i += 1
            }
            return breaks
        }
        if let breaks {
            var lines: [SourceLine] = []
            lines.reserveCapacity(breaks.count + 1)
            var start = 0
            for (k, i) in breaks.enumerated() {
                lines.append(SourceLine(bytes: raw[start..<i], number: firstLine + k))
                start = i + 1
            }
            if start < raw.count || lines.isEmpty {
                lines.append(SourceLine(bytes: raw[start...], number: firstLine + breaks.count))
            }
            return (raw, lines)
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 64)
        var ranges: [Range<Int>] = []
        var lineStart = 0
        var column = 0
        var previous: UInt8 = 0
        for b in text.utf8 {
            defer { previous = b }
            switch b {
            case 0x0A:
                if previous == 0x0D { continue }
                ranges.append(lineStart..<out.count)
                lineStart = out.count
                column = 0
            case 0x0D:
                ranges.append(lineStart..<out.count)
                lineStart = out.count
                column = 0
            case 0x09:
                let spaces = 4 - column % 4
                for _ in 0..<spaces { out.append(0x20) }
                column += spaces
            case 0x00..<0x20, 0x7F:
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                column += 1
            default:
                // C1 controls are encoded as C2 80…C2 9F.
                if previous == 0xC2, b >= 0x80, b <= 0x9F, out.last == 0xC2 {
                    out.removeLast()
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    column += 1
                    continue
                }
                out.append(b)
                if b & 0xC0 != 0x80 { column += 1 }
            }
        }
        if lineStart < out.count || ranges.isEmpty { ranges.append(lineStart..<out.count) }
        let storage = out
        var lines: [SourceLine] = []
        lines.reserveCapacity(ranges.count)
        for (k, range) in ranges.enumerated() {
            lines.append(SourceLine(bytes: storage[range], number: firstLine + k))
        }
        return (storage, lines)
    }
}
