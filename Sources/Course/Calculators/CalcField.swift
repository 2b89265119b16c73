/// One input of a calculator's form in the app.
public struct CalcField: Equatable, Sendable {
    public var key: String
    /// A short label that fits the form's label column.
    public var label: String
    public var example: String
    /// The values a choice field takes (cycled in the form and listed under it); empty for free text.
    public var choices: [String]
    /// What the calculator uses when the field is left empty, shown dimmed in it ("13a", "r").
    public var defaultValue: String?
    /// The longer explanation the form shows under the focused field.
    public var detail: String?

    public init(_ key: String, _ label: String, example: String, choices: [String] = [], default defaultValue: String? = nil,
                detail: String? = nil) {
        self.key = key
        self.label = label
        self.example = example
        self.choices = choices
        self.defaultValue = defaultValue
        self.detail = detail
    }

    public static let booleans = ["true", "false"]
}
