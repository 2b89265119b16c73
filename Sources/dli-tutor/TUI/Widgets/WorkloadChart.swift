import Course
import Foundation
import Quiz
import Study

/// The plan's workload: one column per day (or per few days when they do not
/// fit) of expected minutes, the part spent on new questions in another shade,
/// the daily limit as a line across, and the days along the bottom.
enum WorkloadChart {
    static let height = 5
    /// Rows `draw` takes: the plot, the dates under it and the legend.
    static let rows = height + 2
    private static let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Draws the chart from (`x`, `y`) in `width` columns; returns the row after it.
    @discardableResult
    static func draw(_ projection: PlanProjection, limit: Int?, into frame: inout Frame, x: Int, y: Int, width: Int) -> Int {
        let days = projection.days
        guard !days.isEmpty else { return y }
        let reviewMinutes = days.map { $0.reviews * projection.secondsPerAnswer / 60 }
        let top = max(Double(limit ?? 0), days.map(\.minutes).max() ?? 0, 1)
        let axis = ReadinessText.minutes(top)
        let plotX = x + DisplayWidth.of(axis) + 1
        let room = max(1, width - (plotX - x))
        let perColumn = (days.count + room - 1) / room
        // Two cells a day when they fit, as the stats page's due chart does.
        let cell = room >= 2 * days.count ? 2 : 1
        let columns = stride(from: 0, to: days.count, by: perColumn).map { start in
            let group = start..<min(days.count, start + perColumn)
            let total = group.reduce(0.0) { $0 + days[$1].minutes } / Double(group.count)
            let reviews = group.reduce(0.0) { $0 + reviewMinutes[$1] } / Double(group.count)
            return (total: total, reviews: reviews, final: group.allSatisfy { days[$0].finalReview })
        }
        frame.write(axis, x: x, y: y, style: Palette.dim)
        frame.write("0".leftPadded(to: DisplayWidth.of(axis)), x: x, y: y + height - 1, style: Palette.dim)
        let limitRow = limit.map { y + height - 1 - min(height - 1, Int(Double($0) / top * Double(height) - 0.5)) }
        for (index, column) in columns.enumerated() {
            let eighths = Int((column.total / top * Double(height * 8)).rounded())
            let reviewEighths = Int((column.reviews / top * Double(height * 8)).rounded())
            for level in 0..<height {
                let row = y + height - 1 - level
                let filled = eighths - level * 8
                let style = level * 8 + 4 < reviewEighths ? Palette.barFilled : (column.final ? Palette.barHighlight : Palette.accent)
                let text = filled > 0 ? levels[min(7, filled - 1)] : row == limitRow ? "─" : level == 0 ? "·" : " "
                let cellStyle = filled > 0 ? style : row == limitRow ? Palette.passLine : Palette.dim
                for offset in 0..<cell {
                    // A one-day column of two cells keeps the limit line unbroken between its days.
                    let shown = offset == 1 && filled <= 0 && row != limitRow ? " " : text
                    frame.write(shown, x: plotX + index * cell + offset, y: row, style: cellStyle)
                }
            }
        }
        var row = y + height
        let first = shortDay(days[0].date), last = shortDay(days[days.count - 1].date)
        frame.write(first, x: plotX, y: row, style: Palette.dim)
        let lastX = plotX + columns.count * cell - DisplayWidth.of(last)
        if lastX > plotX + DisplayWidth.of(first) { frame.write(last, x: lastX, y: row, style: Palette.dim) }
        row += 1
        var legend = x
        legend = frame.write("█", x: legend, y: row, style: Palette.barFilled)
        legend = frame.write(" reviews  ", x: legend, y: row, style: Palette.dim)
        legend = frame.write("█", x: legend, y: row, style: Palette.accent)
        legend = frame.write(" new  ", x: legend, y: row, style: Palette.dim)
        legend = frame.write("█", x: legend, y: row, style: Palette.barHighlight)
        legend = frame.write(" final review", x: legend, y: row, style: Palette.dim, maxX: x + width)
        if limit != nil, legend + 10 <= x + width {
            legend = frame.write("  ─", x: legend, y: row, style: Palette.passLine)
            frame.write(" your limit", x: legend, y: row, style: Palette.dim, maxX: x + width)
        }
        if perColumn > 1, legend + 20 <= x + width {
            frame.write("  (\(perColumn) days a column)", x: legend, y: row, style: Palette.dim, maxX: x + width)
        }
        return row + 1
    }

    /// `12-05`.
    static func shortDay(_ day: ExamDay) -> String { String(format: "%02d-%02d", day.month, day.day) }
}
