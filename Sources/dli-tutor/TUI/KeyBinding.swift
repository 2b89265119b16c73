/// One entry of a screen's key table: the keys, how help shows them, what they
/// do, and the action the screen runs. A screen declares its table once; its
/// `handle` dispatches through it and the help overlay and footer are generated
/// from it, so the keys shown are always the keys that work.
struct KeyBinding<Action>: Sendable where Action: Sendable {
    var keys: [Key]
    /// How the keys are written in help (`j/↓`); defaults to the keys joined by `/`.
    var label: String
    var help: String
    var action: Action
    /// The short text of the footer hint line, for the few keys a newcomer
    /// needs; nil keeps the key out of the footer (it is still in help).
    var footer: String?

    init(_ keys: [Key], _ label: String? = nil, _ help: String, _ action: Action, footer: String? = nil) {
        self.keys = keys
        self.label = label ?? keys.map(\.description).joined(separator: "/")
        self.help = help
        self.action = action
        self.footer = footer
    }

    var keyHelp: KeyHelp { KeyHelp(label: label, help: help, footer: footer) }
}

extension Array {
    /// The action bound to `key` in a key table, if any.
    func action<Action>(for key: Key) -> Action? where Element == KeyBinding<Action> {
        first { $0.keys.contains(key) }?.action
    }

    /// The table as help entries.
    func keyHelp<Action>() -> [KeyHelp] where Element == KeyBinding<Action> { map(\.keyHelp) }
}

/// A key table entry without its action: what help and the footer show.
struct KeyHelp: Equatable, Sendable {
    var label: String
    var help: String
    /// The footer's short text; nil when the key is not in the footer.
    var footer: String? = nil
}
