/// Tiny text charts for calculator results, as styled lines: horizontal bars,
/// or a series as a sparkline (one row) or an area plot (several rows).
public enum CalcChartLayout {
    /// The chart's title and body at `width` columns. `rows` bounds the body:
    /// a series of one row is a sparkline with a legend, of more rows an area plot
    /// with its y range on the left and the first and last x labels below; bars
    /// show at most `rows` points when `rows` is above 1 (then `… N more`).
    public static func lines(_ chart: CalcChart, width: Int, theme: Theme, rows: Int = 1) -> [StyledLine] {
        guard !chart.points.isEmpty, width >= 1 else { return [] }
        var out = TextWrapper.wrap([TextRun(chart.title, .dim)], width: width).map(\.line)
        switch chart.kind {
        case .bars: out += bars(chart, width: width, theme: theme, rows: rows)
        case .series: out += rows > 2 ? areaPlot(chart, width: width, theme: theme, rows: rows) : series(chart, width: width, theme: theme)
        }
        return out
    }

    static func bars(_ chart: CalcChart, width: Int, theme: Theme, rows: Int) -> [StyledLine] {
        let points = rows > 1 && chart.points.count > rows ? Array(chart.points.prefix(rows - 1)) : chart.points
        let labelWidth = min(points.map { DisplayWidth.of($0.label) }.max() ?? 0, max(1, width / 3))
        let values = points.map { chart.text(of: $0.value) }
        let valueWidth = values.map { DisplayWidth.of($0) }.max() ?? 0
        let barWidth = width - labelWidth - valueWidth - 2
        let largest = points.map { $0.value.isFinite ? abs($0.value) : 0 }.max() ?? 0
        var out: [StyledLine] = points.enumerated().map { k, point in
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
        if points.count < chart.points.count {
            out.append(LayoutBuilder.clip(StyledLine([StyledSpan("… \(chart.points.count - points.count) more", .dim)]), to: width))
        }
        return out
    }

    /// A bar `fraction` of `width` long, in eighths when the theme has partial blocks.
    /// The one drawing of bars: charts, and the app's progress bars.
    public static func bar(_ fraction: Double, width: Int, theme: Theme) -> String {
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let steps = theme.barPartials.count + 1
        let units = Int((clamped * Double(max(0, width) * steps)).rounded())
        var out = String(repeating: theme.barFull, count: units / steps)
        let rest = units % steps
        if rest > 0, rest - 1 < theme.barPartials.count { out += theme.barPartials[rest - 1] }
        if out.isEmpty && clamped > 0 { out = theme.barPartials.first ?? theme.barFull }
        return out
    }

    /// The theme's sparkline level of `fraction` (0…1) of the range.
    public static func level(_ fraction: Double, theme: Theme) -> String {
        guard !theme.sparkline.isEmpty else { return "" }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        return theme.sparkline[Int((clamped * Double(theme.sparkline.count - 1)).rounded())]
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
            let highlighted = bucket.contains { $0.highlighted }
            line.append(level(CalcChart.fraction(of: mean, from: low, to: high), theme: theme), highlighted ? .accent : .dim)
        }
        var out = [LayoutBuilder.clip(line, to: width)]
        let first = points[0]
        let last = points[points.count - 1]
        var legend = "\(first.label): \(value(first.value))  …  \(last.label): \(value(last.value))"
        if let marked = points.first(where: \.highlighted) { legend += "  ● \(marked.label): \(value(marked.value))" }
        out += TextWrapper.wrap([TextRun(legend, .dim)], width: width).map(\.line)
        return out
    }

    /// An area plot `rows` high (the plot, then a row of x labels): one column per
    /// sample, the y range from the smallest value (or 0) to the largest, the
    /// highlighted point always given a column and named under the plot.
    static func areaPlot(_ chart: CalcChart, width: Int, theme: Theme, rows: Int) -> [StyledLine] {
        let points = chart.points, value = chart.text(of:)
        let plotRows = rows - 1
        let values = points.map(\.value).filter(\.isFinite)
        let low = min(0, values.min() ?? 0), high = values.max() ?? 0
        let axis = [value(high), value(low)]
        let axisWidth = axis.map { DisplayWidth.of($0) }.max() ?? 0
        let columns = min(points.count, width - axisWidth - 1)
        guard columns >= 1, !theme.sparkline.isEmpty else { return series(chart, width: width, theme: theme) }
        var samples = (0..<columns).map { columns == 1 ? 0 : $0 * (points.count - 1) / (columns - 1) }
        if let mark = points.firstIndex(where: \.highlighted), !samples.contains(mark) {
            let nearest = samples.indices.min { abs(samples[$0] - mark) < abs(samples[$1] - mark) } ?? 0
            samples[nearest] = mark
        }
        let levels = theme.sparkline.count
        let heights = samples.map { Int((CalcChart.fraction(of: points[$0].value, from: low, to: high) * Double(plotRows * levels)).rounded()) }
        var out: [StyledLine] = []
        for row in 0..<plotRows {
            let label = row == 0 ? axis[0] : row == plotRows - 1 ? axis[1] : ""
            var line = StyledLine([StyledSpan(DisplayWidth.pad("", to: axisWidth - DisplayWidth.of(label)) + label + " ", .dim)])
            let fromBottom = plotRows - 1 - row
            for (column, index) in samples.enumerated() {
                let filled = heights[column] - fromBottom * levels
                let style: Style = points[index].highlighted ? .accent : .plain
                line.append(filled > 0 ? theme.sparkline[min(levels - 1, filled - 1)] : " ", style)
            }
            out.append(LayoutBuilder.clip(line, to: width))
        }
        let first = points[samples[0]].label, last = points[samples[columns - 1]].label
        let firstWidth = DisplayWidth.of(first), lastWidth = DisplayWidth.of(last)
        var labels = StyledLine([StyledSpan(String(repeating: " ", count: axisWidth + 1))])
        labels.append(first, .dim)
        var used = firstWidth
        let lastAt = max(used + 1, columns - lastWidth)
        var marker = ""
        if let column = samples.firstIndex(where: { points[$0].highlighted }) {
            let mark = points[samples[column]]
            marker = "▲ " + mark.label + " = " + value(mark.value)
            // Under its column where it fits between the first and last labels.
            let at = min(max(used + 1, column), lastAt - 1 - DisplayWidth.of(marker))
            if at >= used + 1 {
                labels.append(String(repeating: " ", count: at - used))
                labels.append(marker, .accent)
                used = at + DisplayWidth.of(marker)
                marker = ""
            }
        }
        if lastAt + lastWidth <= columns, lastAt > used {
            labels.append(String(repeating: " ", count: lastAt - used))
            labels.append(last, .dim)
        }
        out.append(LayoutBuilder.clip(labels, to: width))
        if !marker.isEmpty { out += TextWrapper.wrap([TextRun(marker, .accent)], width: width).map(\.line) }
        return out
    }
}
