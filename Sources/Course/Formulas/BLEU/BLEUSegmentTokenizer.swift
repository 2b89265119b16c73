/// Where one token's bytes sit in `BLEUSegmentTokenizer.arena`, and their hash.
struct TokenSpan: Equatable {
    var start: Int
    var end: Int
    var hash: UInt64
}

/// Tokenizes segments the way sacrebleu does, on UTF-8 bytes, reusing its
/// buffers from one segment to the next. The tokenized text of every segment
/// since the last `reset()` is kept in `arena`, its tokens located by `spans`.
///
/// Each tokenizer step reproduces one Python `str.replace` or `re.sub` pass
/// (left to right, non-overlapping). The 13a patterns only name ASCII bytes, so
/// on valid UTF-8 a byte-wise pass gives the same result as a code-point-wise one:
/// a multi-byte code point is a run of bytes that match no ASCII class.
final class BLEUSegmentTokenizer {
    let tokenizer: BLEUTokenizer
    let lowercase: Bool
    let arena = ByteScratch(capacity: 1 << 14)
    private(set) var spans: [TokenSpan] = []
    private let first = ByteScratch(capacity: 1 << 12)
    private let second = ByteScratch(capacity: 1 << 12)
    private var lowered: [UInt8] = []
    private var characters: [IntlCharacter] = []
    private var charactersOut: [IntlCharacter] = []

    init(tokenizer: BLEUTokenizer, lowercase: Bool) {
        self.tokenizer = tokenizer
        self.lowercase = lowercase
        spans.reserveCapacity(256)
    }

    func reset() {
        arena.count = 0
        spans.removeAll(keepingCapacity: true)
    }

