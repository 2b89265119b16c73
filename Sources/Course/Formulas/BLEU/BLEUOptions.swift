/// How BLEU is computed: sacrebleu 2.6.0's options, plus the textbook variant.
public struct BLEUOptions: Equatable, Sendable {
    /// How segments are split into tokens (sacrebleu `tokenize`, default `13a`).
    public var tokenizer: BLEUTokenizer
    /// Lowercase hypotheses and references first (Python `str.lower()`).
    public var lowercase: Bool
    /// What to do with zero n-gram matches (sacrebleu `smooth_method`/`smooth_value`).
    public var smoothing: BLEUSmoothing
    /// sacrebleu `effective_order`; `nil` means its default for the level:
    /// on for `BLEU.sentence`, off for `BLEU.corpus`.
    public var effectiveOrder: Bool?
    /// The largest n-gram order, 1…4 (BLEU-1 … BLEU-4; sacrebleu `max_ngram_order`).
    public var maxOrder: Int
    /// Textbook BLEU: no smoothing, no effective order, the geometric mean of the
    /// clipped precisions (0 if any is 0) times the brevity penalty.
    public var textbook: Bool

    public init(
        tokenizer: BLEUTokenizer = .mteval13a, lowercase: Bool = false, smoothing: BLEUSmoothing = .exp,
        effectiveOrder: Bool? = nil, maxOrder: Int = 4, textbook: Bool = false
    ) {
        self.tokenizer = tokenizer
        self.lowercase = lowercase
        self.smoothing = smoothing
        self.effectiveOrder = effectiveOrder
        self.maxOrder = maxOrder
        self.textbook = textbook
    }

    /// The largest order the n-gram counter supports.
    public static let orderLimit = 4

    func validated() throws(FormulaError) -> BLEUOptions {
        guard (1...BLEUOptions.orderLimit).contains(maxOrder) else {
            throw .invalidArgument("max_n", "\(maxOrder) is not between 1 and \(BLEUOptions.orderLimit)")
        }
        if let value = smoothing.value, !(value.isFinite && value >= 0) {
            throw .invalidArgument("smooth_value", "\(value) must be a finite number ≥ 0")
        }
        return self
    }
}

/// sacrebleu's smoothing methods (Chen & Cherry 2014 numbering in the comments).
public enum BLEUSmoothing: Equatable, Sendable {
    /// NIST/mteval (method 3): the k-th zero-match order gets precision 1/(2^k · total).
    case exp
    /// Method 1: a zero-match order gets precision `value`/total (default 0.1).
    case floor(Double)
    /// Method 2: add `value` to matches and totals of orders ≥ 2 (default 1).
    case addK(Double)
    /// No smoothing: a zero-match order makes the score 0.
    case none

    /// The method names sacrebleu uses.
    public static let names = ["exp", "floor", "add-k", "none"]

    /// A method by its sacrebleu name, with `value` or sacrebleu's default for it.
    public init(name: String, value: Double? = nil) throws(FormulaError) {
        switch name.lowercased() {
        case "exp": self = .exp
        case "floor": self = .floor(value ?? 0.1)
        case "add-k", "add_k", "addk": self = .addK(value ?? 1)
        case "none": self = .none
        default:
            throw .invalidArgument("smooth", "'\(name)' is not one of \(BLEUSmoothing.names.joined(separator: ", "))")
        }
        if value != nil, case .exp = self {
            throw .invalidArgument("smooth_value", "the exp method takes no value")
        }
        if value != nil, case .none = self {
            throw .invalidArgument("smooth_value", "the none method takes no value")
        }
    }

    public var name: String {
        switch self {
        case .exp: return "exp"
        case .floor: return "floor"
        case .addK: return "add-k"
        case .none: return "none"
        }
    }

    /// The floor or add-k value; `nil` for the methods that take none.
    public var value: Double? {
        switch self {
        case .floor(let v), .addK(let v): return v
        case .exp, .none: return nil
        }
    }
}
