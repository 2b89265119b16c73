/// sacrebleu's tokenizers. Each one ends with a Python whitespace split.
public enum BLEUTokenizer: String, CaseIterable, Equatable, Sendable {
    /// `13a`, mteval-v13a: splits ASCII punctuation and symbols, keeps `3.5`, `1,000`, `don't`.
    case mteval13a = "13a"
    /// `intl`, mteval-v14 international: splits Unicode punctuation (P*) and symbols (S*).
    case international = "intl"
    /// `char`: every code point except whitespace is a token.
    case characters = "char"
    /// `none`: whitespace split only.
    case whitespace = "none"

    /// The name sacrebleu uses (`13a`, `intl`, `char`, `none`).
    public var name: String { rawValue }

    public static var names: [String] { allCases.map(\.rawValue) }

    /// A tokenizer by its sacrebleu name.
    public init(name: String) throws(FormulaError) {
        guard let tokenizer = BLEUTokenizer(rawValue: name.lowercased()) else {
            throw .invalidArgument("tokenize", "'\(name)' is not one of \(BLEUTokenizer.names.joined(separator: ", "))")
        }
        self = tokenizer
    }

    /// The tokens of one segment exactly as sacrebleu counts them (after the
    /// optional lowercasing and the `rstrip()`).
    public func tokens(_ text: String, lowercase: Bool = false) -> [String] {
        let tokenizer = BLEUSegmentTokenizer(tokenizer: self, lowercase: lowercase)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { tokenizer.tokenize($0) }
        return tokenizer.spans.map { String(decoding: tokenizer.bytes(of: $0), as: UTF8.self) }
    }
}