    /// The bytes of one token.
    func bytes(of span: TokenSpan) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: arena.base + span.start, count: span.end - span.start)
    }

    /// Tokenizes one segment and returns the indices of its tokens in `spans`.
    @discardableResult
    func tokenize(_ text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let firstSpan = spans.count
        if lowercase {
            lowered.removeAll(keepingCapacity: true)
            PythonText.appendLowercased(text, to: &lowered)
            let buffer = lowered
            buffer.withUnsafeBufferPointer { tokenizeCased($0) }
        } else {
            tokenizeCased(text)
        }
        return firstSpan..<spans.count
    }

    private func tokenizeCased(_ text: UnsafeBufferPointer<UInt8>) {
        let end = PythonText.rstrippedEnd(text, start: 0, end: text.count)
        let line = UnsafeBufferPointer(rebasing: text[0..<end])
        let start = arena.count
        switch tokenizer {
        case .whitespace:
            arena.append(line)
            split(from: start)
        case .characters:
            arena.append(line)
            splitCharacters(from: start)
        case .mteval13a:
            tokenize13a(line)
            split(from: start)
        case .international:
            tokenizeInternational(line)
            split(from: start)
        }
    }

    // MARK: split

    /// `str.split()` over `arena[start...]`: records each piece with its hash.
    private func split(from start: Int) {
        let buffer = arena.bytes
        let end = buffer.count
        // Work on a local array: appending to a class property pays an access check per token.
        var spans: [TokenSpan] = []
        swap(&spans, &self.spans)
        defer { swap(&spans, &self.spans) }
        var i = start
        while i < end {
            let space = PythonText.whitespaceLength(buffer, at: i, end: end)
            if space > 0 {
                i += space
                continue
            }
            let tokenStart = i
            var hash = TokenHash.seed
            while i < end {
                let b = buffer[i]
                if b &- 0x21 >= 0x5F {  // not a printable ASCII byte: maybe whitespace
                    if b < 0x80 {
                        if PythonText.isASCIIWhitespace(b) { break }
                    } else if PythonText.whitespaceLength(buffer, at: i, end: end) > 0 {
                        break
                    }
                }
                hash = TokenHash.add(b, to: hash)
                i += 1
            }
            spans.append(TokenSpan(start: tokenStart, end: i, hash: TokenHash.finish(hash)))
        }
    }

    /// `char`: every code point of `arena[start...]` that is not whitespace.
    private func splitCharacters(from start: Int) {
        let buffer = arena.bytes
        var i = start
        while i < buffer.count {
            let end = min(i + UTF8Bytes.sequenceLength(lead: buffer[i]), buffer.count)
            if PythonText.whitespaceLength(buffer, at: i, end: buffer.count) == 0 {
                var hash = TokenHash.seed
                for k in i..<end { hash = TokenHash.add(buffer[k], to: hash) }
                spans.append(TokenSpan(start: i, end: end, hash: TokenHash.finish(hash)))
            }
            i = end
        }
    }

    // MARK: 13a

    /// Writes the 13a-tokenized line to the arena (before the final split).
    private func tokenize13a(_ line: UnsafeBufferPointer<UInt8>) {
        let found = Mteval13a.scan(line)
        let hasAngle = found.angle, hasNewline = found.newline, hasAmpersand = found.ampersand
        var input = line
        if hasAngle || hasNewline || hasAmpersand {
            // Language-independent part: '<skipped>', '-\n', '\n' and four entities.
            first.count = 0
            first.append(line)
            if hasAngle { Mteval13a.replace(Mteval13a.skipped, with: [], in: first, scratch: second) }
            if hasNewline {
                Mteval13a.replace(Mteval13a.hyphenNewline, with: [], in: first, scratch: second)
                Mteval13a.replace([UInt8(ascii: "\n")], with: [Mteval13a.space], in: first, scratch: second)
            }
            if first.contains(UInt8(ascii: "&")) {
                for (entity, character) in Mteval13a.entities {
                    Mteval13a.replace(entity, with: [character], in: first, scratch: second)
                }
            }
            input = first.bytes
        }
        // ' ' + line + ' ', then the four regular expressions; the last writes to the
        // arena. A pass whose pattern needs a byte the text lacks is a plain copy.
        let inputFound = input.baseAddress == line.baseAddress ? found : Mteval13a.scan(input)
        let hasPeriodOrComma = inputFound.periodOrComma, hasDash = inputFound.dash
        if !hasPeriodOrComma && !hasDash {
            Mteval13a.padAndSplitSymbols(input, into: arena)
            return
        }
        second.count = 0
        Mteval13a.padAndSplitSymbols(input, into: second)
        if hasPeriodOrComma {
            first.count = 0
            Mteval13a.splitPeriodsAfterNonDigits(second.bytes, into: first)
            second.count = 0
            Mteval13a.splitPeriodsBeforeNonDigits(first.bytes, into: second)
        }
        if hasDash {
            Mteval13a.splitDashesAfterDigits(second.bytes, into: arena)
        } else {
            arena.append(second.bytes)
        }
    }

    // MARK: intl

    /// Writes the intl-tokenized line to the arena (before the final split).
    private func tokenizeInternational(_ line: UnsafeBufferPointer<UInt8>) {
        characters.removeAll(keepingCapacity: true)
        UTF8Bytes.forEachScalar(line) { characters.append(IntlCharacter($0)) }
        // (\P{N})(\p{P}) -> '\1 \2 '
        Self.splitPairs(characters, into: &charactersOut, spaceFirst: false) { $0.kind != .number && $1.kind == .punctuation }
        // (\p{P})(\P{N}) -> ' \1 \2'
        Self.splitPairs(charactersOut, into: &characters, spaceFirst: true) { $0.kind == .punctuation && $1.kind != .number }
        // (\p{S}) -> ' \1 '
        for character in characters {
            if character.kind == .symbol {
                arena.append(Mteval13a.space)
                UTF8Bytes.append(character.value, to: arena)
                arena.append(Mteval13a.space)
            } else {
                UTF8Bytes.append(character.value, to: arena)
            }
        }
    }

    /// Replaces `out` with `input`, each pair `a b` that `matches` (left to right,
    /// non-overlapping) written `' a b'` when `spaceFirst`, else `'a b '`: the code-point
    /// form of `Mteval13a.splitPairs`.
    @inline(__always)
    private static func splitPairs(_ input: [IntlCharacter], into out: inout [IntlCharacter], spaceFirst: Bool,
                                   where matches: (IntlCharacter, IntlCharacter) -> Bool) {
        out.removeAll(keepingCapacity: true)
        var i = 0
        while i < input.count {
            if i + 1 < input.count && matches(input[i], input[i + 1]) {
                if spaceFirst { out.append(.space) }
                out.append(input[i])
                out.append(.space)
                out.append(input[i + 1])
                if !spaceFirst { out.append(.space) }
                i += 2
            } else {
                out.append(input[i])
                i += 1
            }
        }
    }
}

