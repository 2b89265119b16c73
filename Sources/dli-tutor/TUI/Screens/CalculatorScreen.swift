import Course
import Foundation

/// One form per calculator in `Calculators.all`, built from its `fields`; the
/// result, its steps, its meaning and a chart update on every keystroke.
struct CalculatorScreen: Screen {
    enum Focus { case list, form }

    enum ListAction: Sendable { case up, down, edit, scrollUp, scrollDown, drill }
    enum FormAction: Sendable { case next, previous, leave, scrollUp, scrollDown, reset, nextChoice, previousChoice }

    static let listBindings: [KeyBinding<ListAction>] = [
        KeyBinding([.char("k"), .up], "k/↑", "previous calculator", .up),
        KeyBinding([.char("j"), .down], "j/↓", "next calculator", .down),
        KeyBinding([.enter, .tab, .right, .char("l")], "Enter/Tab", "edit the calculator's fields", .edit, footer: "edit"),
        KeyBinding([.pageUp], "PgUp", "scroll the result up", .scrollUp),
        KeyBinding([.pageDown, .char(" ")], "PgDn/Space", "scroll the result down", .scrollDown),
        KeyBinding([.char("d")], "d", "drill: questions drawn anew on this formula, round after round", .drill, footer: "drill"),
    ]

    static let formBindings: [KeyBinding<FormAction>] = [
        KeyBinding([.tab, .down, .enter], "Tab/↓/Enter", "next field", .next, footer: "next field"),
        KeyBinding([.backTab, .up], "Shift-Tab/↑", "previous field", .previous),
        KeyBinding([.escape], "Esc", "leave the form", .leave, footer: "leave"),
        KeyBinding([.pageUp], "PgUp", "scroll the result up", .scrollUp),
        KeyBinding([.pageDown], "PgDn", "scroll the result down", .scrollDown),
        KeyBinding([.ctrl("r")], "Ctrl-R", "reset to the example", .reset),
        KeyBinding([.ctrl("n")], "Ctrl-N/→", "next choice (in a field with choices)", .nextChoice),
        KeyBinding([.ctrl("p")], "Ctrl-P/←", "previous choice (in a field with choices)", .previousChoice),
    ]

    private let calculators: [any Calculator.Type]
    private(set) var selected: Int
    private(set) var focus: Focus
    private(set) var form: CalculatorForm?
    /// Edited forms by calculator name, so switching away and back keeps the edits.
    private var forms: [String: CalculatorForm] = [:]
    /// The last result that evaluated, shown dimmed while the input is invalid.
    private var lastReport: CalcReport?
    private var resultScroll = 0
    /// Where the call came from (a lesson's calc block, a question) when opened
    /// on one: Esc in the form goes straight back there.
    private let origin: String?
    private var size = Size(width: 80, height: 24)

    /// Opens the list on the first calculator, or the form of `call`'s calculator filled from it.
    init(call: CalcCall?, from origin: String = "the lesson", calculators: [any Calculator.Type] = Calculators.all) {
        self.calculators = calculators
        if let call, let index = calculators.firstIndex(where: { $0.name == call.name }) {
            selected = index
            focus = .form
            self.origin = origin
            form = CalculatorForm(calculator: calculators[index], call: call)
        } else {
            selected = 0
            focus = .list
            self.origin = nil
            form = calculators.first.map { CalculatorForm(calculator: $0) }
        }
        lastReport = form?.report
    }

    var title: String { "Calculators" }
    var capturesText: Bool { focus == .form }

    var keyHelp: [KeyHelp] {
        switch focus {
        case .list: return Self.listBindings.keyHelp()
        case .form:
            var help = Self.formBindings.keyHelp()
            if let origin, let i = help.firstIndex(where: { $0.label == "Esc" }) {
                help[i].help = "back to \(origin)"
                help[i].footer = "back"
            }
            return help + TextField.keyHelp
        }
    }

    mutating func resize(to size: Size, env: AppEnvironment) { self.size = size }

    mutating func handle(_ event: Event, env: AppEnvironment) -> Effect {
        switch event {
        case .scroll(let lines):
            resultScroll = max(0, resultScroll + lines)
            return .none
        case .tick:
            return .ignored
        case .key(let key):
            switch focus {
            case .list: return handleList(key, env: env)
            case .form: return handleForm(key)
            }
        }
    }

