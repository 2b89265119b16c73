import Course
import Foundation

/// The editable form of one calculator: a field per `CalcField`, plus a line of
/// further `key=value` arguments, the call they make, and its evaluation,
/// recomputed after every edit.
struct CalculatorForm {
    struct Row {
        var spec: CalcField
        var field: TextField
        var key: String { spec.key }
        var label: String { spec.label }
    }

    let calculator: any Calculator.Type
    private(set) var rows: [Row]
    /// Further arguments in call syntax (`smooth=none ref="a second reference"`).
    private(set) var more: TextField
    /// 0..<rows.count for a field, rows.count for the further-arguments line.
    private(set) var focused = 0
    private(set) var outcome: Outcome

    enum Outcome {
        case report(CalcReport)
        /// The message and, when it names one, the key of the field at fault.
        case error(message: String, key: String?)
    }

    /// The key for the further-arguments line in errors.
    static let moreKey = "…"

    /// A form with the calculator's working example.
    init(calculator: any Calculator.Type) {
        self.init(calculator: calculator, call: Calculators.exampleCall(for: calculator))
    }

    /// A form filled from `call`: each field takes the first value of its key;
    /// everything else goes on the further-arguments line, so nothing is lost.
    init(calculator: any Calculator.Type, call: CalcCall) {
        self.calculator = calculator
        var remaining = call.arguments
        rows = calculator.fields.map { field in
            var value = ""
            if let i = remaining.firstIndex(where: { $0.key == field.key }) {
                value = remaining[i].value
                remaining.remove(at: i)
            }
            return Row(spec: field, field: TextField(value))
        }
        let extra = CalcCall(name: call.name, arguments: remaining).text
        more = TextField(String(extra.dropFirst(call.name.count)).trimmingCharacters(in: .whitespaces))
        outcome = .error(message: "", key: nil)
        evaluate()
    }

    var fieldCount: Int { rows.count + 1 }
    var report: CalcReport? { if case .report(let r) = outcome { return r } else { return nil } }

    /// The call the form makes now, or why it cannot make one. A key typed on
    /// the further-arguments line that has a field of its own, filled, is refused:
    /// it would silently replace the value shown above (keys with several fields,
    /// like `ref`, may repeat).
    func call() -> Result<CalcCall, MoreArgumentsError> {
        var arguments = rows.filter { !$0.field.text.trimmingCharacters(in: .whitespaces).isEmpty }.map { ($0.key, $0.field.text) }
        let extra = more.text.trimmingCharacters(in: .whitespaces)
        if !extra.isEmpty {
            let prefix = calculator.name + " "
            let parsed: CalcCall
            do {
                parsed = try CalcCall.parse(prefix + extra)
            } catch {
                return .failure(MoreArgumentsError(column: max(1, error.column - prefix.count), message: error.message))
            }
            for (key, _) in parsed.arguments {
                let fields = rows.filter { $0.key == key }
                guard fields.count == 1, let filled = fields.first, !filled.field.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                let column = (extra.range(of: key + "=").map { extra.distance(from: extra.startIndex, to: $0.lowerBound) } ?? 0) + 1
                return .failure(MoreArgumentsError(
                    column: column, message: "\(key) has its own field above (\(filled.field.text)): change it there, or clear that field"))
            }
            arguments += parsed.arguments
        }
        return .success(CalcCall(name: calculator.name, arguments: arguments))
    }

    /// A syntax error on the further-arguments line, with the column in that line.
    struct MoreArgumentsError: Error {
        var column: Int
        var message: String
    }

    mutating func evaluate() {
        switch call() {
        case .failure(let error):
            outcome = .error(message: "column \(error.column): \(error.message)", key: Self.moreKey)
        case .success(let call):
            do {
                outcome = .report(try Calculators.evaluate(call))
            } catch {
                outcome = .error(message: error.description, key: Self.key(of: error))
            }
        }
    }

    /// The argument an error is about, when it names one (`missing argument 'rank'`).
    static func key(of error: FormulaError) -> String? {
        switch error {
        case .missingArgument(let key), .invalidArgument(let key, _):
            return key.split(separator: " ").first.map(String.init)
        case .invalidInput, .unknownCalculator:
            return nil
        }
    }

    /// The row an error belongs to: a field of the form, else the further-arguments line.
    var errorRow: Int? {
        guard case .error(_, let key?) = outcome else { return nil }
        return rows.firstIndex { $0.key == key } ?? rows.count
    }

    // MARK: Editing

    mutating func focus(_ index: Int) { focused = min(max(0, index), fieldCount - 1) }

    /// Applies an editing key to the focused field; re-evaluates on a change.
    /// In a choice field ← and → step through the choices.
    mutating func edit(_ key: Key) -> Bool {
        if !choices.isEmpty, key == .left || key == .right {
            cycleChoice(by: key == .right ? 1 : -1)
            return true
        }
        let handled: Bool
        let before: String
        if focused < rows.count {
            before = rows[focused].field.text
            handled = rows[focused].field.handle(key)
        } else {
            before = more.text
            handled = more.handle(key)
        }
        if handled && text(at: focused) != before { evaluate() }
        return handled
    }

    /// Replaces the focused field's text (a preset chosen from a list).
    mutating func setFocused(_ value: String) {
        if focused < rows.count { rows[focused].field.set(value) } else { more.set(value) }
        evaluate()
    }

    /// Values the focused field can cycle through, or none (a free field).
    var choices: [String] {
        focused < rows.count ? rows[focused].spec.choices : []
    }

    /// The focused field's next (or previous) choice; from an empty or unknown
    /// value, the default's neighbour.
    mutating func cycleChoice(by step: Int) {
        let choices = self.choices
        guard !choices.isEmpty else { return }
        let current = text(at: focused).lowercased()
        let start = choices.firstIndex(of: current) ?? rows[focused].spec.defaultValue.flatMap(choices.firstIndex(of:))
        let next = start.map { ($0 + step + choices.count) % choices.count } ?? (step > 0 ? 0 : choices.count - 1)
        setFocused(choices[next])
    }

    /// What an empty field means: its default, dimmed in the field.
    func placeholder(at index: Int) -> String? {
        index < rows.count ? rows[index].spec.defaultValue.map { "default: \($0)" } : nil
    }

    func text(at index: Int) -> String { index < rows.count ? rows[index].field.text : more.text }
    func field(at index: Int) -> TextField { index < rows.count ? rows[index].field : more }
}
