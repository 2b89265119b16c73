/// What a calculator shows: a headline answer, the intermediate steps that
/// produced it ("show your work"), a plain-language reading, an optional chart,
/// and the stable JSON the CLI prints and quiz checks read.
public struct CalcReport: Sendable {
    public var call: CalcCall
    public var title: String
    public var headline: String
    public var steps: [CalcStep]
    public var meaning: String?
    public var charts: [CalcChart]
    public var json: JSONValue

    public init(
        call: CalcCall, title: String, headline: String, steps: [CalcStep] = [],
        meaning: String? = nil, charts: [CalcChart] = [], json: JSONValue
    ) {
        self.call = call
        self.title = title
        self.headline = headline
        self.steps = steps
        self.meaning = meaning
        self.charts = charts
        self.json = json
    }

    /// The value of a result field (`score`, `rouge1.fmeasure`, `precisions.3`).
    public func field(_ path: String) -> JSONValue? { json.value(atPath: path) }
}

/// One labelled intermediate value, already formatted for display.
public struct CalcStep: Equatable, Sendable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

extension CalcChart {
    /// Where `value` lies between `low` and `high`, clamped to 0…1 (0 when the
    /// range is empty or a value is not finite). Halving first keeps `high − low`
    /// finite even for values near ±Double.greatestFiniteMagnitude.
    public static func fraction(of value: Double, from low: Double, to high: Double) -> Double {
        let span = high / 2 - low / 2
        guard value.isFinite, span.isFinite, span > 0 else { return 0 }
        let fraction = (value / 2 - low / 2) / span
        return fraction.isFinite ? min(max(fraction, 0), 1) : 0
    }

    /// The mean of finite values without overflowing on huge ones.
    public static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let count = Double(values.count)
        return values.reduce(0) { $0 + $1 / count }
    }
}