    private mutating func handleList(_ key: Key, env: AppEnvironment) -> Effect {
        guard let action: ListAction = Self.listBindings.action(for: key) else { return .ignored }
        switch action {
        case .up: select(selected - 1)
        case .down: select(selected + 1)
        case .edit:
            guard form != nil else { return .none }
            focus = .form
        case .scrollUp: resultScroll = max(0, resultScroll - pageRows)
        case .scrollDown: resultScroll += pageRows
        case .drill:
            guard calculators.indices.contains(selected) else { return .none }
            let name = calculators[selected].name
            guard !env.course.drillTemplates(name).isEmpty else {
                let known = env.course.drillableCalculators
                return .message("No question of this course is drawn on \(name)"
                    + (known.isEmpty ? "" : "; drills: " + known.joined(separator: ", ")))
            }
            return .open(.drill(name))
        }
        return .none
    }

    private mutating func handleForm(_ key: Key) -> Effect {
        guard var current = form else { return .ignored }
        defer { keep(current) }
        if let action: FormAction = Self.formBindings.action(for: key) {
            switch action {
            case .next: current.focus(current.focused + 1 == current.fieldCount ? 0 : current.focused + 1)
            case .previous: current.focus(current.focused == 0 ? current.fieldCount - 1 : current.focused - 1)
            case .leave:
                if origin != nil { return .pop }
                focus = .list
            case .scrollUp: resultScroll = max(0, resultScroll - pageRows)
            case .scrollDown: resultScroll += pageRows
            case .reset:
                let focused = current.focused
                current = CalculatorForm(calculator: current.calculator)
                current.focus(focused)
            case .nextChoice, .previousChoice:
                guard !current.choices.isEmpty else { return .message("This field has no list of choices") }
                current.cycleChoice(by: action == .nextChoice ? 1 : -1)
            }
            return .none
        }
        return current.edit(key) ? .none : .ignored
    }

    /// Stores an edited form and remembers its result while it is valid.
    private mutating func keep(_ current: CalculatorForm) {
        form = current
        forms[current.calculator.name] = current
        if let report = current.report { lastReport = report }
    }

    private mutating func select(_ index: Int) {
        guard !calculators.isEmpty else { return }
        selected = min(max(0, index), calculators.count - 1)
        let calculator = calculators[selected]
        form = forms[calculator.name] ?? CalculatorForm(calculator: calculator)
        lastReport = form?.report
        resultScroll = 0
    }

    private var pageRows: Int { max(1, size.height / 2) }

    // MARK: Drawing

    func draw(into frame: inout Frame, area: Rect, env: AppEnvironment) {
        let (headerRow, body) = area.splitTop(1)
        let name = form.map { "\($0.calculator.name) · \($0.calculator.summary)" } ?? ""
        Chrome.header(&frame, in: headerRow, title: "Calculators · \(name)", right: origin.map { "from \($0)" } ?? "")
        guard let form else {
            frame.write("No calculators in this build.", x: body.x + 2, y: body.y + 1, style: Palette.dim)
            return
        }
        let listWidth = min(16, (calculators.map { DisplayWidth.of($0.name) }.max() ?? 8) + 4)
        let (listRect, rest) = body.splitLeft(listWidth)
        drawList(into: &frame, in: listRect.inset(dx: 0, dy: 1))
        for y in body.y..<body.maxY { frame.write("│", x: rest.x, y: y, style: Palette.border) }
        let pane = Rect(x: rest.x + 2, y: body.y + 1, width: rest.width - 3, height: body.height - 1)
        let formBottom = drawForm(form, into: &frame, in: pane)
        let results = Rect(x: pane.x, y: formBottom, width: pane.width, height: pane.maxY - formBottom)
        drawResult(form, into: &frame, in: results)
    }

    private func drawList(into frame: inout Frame, in rect: Rect) {
        let top = ScrollWindow.top(keeping: selected, visible: rect.height, count: calculators.count, currentTop: 0)
        for (offset, calculator) in calculators.dropFirst(top).prefix(rect.height).enumerated() {
            let index = top + offset
            let y = rect.y + offset
            if index == selected {
                let style = focus == .list ? Palette.selection : Palette.selectionInactive
                frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
                frame.write("▸ " + calculator.name, x: rect.x + 1, y: y, style: style, maxX: rect.maxX)
            } else {
                frame.write("  " + calculator.name, x: rect.x + 1, y: y, maxX: rect.maxX)
            }
        }
    }

