/// Where one token's bytes sit in `BLEUSegmentTokenizer.arena`.
struct TokenSpan: Equatable {
    var start: Int
    var end: Int
}

/// Tokenizes segments the way sacrebleu does, on UTF-8 bytes, reusing its
/// buffers from one segment to the next. Tokens of every segment tokenized since
/// the last `reset()` are appended to `arena`, located by `spans`.
///
/// Each tokenizer step reproduces one Python `str.replace` or `re.sub` pass
/// (left to right, non-overlapping). The 13a patterns only name ASCII bytes, so
/// on valid UTF-8 a byte-wise pass gives the same result as a code-point-wise one:
/// a multi-byte code point is a run of bytes that match no ASCII class.
struct BLEUSegmentTokenizer {
    let tokenizer: BLEUTokenizer
    let lowercase: Bool
    private(set) var arena: [UInt8] = []
    private(set) var spans: [TokenSpan] = []
    private var lowered: [UInt8] = []
    private var first: [UInt8] = []
    private var second: [UInt8] = []
    private var characters: [IntlCharacter] = []
    private var charactersOut: [IntlCharacter] = []

    init(tokenizer: BLEUTokenizer, lowercase: Bool) {
        self.tokenizer = tokenizer
        self.lowercase = lowercase
    }

    mutating func reset() {
        arena.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
    }

