/// One argument a calculator reads (`key=value` in a calc block or `calc eval`,
/// `--key value` on the `calc` command line, with '-' for '_'), and the fields
/// the calculator screen's form shows for it: one per value it offers (two
/// references, say), none when the form leaves the argument out.
public struct CalcArgument: Equatable, Sendable {
    public var key: String
    public var fields: [CalcField]

    /// An argument the form shows once, labelled and prefilled with a working example.
    public init(_ key: String, _ label: String, example: String) {
        self.init(key, fields: [(label, example)])
    }

    /// An argument the form shows once per (label, example).
    public init(_ key: String, fields: [(label: String, example: String)]) {
        self.key = key
        self.fields = fields.map { CalcField(key, $0.label, example: $0.example) }
    }

    /// An argument the form leaves out.
    public init(_ key: String) {
        self.init(key, fields: [])
    }
}