    /// Draws the fields (an error under the field it is about) and the call; returns the next free row.
    private func drawForm(_ form: CalculatorForm, into frame: inout Frame, in pane: Rect) -> Int {
        var y = pane.y
        let labels = form.rows.map(\.label) + ["more arguments"]
        let labelWidth = min(max(12, labels.map { DisplayWidth.of($0) }.max() ?? 0), pane.width / 3)
        let fieldX = pane.x + labelWidth + 2
        let fieldWidth = pane.maxX - fieldX
        let errorMessage: String? = { if case .error(let message, _) = form.outcome { return message } else { return nil } }()
        for index in 0..<form.fieldCount {
            guard y < pane.maxY - 3 else { break }
            let isFocused = focus == .form && index == form.focused
            frame.write(TextFit.truncate(labels[index], to: labelWidth), x: pane.x, y: y, style: isFocused ? Palette.bold : Palette.dim)
            form.field(at: index).draw(into: &frame, x: fieldX, y: y, width: fieldWidth,
                                       style: isFocused ? Palette.fieldFocused : Palette.field, focused: isFocused,
                                       placeholder: form.placeholder(at: index))
            y += 1
            if index == form.errorRow, let errorMessage {
                for line in TextFit.wrap("✗ " + errorMessage, width: fieldWidth).prefix(2) {
                    frame.write(line, x: fieldX, y: y, style: Palette.error)
                    y += 1
                }
            }
        }
        if focus == .form {
            // The focused field's whole label when it was cut, what it means, and its choices.
            var hint: [String] = []
            let label = labels[form.focused]
            if DisplayWidth.of(label) > labelWidth { hint.append(label) }
            if form.focused < form.rows.count, let detail = form.rows[form.focused].spec.detail { hint.append(detail) }
            if !form.choices.isEmpty { hint.append("←/→: " + form.choices.joined(separator: " · ")) }
            for line in TextFit.wrap(hint.joined(separator: " — "), width: pane.width).prefix(2) where y < pane.maxY - 3 {
                frame.write(line, x: pane.x, y: y, style: Palette.accent)
                y += 1
            }
        }
        // The command that gives this result in a shell (wrapped, so it can be copied whole).
        if case .success(let call) = form.call() {
            let rows = max(1, min(3, (pane.height - 12) / 4))
            var lines = TextFit.wrap("$ " + CommandLineArguments.shellCommand(for: call), width: pane.width)
            if lines.count > rows { lines = Array(lines.prefix(rows - 1)) + [TextFit.truncate(lines[(rows - 1)...].joined(separator: " "), to: pane.width)] }
            for line in lines where y < pane.maxY - 3 {
                frame.write(line, x: pane.x, y: y, style: Palette.dim)
                y += 1
            }
            y -= 1
        }
        return y + 2
    }

    private func drawResult(_ form: CalculatorForm, into frame: inout Frame, in rect: Rect) {
        guard rect.height >= 2 else { return }
        var heading = "Result"
        var generalError: String?
        if case .error(let message, let key) = form.outcome {
            if key == nil { generalError = message }
            heading = lastReport == nil ? "No result" : "Last valid result"
        }
        let rule = "── " + heading + " " + String(repeating: "─", count: max(0, rect.width - DisplayWidth.of(heading) - 4))
        frame.write(rule, x: rect.x, y: rect.y, style: Palette.border, clip: .hard)
        var content = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        if let generalError {
            for line in TextFit.wrap("✗ " + generalError, width: content.width).prefix(3) {
                frame.write(line, x: content.x, y: content.y, style: Palette.error)
                content = Rect(x: content.x, y: content.y + 1, width: content.width, height: content.height - 1)
            }
        }
        let report = form.report ?? lastReport
        guard let report, content.height > 0 else { return }
        let rendered = Self.render(report, width: content.width, dimmed: form.report == nil)
        let scroll = min(resultScroll, max(0, rendered.height - content.height))
        frame.blit(rendered, fromRow: scroll, rows: content.height, to: Point(x: content.x, y: content.y))
        if rendered.height > content.height {
            let more = scroll + content.height < rendered.height ? "PgDn more ↓" : "↑ PgUp"
            frame.write(" " + more + " ", x: rect.maxX - DisplayWidth.of(more) - 2, y: rect.y, style: Palette.dim)
        }
    }

    /// Rows a series chart may take on this screen (an area plot; lessons show a sparkline).
    static let chartRows = 9

    /// The report as a frame of its full height, laid out as `calc` and lessons lay
    /// it out (`CalcReportLayout`, the answer first); a stale report (the form has an
    /// error) is dimmed.
    static func render(_ report: CalcReport, width: Int, dimmed: Bool) -> Frame {
        let lines = CalcReportLayout.lines(report, width: width, theme: .unicode, chartRows: chartRows, headlineFirst: true)
        var frame = Frame(size: Size(width: width, height: lines.count))
        for (y, line) in lines.enumerated() {
            if dimmed {
                frame.write(line.text, x: 0, y: y, style: Palette.dim)
            } else {
                frame.write(line, x: 0, y: y)
            }
        }
        return frame
    }
}
