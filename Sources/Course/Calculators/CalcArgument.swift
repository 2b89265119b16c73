/// One argument a calculator reads (`key=value` in a calc block or `calc eval`,
/// `--key value` on the `calc` command line, with '-' for '_'), and the fields
/// the calculator screen's form shows for it: one per value it offers (two
/// references, say), none when the form leaves the argument out.
public struct CalcArgument: Equatable, Sendable {
    public var key: String
    public var fields: [CalcField]

    /// An argument the form shows once, labelled and prefilled with a working example.
    public init(_ key: String, _ label: String, example: String, choices: [String] = [], default defaultValue: String? = nil,
                detail: String? = nil) {
        self.init(key, fields: [CalcField(key, label, example: example, choices: choices, default: defaultValue, detail: detail)])
    }

    /// An argument the form shows once per field (all of this key).
    public init(_ key: String, fields: [CalcField]) {
        self.key = key
        self.fields = fields
    }

    /// An argument the form leaves out.
    public init(_ key: String) {
        self.init(key, fields: [])
    }
}