    /// Tokenizes one segment and returns the indices of its tokens in `spans`.
    @discardableResult
    mutating func tokenize(_ text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
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

    private mutating func tokenizeCased(_ text: UnsafeBufferPointer<UInt8>) {
        let end = PythonText.rstrippedEnd(text, start: 0, end: text.count)
        let line = UnsafeBufferPointer(rebasing: text[0..<end])
        switch tokenizer {
        case .whitespace:
            appendSplit(line)
        case .characters:
            appendCharacters(line)
        case .mteval13a:
            tokenize13a(line)
        case .international:
            tokenizeInternational(line)
        }
    }

    // MARK: split

    /// `str.split()`: appends each whitespace-separated piece of `line` as a token.
    private mutating func appendSplit(_ line: UnsafeBufferPointer<UInt8>) {
        let count = line.count
        var i = 0
        while i < count {
            let space = PythonText.whitespaceLength(line, at: i, end: count)
            if space > 0 {
                i += space
                continue
            }
            let start = i
            i += 1
            while i < count {
                let b = line[i]
                if b < 0x80 {
                    if PythonText.isASCIIWhitespace(b) { break }
                    i += 1
                } else if PythonText.whitespaceLength(line, at: i, end: count) > 0 {
                    break
                } else {
                    i += 1
                }
            }
            appendToken(UnsafeBufferPointer(rebasing: line[start..<i]))
        }
    }

    private mutating func appendToken(_ bytes: UnsafeBufferPointer<UInt8>) {
        let start = arena.count
        arena.append(contentsOf: bytes)
        spans.append(TokenSpan(start: start, end: arena.count))
    }

    /// `char`: every code point that is not whitespace.
    private mutating func appendCharacters(_ line: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < line.count {
            let length = UTF8Bytes.sequenceLength(lead: line[i])
            let end = min(i + length, line.count)
            if PythonText.whitespaceLength(line, at: i, end: line.count) == 0 {
                appendToken(UnsafeBufferPointer(rebasing: line[i..<end]))
            }
            i = end
        }
    }

    // MARK: 13a

    private mutating func tokenize13a(_ line: UnsafeBufferPointer<UInt8>) {
        // Work on local buffers (swapped back at the end) so that no pass holds
        // an access to `self` while another one writes.
        var a: [UInt8] = [], b: [UInt8] = []
        swap(&a, &first)
        swap(&b, &second)
        defer {
            swap(&a, &first)
            swap(&b, &second)
        }
        // Language-independent part: '<skipped>', '-\n', '\n' and four entities.
        a.removeAll(keepingCapacity: true)
        a.append(contentsOf: line)
        if line.contains(UInt8(ascii: "<")) {
            Mteval13a.replace(Mteval13a.skipped, with: [], in: &a, scratch: &b)
        }
        if line.contains(UInt8(ascii: "\n")) {
            Mteval13a.replace(Mteval13a.hyphenNewline, with: [], in: &a, scratch: &b)
            Mteval13a.replace([UInt8(ascii: "\n")], with: [Mteval13a.space], in: &a, scratch: &b)
        }
        if a.contains(UInt8(ascii: "&")) {
            for (entity, character) in Mteval13a.entities {
                Mteval13a.replace(entity, with: [character], in: &a, scratch: &b)
            }
        }
        // ' ' + line + ' ', then the four regular expressions, then split.
        b.removeAll(keepingCapacity: true)
        a.withUnsafeBufferPointer { Mteval13a.padAndSplitSymbols($0, into: &b) }
        a.removeAll(keepingCapacity: true)
        b.withUnsafeBufferPointer { Mteval13a.splitPeriodsAfterNonDigits($0, into: &a) }
        b.removeAll(keepingCapacity: true)
        a.withUnsafeBufferPointer { Mteval13a.splitPeriodsBeforeNonDigits($0, into: &b) }
        a.removeAll(keepingCapacity: true)
        b.withUnsafeBufferPointer { Mteval13a.splitDashesAfterDigits($0, into: &a) }
        a.withUnsafeBufferPointer { appendSplit($0) }
    }

    // MARK: intl

    private mutating func tokenizeInternational(_ line: UnsafeBufferPointer<UInt8>) {
        characters.removeAll(keepingCapacity: true)
        UTF8Bytes.forEachScalar(line) { characters.append(IntlCharacter($0)) }
        // (\P{N})(\p{P}) -> '\1 \2 '
        charactersOut.removeAll(keepingCapacity: true)
        var i = 0
        while i < characters.count {
            if i + 1 < characters.count && characters[i].kind != .number && characters[i + 1].kind == .punctuation {
                charactersOut.append(characters[i])
                charactersOut.append(.space)
                charactersOut.append(characters[i + 1])
                charactersOut.append(.space)
                i += 2
            } else {
                charactersOut.append(characters[i])
                i += 1
            }
        }
        // (\p{P})(\P{N}) -> ' \1 \2'
        characters.removeAll(keepingCapacity: true)
        i = 0
        while i < charactersOut.count {
            if i + 1 < charactersOut.count && charactersOut[i].kind == .punctuation && charactersOut[i + 1].kind != .number {
                characters.append(.space)
                characters.append(charactersOut[i])
                characters.append(.space)
                characters.append(charactersOut[i + 1])
                i += 2
            } else {
                characters.append(charactersOut[i])
                i += 1
            }
        }
        // (\p{S}) -> ' \1 ', then split on whitespace.
        var tokenStart = -1
        for character in characters {
            let isSymbol = character.kind == .symbol
            if isSymbol || PythonText.isWhitespace(character.value) {
                if tokenStart >= 0 {
                    spans.append(TokenSpan(start: tokenStart, end: arena.count))
                    tokenStart = -1
                }
                if isSymbol {
                    let start = arena.count
                    UTF8Bytes.append(character.value, to: &arena)
                    spans.append(TokenSpan(start: start, end: arena.count))
                }
            } else {
                if tokenStart < 0 { tokenStart = arena.count }
                UTF8Bytes.append(character.value, to: &arena)
            }
        }
        if tokenStart >= 0 { spans.append(TokenSpan(start: tokenStart, end: arena.count)) }
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

    /// `[\{-\~\[-\` -\&\(-\+\:-\@\/]`: space, `!"#$%&()*+/:;<=>?@[\]^_`{|}~`.
    static let isSymbol: [Bool] = (0..<256).map { b in
        (0x7B...0x7E).contains(b) || (0x5B...0x60).contains(b) || (0x20...0x26).contains(b)
            || (0x28...0x2B).contains(b) || (0x3A...0x40).contains(b) || b == 0x2F
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isPeriodOrComma(_ b: UInt8) -> Bool { b == 0x2E || b == 0x2C }
    static let space = UInt8(ascii: " ")

    /// Python `str.replace(pattern, replacement)` on bytes (the patterns are ASCII).
    static func replace(_ pattern: [UInt8], with replacement: [UInt8], in buffer: inout [UInt8], scratch: inout [UInt8]) {
        guard let head = pattern.first, buffer.contains(head) else { return }
        scratch.removeAll(keepingCapacity: true)
        let n = buffer.count, m = pattern.count
        var i = 0
        var changed = false
        while i < n {
            if buffer[i] == head && i + m <= n && buffer[i..<(i + m)].elementsEqual(pattern) {
                scratch.append(contentsOf: replacement)
                i += m
                changed = true
            } else {
                scratch.append(buffer[i])
                i += 1
            }
        }
        if changed { swap(&buffer, &scratch) }
    }

    /// `' ' + line + ' '` with every symbol (and space) replaced by `' \1 '`.
    static func padAndSplitSymbols(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.reserveCapacity(input.count * 2 + 6)
        out.append(contentsOf: [space, space, space])
        isSymbol.withUnsafeBufferPointer { table in
            for b in input {
                if table[Int(b)] {
                    out.append(space)
                    out.append(b)
                    out.append(space)
                } else {
                    out.append(b)
                }
            }
        }
        out.append(contentsOf: [space, space, space])
    }

    /// `([^0-9])([\.,])` → `'\1 \2 '`.
    static func splitPeriodsAfterNonDigits(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.reserveCapacity(input.count + input.count / 4)
        let n = input.count
        var i = 0
        while i < n {
            let b = input[i]
            if i + 1 < n && isPeriodOrComma(input[i + 1]) && !isDigit(b) {
                out.append(b)
                out.append(space)
                out.append(input[i + 1])
                out.append(space)
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    /// `([\.,])([^0-9])` → `' \1 \2'`.
    static func splitPeriodsBeforeNonDigits(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.reserveCapacity(input.count + input.count / 4)
        let n = input.count
        var i = 0
        while i < n {
            let b = input[i]
            if isPeriodOrComma(b) && i + 1 < n && !isDigit(input[i + 1]) {
                out.append(space)
                out.append(b)
                out.append(space)
                out.append(input[i + 1])
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    /// `([0-9])(-)` → `'\1 \2 '`.
    static func splitDashesAfterDigits(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.reserveCapacity(input.count + input.count / 8)
        let n = input.count
        var i = 0
        while i < n {
            let b = input[i]
            if isDigit(b) && i + 1 < n && input[i + 1] == UInt8(ascii: "-") {
                out.append(b)
                out.append(space)
                out.append(UInt8(ascii: "-"))
                out.append(space)
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
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
