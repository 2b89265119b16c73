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
            add([TextRun(report.title, .strong)])
            body += steps(report.steps, width: inner)
            add([TextRun(theme.resultMarker + " ", [.good, .strong]), TextRun(report.headline, [.good, .strong])])
            if let meaning = report.meaning, !meaning.isEmpty { add([TextRun(meaning, .emphasis)]) }
            for chart in report.charts { body += CalcChartLayout.lines(chart, width: inner, theme: theme) }
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

    /// Steps as an aligned two-column list; values wrap under their column.
    private func steps(_ steps: [CalcStep], width: Int) -> [StyledLine] {
        guard !steps.isEmpty else { return [] }
        let labelWidth = min(steps.map { DisplayWidth.of($0.label) }.max() ?? 0, max(4, width / 2))
        let valueWidth = width - 2 - labelWidth - 2
        var out: [StyledLine] = []
        for step in steps {
            if valueWidth < 8 {
                out += TextWrapper.wrap([TextRun(step.label + ": ", .dim), TextRun(step.value)], width: width).map(\.line)
                continue
            }
            let labels = TextWrapper.wrap([TextRun(step.label, .dim)], width: labelWidth)
            let values = TextWrapper.wrap([TextRun(step.value)], width: valueWidth)
            for k in 0..<max(labels.count, values.count) {
                var line = StyledLine([StyledSpan("  ")])
                let label = k < labels.count ? labels[k] : WrappedLine()
                line.append(contentsOf: label.line)
                line.append(LayoutBuilder.spaces(labelWidth - label.width + 2))
                if k < values.count { line.append(contentsOf: values[k].line) }
                out.append(line)
            }
        }
        return out
    }
}

/// Tiny text charts for calculator results: horizontal bars or a sparkline.
enum CalcChartLayout {
    static func lines(_ chart: CalcChart, width: Int, theme: Theme) -> [StyledLine] {
        guard !chart.points.isEmpty, width >= 1 else { return [] }
        var out = TextWrapper.wrap([TextRun(chart.title, .dim)], width: width).map(\.line)
        switch chart.kind {
        case .bars: out += bars(chart, width: width, theme: theme)
        case .series: out += series(chart, width: width, theme: theme)
        }
        return out
    }

    static func bars(_ chart: CalcChart, width: Int, theme: Theme) -> [StyledLine] {
        let points = chart.points
        let labelWidth = min(points.map { DisplayWidth.of($0.label) }.max() ?? 0, max(1, width / 3))
        let values = points.map { chart.text(of: $0.value) }
        let valueWidth = values.map { DisplayWidth.of($0) }.max() ?? 0
        let barWidth = width - labelWidth - valueWidth - 2
        let largest = points.map { $0.value.isFinite ? abs($0.value) : 0 }.max() ?? 0
        return points.enumerated().map { k, point in
            let style: Style = point.highlighted ? .accent : .plain
            let label = DisplayWidth.prefix(point.label, fitting: labelWidth).text
            var line = StyledLine([StyledSpan(DisplayWidth.pad(label, to: labelWidth) + " ", style)])
            if barWidth >= 3 {
                let fraction = largest > 0 && point.value.isFinite ? abs(point.value) / largest : 0
                let bar = self.bar(fraction, width: barWidth, theme: theme)
                line.append(DisplayWidth.pad(bar, to: barWidth), style.union(point.highlighted ? .accent : .dim))
                line.append(" ")
            }
            line.append(values[k], style)
            return LayoutBuilder.clip(line, to: width)
        }
    }

    /// A bar `fraction` of `width` long, in eighths when the theme has partial blocks.
    static func bar(_ fraction: Double, width: Int, theme: Theme) -> String {
        let clamped = min(max(fraction, 0), 1)
        let steps = theme.barPartials.count + 1
        let units = Int((clamped * Double(width * steps)).rounded())
        var out = String(repeating: theme.barFull, count: units / steps)
        let rest = units % steps
        if rest > 0, rest - 1 < theme.barPartials.count { out += theme.barPartials[rest - 1] }
        if out.isEmpty && clamped > 0 { out = theme.barPartials.first ?? theme.barFull }
        return out
    }

    static func series(_ chart: CalcChart, width: Int, theme: Theme) -> [StyledLine] {
        let points = chart.points
        let value = chart.text(of:)
        let finite = points.map(\.value).filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), !theme.sparkline.isEmpty else { return [] }
        // One column per bucket of points (mean), at most `width` columns.
        let columns = min(points.count, width)
        var line = StyledLine()
        for c in 0..<columns {
            let from = c * points.count / columns
            let to = max(from + 1, (c + 1) * points.count / columns)
            let bucket = points[from..<to]
            let values = bucket.map(\.value).filter(\.isFinite)
            let mean = CalcChart.mean(values) ?? low
            let level = Int((CalcChart.fraction(of: mean, from: low, to: high) * Double(theme.sparkline.count - 1)).rounded())
            let highlighted = bucket.contains { $0.highlighted }
            line.append(theme.sparkline[min(max(level, 0), theme.sparkline.count - 1)], highlighted ? .accent : .dim)
        }
        var out = [LayoutBuilder.clip(line, to: width)]
        let first = points[0]
        let last = points[points.count - 1]
        var legend = "\(first.label): \(value(first.value))  …  \(last.label): \(value(last.value))"
        if let marked = points.first(where: \.highlighted) { legend += "  ● \(marked.label): \(value(marked.value))" }
        out += TextWrapper.wrap([TextRun(legend, .dim)], width: width).map(\.line)
        return out
    }
}
