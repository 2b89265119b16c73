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

    /// Plain text for a terminal or a pipe: title, steps aligned in terminal columns, headline, meaning.
    public var textLines: [String] {
        var lines = [title]
        let labelWidth = steps.map { DisplayWidth.of($0.label) }.max() ?? 0
        for step in steps {
            let pad = String(repeating: " ", count: labelWidth - DisplayWidth.of(step.label))
            lines.append("  \(step.label)\(pad)  \(step.value)")
        }
        lines.append(headline)
        if let meaning { lines.append(meaning) }
        return lines
    }
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

/// A small picture of a result, drawn by the reader and the calculator screen.
public struct CalcChart: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// One horizontal bar per point (e.g. token probabilities).
        case bars
        /// A line across an ordered series (e.g. ᾱₜ over timesteps).
        case series
    }
    public struct Point: Equatable, Sendable {
        public var label: String
        public var value: Double
        /// Drawn in the accent style (a kept token, the chosen timestep).
        public var highlighted: Bool
        public init(_ label: String, _ value: Double, highlighted: Bool = false) {
            self.label = label
            self.value = value
            self.highlighted = highlighted
        }
    }
    /// How a point's value is written beside its bar.
    public enum ValueFormat: Equatable, Sendable {
        /// `CalcFormat.number`: `0.659`, `4.036e-5`.
        case number
        /// A whole count with thousands separators: `4,194,304`.
        case count
        /// A size in bytes, as `CalcFormat.bytes` writes it: `16.06 GB`, `83.89 MB`.
        case bytes
    }
    public var title: String
    public var kind: Kind
    public var points: [Point]
    public var valueFormat: ValueFormat
    public init(title: String, kind: Kind, points: [Point], valueFormat: ValueFormat = .number) {
        self.title = title
        self.kind = kind
        self.points = points
        self.valueFormat = valueFormat
    }

    /// A point's value as written beside its bar or in a legend.
    public func text(of value: Double) -> String {
        switch valueFormat {
        case .number: return CalcFormat.number(value, digits: 4)
        case .count:
            guard value.isFinite, value.rounded() == value, abs(value) < 1e18 else { return CalcFormat.number(value, digits: 4) }
            return CalcFormat.integer(Int(value))
        case .bytes: return CalcFormat.bytes(value)
        }
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