/// FNV-1a over a token's bytes, finished with a multiply-xorshift so the low bits spread.
enum TokenHash {
    static let seed = FNV1a.offsetBasis

    @inline(__always)
    static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        FNV1a.mix(hash, UInt64(byte))
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        let h = (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}

/// The constant patterns of the 13a tokenizer and its four regular expressions.
enum Mteval13a {
    static let skipped = Array("<skipped>".utf8)
    static let hyphenNewline = Array("-\n".utf8)
    static let entities: [([UInt8], UInt8)] = [
        (Array("&quot;".utf8), UInt8(ascii: "\"")),
        (Array("&amp;".utf8), UInt8(ascii: "&")),
        (Array("&lt;".utf8), UInt8(ascii: "<")),
        (Array("&gt;".utf8), UInt8(ascii: ">")),
    ]

    /// Python `str.replace(pattern, replacement)` on bytes (the patterns are ASCII).
    static func replace(_ pattern: [UInt8], with replacement: [UInt8], in buffer: ByteScratch, scratch: ByteScratch) {
        guard let head = pattern.first, buffer.contains(head) else { return }
        let input = buffer.bytes
        let n = input.count, m = pattern.count
        scratch.count = 0
        var i = 0
        while i < n {
            if input[i] == head && i + m <= n && input[i..<(i + m)].elementsEqual(pattern) {
                for b in replacement { scratch.append(b) }
                i += m
            } else {
                scratch.append(input[i])
                i += 1
            }
        }
        buffer.count = 0
        buffer.append(scratch.bytes)
    }

    /// `[\{-\~\[-\` -\&\(-\+\:-\@\/]`: space, `!"#$%&()*+/:;<=>?@[\]^_`{|}~`, as a
    /// 128-bit set (bit b of the pair is byte b).
    static let symbolBits: (low: UInt64, high: UInt64) = {
        var low: UInt64 = 0, high: UInt64 = 0
        for b in 0..<128 {
            let member = (0x7B...0x7E).contains(b) || (0x5B...0x60).contains(b) || (0x20...0x26).contains(b)
                || (0x28...0x2B).contains(b) || (0x3A...0x40).contains(b) || b == 0x2F
            if member {
                if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
            }
        }
        return (low, high)
    }()

    /// Which of the bytes the 13a steps look for occur in `bytes` (16 at a time).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (angle: Bool, newline: Bool, ampersand: Bool, periodOrComma: Bool, dash: Bool) {
        typealias Lanes = SIMD16<UInt8>
        var angle = SIMDMask<Lanes.MaskStorage>(repeating: false)
        var newline = angle, ampersand = angle, periodOrComma = angle, dash = angle
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + Lanes.scalarCount <= bytes.count {
                let v = raw.loadUnaligned(fromByteOffset: i, as: Lanes.self)
                angle .|= v .== Lanes(repeating: 0x3C)
                newline .|= v .== Lanes(repeating: 0x0A)
                ampersand .|= v .== Lanes(repeating: 0x26)
                periodOrComma .|= (v .== Lanes(repeating: 0x2E)) .| (v .== Lanes(repeating: 0x2C))
                dash .|= v .== Lanes(repeating: 0x2D)
                i += Lanes.scalarCount
            }
        }
        var result = (any(angle), any(newline), any(ampersand), any(periodOrComma), any(dash))
        while i < bytes.count {
            switch bytes[i] {
            case 0x3C: result.0 = true
            case 0x0A: result.1 = true
            case 0x26: result.2 = true
            case 0x2E, 0x2C: result.3 = true
            case 0x2D: result.4 = true
            default: break
            }
            i += 1
        }
        return result
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isPeriodOrComma(_ b: UInt8) -> Bool { b == 0x2E || b == 0x2C }
    static let space = UInt8(ascii: " ")
    static let dash = UInt8(ascii: "-")

