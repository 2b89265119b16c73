import Foundation

/// Next-token sampling filters: temperature, then top-k, then top-p (nucleus).
public enum Sampling {
    /// Where the distribution comes from.
    public enum Input: Equatable, Sendable {
        /// Raw scores; temperature divides them before the softmax.
        case logits([Double])
        /// A probability vector (each in [0, 1], summing to 1 within 1e-6); temperature
        /// reweights it as softmax(ln p / T), i.e. p^(1/T) renormalised.
        case probabilities([Double])
    }

    /// Filter settings; `nil` leaves a filter off.
    public struct Options: Equatable, Sendable {
        public var temperature: Double
        public var topK: Int?
        public var topP: Double?
        public init(temperature: Double = 1, topK: Int? = nil, topP: Double? = nil) {
            self.temperature = temperature
            self.topK = topK
            self.topP = topP
        }
    }

    /// The distribution before and after filtering.
    public struct Result: Equatable, Sendable {
        /// After temperature, before any filter.
        public var probabilities: [Double]
        /// Token indices from most to least probable (ties: lower index first).
        public var order: [Int]
        /// Indices surviving top-k (all when top-k is off), in `order`.
        public var afterTopK: [Int]
        /// Cumulative probability along `afterTopK`, renormalised over the top-k survivors
        /// (what top-p reads).
        public var cumulative: [Double]
        /// Surviving indices in ascending index order.
        public var kept: [Int]
        /// Over all tokens: the kept ones renormalised to sum to 1, dropped ones 0.
        public var renormalized: [Double]
    }

    /// Tolerance for "the cumulative probability reaches top_p", so that 0.5 + 0.3
    /// reaches 0.8 despite binary rounding.
    public static let cumulativeTolerance = 1e-12

    /// Applies temperature, top-k and top-p in that order.
    public static func filter(_ input: Input, options: Options = Options()) throws(FormulaError) -> Result {
        let probabilities = try distribution(input, temperature: options.temperature)
        let n = probabilities.count
        if let k = options.topK, k < 1 {
            throw .invalidArgument("top_k", "must be at least 1 (got \(k))")
        }
        if let p = options.topP {
            try Checked.finite(p, "top_p")
            guard p > 0 && p <= 1 else {
                throw .invalidArgument("top_p", "must be in (0, 1] (got \(CalcFormat.number(p)))")
            }
        }
        let order = descendingOrder(probabilities)
        let afterTopK = Array(order.prefix(min(options.topK ?? n, n)))

        let massK = afterTopK.reduce(0) { $0 + probabilities[$1] }
        var cumulative: [Double] = []
        var running = 0.0
        for i in afterTopK {
            running += probabilities[i] / massK
            cumulative.append(running)
        }
        var survivors = afterTopK
        // top_p = 1 switches the filter off (as in common libraries), even where
        // rounding makes the running sum reach 1 before the last tail token.
        if let p = options.topP, p < 1 {
            let needed = (cumulative.firstIndex { $0 >= p - cumulativeTolerance } ?? (cumulative.count - 1)) + 1
            survivors = Array(afterTopK.prefix(needed))
        }

        let mass = survivors.reduce(0) { $0 + probabilities[$1] }
        var renormalized = [Double](repeating: 0, count: n)
        for i in survivors { renormalized[i] = probabilities[i] / mass }
        return Result(
            probabilities: probabilities, order: order, afterTopK: afterTopK,
            cumulative: cumulative, kept: survivors.sorted(), renormalized: renormalized)
    }

    /// The distribution after temperature.
    public static func distribution(_ input: Input, temperature: Double) throws(FormulaError) -> [Double] {
        switch input {
        case .logits(let logits):
            return try Softmax.probabilities(logits, temperature: temperature)
        case .probabilities(let p):
            try checkProbabilityVector(p)
            try Softmax.checkTemperature(temperature)
            let total = p.reduce(0, +)
            if temperature == 1 { return p.map { $0 / total } }
            return Softmax.normalizedExponentials(p.map { log($0) }, temperature: temperature)
        }
    }

    /// Fails unless `p` is non-empty, each entry in [0, 1], summing to 1 within 1e-6.
    public static func checkProbabilityVector(_ p: [Double], name: String = "probs") throws(FormulaError) {
        try Checked.nonEmpty(p, name)
        try Checked.finite(p, name)
        if let i = p.firstIndex(where: { $0 < 0 || $0 > 1 }) {
            throw .invalidArgument(name, "element \(i) is \(CalcFormat.number(p[i], digits: 6)), outside [0, 1]")
        }
        let total = p.reduce(0, +)
        guard abs(total - 1) <= 1e-6 else {
            throw .invalidArgument(name, "the probabilities sum to \(CalcFormat.number(total, digits: 8)), not 1")
        }
    }

    /// Indices by descending value; equal values keep the lower index first.
    static func descendingOrder(_ values: [Double]) -> [Int] {
        values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
    }
}
