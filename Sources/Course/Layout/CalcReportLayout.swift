/// A calculator's result as styled lines, laid out once for every face: the
/// `calc` command prints them, a lesson's calc block frames them in a panel,
/// and the calculator screen draws them. Title, the steps as an aligned
/// two-column list, the headline, the plain-language reading, the charts.
public enum CalcReportLayout {
    /// The report at `width` columns. `chartRows` is the height a series chart may
    /// take: 1 gives a sparkline (lessons, `calc`), more an area plot (the app).
    /// `headlineFirst` puts the answer under the title, before the steps (the
    /// calculator screen, where the steps may be below the fold).
    public static func lines(_ report: CalcReport, width: Int, theme: Theme, chartRows: Int = 1,
                             headlineFirst: Bool = false) -> [StyledLine] {
        let width = max(1, width)
        var out: [StyledLine] = []
        func add(_ runs: [TextRun]) { out += TextWrapper.wrap(runs, width: width).map(\.line) }
        let headline = [TextRun(theme.resultMarker + " ", [.good, .strong]), TextRun(report.headline, [.good, .strong])]
        add([TextRun(report.title, .strong)])
        if headlineFirst { add(headline) }
        out += steps(report.steps, width: width)
        if !headlineFirst { add(headline) }
        if let meaning = report.meaning, !meaning.isEmpty { add([TextRun(meaning, .emphasis)]) }
        for chart in report.charts { out += CalcChartLayout.lines(chart, width: width, theme: theme, rows: chartRows) }
        return out
    }

    /// Steps as an aligned two-column list; values wrap under their column.
    static func steps(_ steps: [CalcStep], width: Int) -> [StyledLine] {
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
