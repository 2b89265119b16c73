/// One editable argument of a calculator form.
public struct CalcField: Equatable, Sendable {
    public var key: String
    public var label: String
    public var example: String
    public init(_ key: String, _ label: String, example: String) {
        self.key = key
        self.label = label
        self.example = example
    }
}