    /// `' ' + line + ' '` with every symbol (and space) replaced by `' \1 '`.
    static func padAndSplitSymbols(_ input: UnsafeBufferPointer<UInt8>, into out: ByteScratch) {
        out.reserve(extra: 3 * input.count + 6)
        let (low, high) = symbolBits
        let p = out.base
        var w = out.count
        for _ in 0..<3 {
            p[w] = space
            w += 1
        }
        for b in input {
            let isSymbol = b < 64 ? (low >> UInt64(b)) & 1 != 0 : b < 128 && (high >> UInt64(b - 64)) & 1 != 0
            if isSymbol {
                p[w] = space
                p[w + 1] = b
                p[w + 2] = space
                w += 3
            } else {
                p[w] = b
                w += 1
            }
        }
        for _ in 0..<3 {
            p[w] = space
            w += 1
        }
        out.count = w
    }

    /// `([^0-9])([\.,])` → `'\1 \2 '`: a match is a non-digit followed by `.` or `,`.
    static func splitPeriodsAfterNonDigits(_ input: UnsafeBufferPointer<UInt8>, into out: ByteScratch) {
        out.reserve(extra: 2 * input.count)
        let p = out.base
        var w = out.count
        let n = input.count
        var i = 0  // the first byte not yet copied or matched
        var k = 1  // where to look for the next `.` or `,`
        while true {
            while k < n && !isPeriodOrComma(input[k]) { k += 1 }
            guard k < n else { break }
            // input[i..<k-1] cannot start a match: copy it, then try the pair (k-1, k).
            while i < k - 1 {
                p[w] = input[i]
                w += 1
                i += 1
            }
            if !isDigit(input[k - 1]) {
                p[w] = input[k - 1]
                p[w + 1] = space
                p[w + 2] = input[k]
                p[w + 3] = space
                w += 4
                i = k + 1
                k += 2
            } else {
                k += 1
            }
        }
        while i < n {
            p[w] = input[i]
            w += 1
            i += 1
        }
        out.count = w
    }

    /// `([\.,])([^0-9])` → `' \1 \2'`: a match is `.` or `,` followed by a non-digit.
    static func splitPeriodsBeforeNonDigits(_ input: UnsafeBufferPointer<UInt8>, into out: ByteScratch) {
        splitPairs(input, into: out, spaceFirst: true) { isPeriodOrComma($0) && !isDigit($1) }
    }

    /// `([0-9])(-)` → `'\1 \2 '`.
    static func splitDashesAfterDigits(_ input: UnsafeBufferPointer<UInt8>, into out: ByteScratch) {
        splitPairs(input, into: out, spaceFirst: false) { isDigit($0) && $1 == dash }
    }

    /// Copies `input`, writing each pair of bytes `a b` that `matches` (left to
    /// right, non-overlapping) as `' a b'` when `spaceFirst`, else as `'a b '`.
    @inline(__always)
    private static func splitPairs(_ input: UnsafeBufferPointer<UInt8>, into out: ByteScratch, spaceFirst: Bool,
                                   where matches: (UInt8, UInt8) -> Bool) {
        out.reserve(extra: 2 * input.count)
        let p = out.base
        var w = out.count
        let n = input.count
        var i = 0
        while i < n {
            let b = input[i]
            if i + 1 < n && matches(b, input[i + 1]) {
                if spaceFirst {
                    p[w] = space
                    p[w + 1] = b
                    p[w + 2] = space
                    p[w + 3] = input[i + 1]
                } else {
                    p[w] = b
                    p[w + 1] = space
                    p[w + 2] = input[i + 1]
                    p[w + 3] = space
                }
                w += 4
                i += 2
            } else {
                p[w] = b
                w += 1
                i += 1
            }
        }
        out.count = w
    }
}

/// A code point with the general-category class the intl tokenizer cares about.
struct IntlCharacter {
    enum Kind: UInt8 { case number, punctuation, symbol, other }
    var value: UInt32
    var kind: Kind

    static let space = IntlCharacter(value: 0x20, kind: .other)

    init(value: UInt32, kind: Kind) {
        self.value = value
        self.kind = kind
    }

    init(_ value: UInt32) {
        self.value = value
        if value < 0x80 {
            kind = IntlCharacter.asciiKinds[Int(value)]
        } else {
            kind = IntlCharacter.kind(of: value)
        }
    }

    private static let asciiKinds: [Kind] = (0..<128).map { kind(of: UInt32($0)) }

    /// N* → number, P* → punctuation, S* → symbol (Swift's Unicode tables).
    static func kind(of value: UInt32) -> Kind {
        guard let scalar = Unicode.Scalar(value) else { return .other }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber:
            return .number
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .symbol
        default:
            return .other
        }
    }
}
