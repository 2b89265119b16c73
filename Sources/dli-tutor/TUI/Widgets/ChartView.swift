import Course

/// Draws a calculator's `CalcChart`: horizontal bars, or an area plot of a series.
enum ChartView {
    /// Rows the chart takes in `width` columns when given at most `maxRows`.
    static func height(of chart: CalcChart, maxRows: Int) -> Int {
        guard !chart.points.isEmpty, maxRows >= 3 else { return 0 }
        switch chart.kind {
        case .bars: return min(maxRows, chart.points.count + 1)
        case .series: return min(maxRows, 8)
        }
    }

    /// Draws the chart with its title in `rect`.
    static func draw(_ chart: CalcChart, into frame: inout Frame, in rect: Rect) {
        guard rect.height >= 3, rect.width >= 20, !chart.points.isEmpty else { return }
        frame.write(TextFit.truncate(chart.title, to: rect.width), x: rect.x, y: rect.y, style: Palette.bold)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        switch chart.kind {
        case .bars: drawBars(chart, into: &frame, in: body)
        case .series: drawSeries(chart, into: &frame, in: body)
        }
    }

    private static func drawBars(_ chart: CalcChart, into frame: inout Frame, in rect: Rect) {
        let points = chart.points, value = chart.text(of:)
        let shown = points.count > rect.height ? Array(points.prefix(rect.height - 1)) : points
        let labelWidth = min(16, shown.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let valueWidth = shown.map { DisplayWidth.of(value($0.value)) }.max() ?? 0
        let barWidth = rect.width - labelWidth - valueWidth - 3
        let top = shown.map { abs($0.value) }.max() ?? 0
        for (row, point) in shown.enumerated() {
            let y = rect.y + row
            let label = TextFit.truncate(point.label, to: labelWidth)
            frame.write(label, x: rect.x + labelWidth - DisplayWidth.of(label), y: y, style: point.highlighted ? Palette.barHighlight : Palette.dim)
            let fraction = top > 0 && point.value.isFinite ? abs(point.value) / top : 0
            if barWidth > 0 {
                ProgressBar.draw(&frame, x: rect.x + labelWidth + 1, y: y, width: barWidth, fraction: fraction,
                                 style: point.highlighted ? Palette.barHighlight : Palette.barFilled)
            }
            frame.write(value(point.value), x: rect.x + labelWidth + 2 + max(0, barWidth), y: y,
                        style: point.highlighted ? Palette.barHighlight : Palette.plain)
        }
        if shown.count < points.count {
            frame.write("… \(points.count - shown.count) more", x: rect.x + labelWidth + 1, y: rect.y + shown.count, style: Palette.dim)
        }
    }

    private static let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// An area plot: one column per sample, the y range from the smallest to the
    /// largest value, min and max labels on the left, first and last x labels below.
    private static func drawSeries(_ chart: CalcChart, into frame: inout Frame, in rect: Rect) {
        let points = chart.points, value = chart.text(of:)
        let plotRows = rect.height - 1
        guard plotRows >= 1 else { return }
        let values = points.map(\.value).filter(\.isFinite)
        let low = min(0, values.min() ?? 0), high = values.max() ?? 0
        let axis = [value(high), value(low)]
        let axisWidth = axis.map { DisplayWidth.of($0) }.max() ?? 0
        let plotX = rect.x + axisWidth + 1
        let columns = min(points.count, rect.width - axisWidth - 1)
        guard columns >= 1 else { return }
        frame.write(axis[0], x: rect.x + axisWidth - DisplayWidth.of(axis[0]), y: rect.y, style: Palette.dim)
        frame.write(axis[1], x: rect.x + axisWidth - DisplayWidth.of(axis[1]), y: rect.y + plotRows - 1, style: Palette.dim)
        // The sample shown in each column; the highlighted point always gets its column.
        var samples = (0..<columns).map { columns == 1 ? 0 : $0 * (points.count - 1) / (columns - 1) }
        if let mark = points.firstIndex(where: \.highlighted), !samples.contains(mark) {
            let nearest = samples.indices.min { abs(samples[$0] - mark) < abs(samples[$1] - mark) } ?? 0
            samples[nearest] = mark
        }
        for (column, index) in samples.enumerated() {
            let point = points[index]
            let fraction = CalcChart.fraction(of: point.value, from: low, to: high)
            let eighths = Int((fraction * Double(plotRows * 8)).rounded())
            let style = point.highlighted ? Palette.barHighlight : Palette.barFilled
            for row in 0..<plotRows {
                let filled = eighths - row * 8
                guard filled > 0 else { break }
                frame.write(levels[min(7, filled - 1)], x: plotX + column, y: rect.y + plotRows - 1 - row, style: style)
            }
        }
        let y = rect.y + plotRows
        let first = points[samples[0]].label, last = points[samples[columns - 1]].label
        frame.write(first, x: plotX, y: y, style: Palette.dim, maxX: plotX + columns)
        let lastX = plotX + columns - DisplayWidth.of(last)
        if lastX > plotX + DisplayWidth.of(first) + 1 { frame.write(last, x: lastX, y: y, style: Palette.dim) }
        if let mark = points.first(where: \.highlighted), let column = samples.firstIndex(where: { points[$0].highlighted }) {
            let label = "▲ " + mark.label + " = " + value(mark.value)
            let x = min(max(plotX, plotX + column - 1), rect.maxX - DisplayWidth.of(label))
            if x > plotX + DisplayWidth.of(first) && x + DisplayWidth.of(label) < lastX - 1 {
                frame.write(label, x: x, y: y, style: Palette.barHighlight)
            }
        }
    }
}
