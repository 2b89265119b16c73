/// `calc` blocks: each call evaluated with the injected calculators and drawn in a
/// panel — the call, the title, the steps, the headline, the meaning and any chart —
/// or, when the call does not parse or the formula refuses it, an error panel.
extension LayoutBuilder {
    mutating func calc(_ calls: [CalcBlockCall]) {
        if calls.isEmpty {
            emitWrapped([TextRun("(empty calc block)", baseStyle.union(.dim))])
            return
        }
        for (k, entry) in calls.enumerated() {
            if k > 0 { emitBlank() }
            let start = lines.count
            let outcome: RenderedCalc.Outcome
            var call: CalcCall?
            switch entry.parsed {
            case .failure(let error):
                outcome = .syntaxError(error)
            case .success(let parsed):
                call = parsed
                do {
                    outcome = .report(try evaluate(parsed))
                } catch {
                    outcome = .formulaError(error)
                }
            }
            panel(for: entry, outcome: outcome)
            calcs.append(RenderedCalc(text: entry.text, call: call, outcome: outcome, lines: start..<lines.count, sourceLine: entry.line))
        }
    }

    private mutating func panel(for entry: CalcBlockCall, outcome: RenderedCalc.Outcome) {
        let boxed = available >= 12
        let inner = boxed ? available - 4 : available
        var body: [StyledLine] = []
        func add(_ runs: [TextRun]) {
            body += TextWrapper.wrap(runs, width: inner).map(\.line)
        }
        let border: Style
        let title: String
        if let caption = entry.caption { add([TextRun(caption, .dim)]) }
        add([TextRun(entry.text, .code)])
        switch outcome {
        case .report(let report):
            border = .frame
            title = "calc"
            body += CalcReportLayout.lines(report, width: inner, theme: theme)
        case .syntaxError(let error):
            border = .bad
            title = "calc: syntax error"
            add([TextRun(theme.errorMarker + " ", .bad), TextRun("column \(error.column): \(error.message)", .bad)])
        case .formulaError(let error):
            border = .bad
            title = "calc: error"
            add([TextRun(theme.errorMarker + " ", .bad), TextRun(error.description, .bad)])
        }
        guard boxed else {
            for line in body { emit(line) }
            return
        }
        let box = theme.panel
        let contentWidth = inner
        var top = StyledLine([StyledSpan(box.topLeft + box.horizontal + " ", border)])
        top.append(title, border.union(.strong))
        top.append(" " + String(repeating: box.horizontal, count: max(0, contentWidth - DisplayWidth.of(title) - 1)) + box.topRight, border)
        emit(LayoutBuilder.clip(top, to: available))
        for line in body {
            var row = StyledLine([StyledSpan(box.vertical + " ", border)])
            row.append(contentsOf: line)
            row.append(String(repeating: " ", count: max(0, contentWidth - line.width)) + " ")
            row.append(box.vertical, border)
            emit(row)
        }
        emit(StyledLine([StyledSpan(box.bottomLeft + String(repeating: box.horizontal, count: contentWidth + 2) + box.bottomRight, border)]))
    }
}

