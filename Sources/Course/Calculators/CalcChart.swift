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
