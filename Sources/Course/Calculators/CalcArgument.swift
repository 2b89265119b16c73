/// One argument a calculator reads (`key=value` in a calc block or `calc eval`,
/// `--key value` on the `calc` command line, with '-' for '_'), the fields the
/// calculator screen's form shows for it (one per value it offers, two
/// references say; none when the form leaves the argument out), and the line
/// the command's help gives it.
public struct CalcArgument: Equatable, Sendable {
    public var key: String
    public var fields: [CalcField]
    /// What the option does, as `dli-tutor calc NAME --help` lists it.
    public var help: String
    /// The placeholder of its value in help (`<x,y,…>`); nil for the option's name.
    public var valueName: String?
    /// On the command line the option names a file (`-` standard input) whose text is the value.
    public var givenAsFile = false

    /// An argument the form shows once, labelled and prefilled with a working example.
    public init(_ key: String, _ label: String, example: String, choices: [String] = [], default defaultValue: String? = nil,
                detail: String? = nil, help: String, valueName: String? = nil) {
        let field = CalcField(key, label, example: example, choices: choices, default: defaultValue, detail: detail)
        self.init(key, fields: [field], help: help, valueName: valueName)
    }

    /// An argument the form shows once per field (all of this key), or leaves out (no fields).
    public init(_ key: String, fields: [CalcField] = [], help: String, valueName: String? = nil, givenAsFile: Bool = false) {
        self.key = key
        self.fields = fields
        self.help = help
        self.valueName = valueName
        self.givenAsFile = givenAsFile
    }

    /// `--key` with '-' for '_'.
    public var option: String { "--" + String(key.map { $0 == "_" ? "-" : $0 }) }

    /// Given more than once, each value counts (the references of BLEU): the form offers it more than once.
    public var repeats: Bool { fields.count > 1 }

    /// True or false: on the command line a switch (`--stem`, `--no-stem`) that takes no value.
    public var isSwitch: Bool { fields.first?.choices == CalcField.booleans }
}
