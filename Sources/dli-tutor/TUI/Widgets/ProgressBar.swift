import Course

/// Horizontal bars and sparklines in the app, drawn with the theme's blocks
/// (`CalcChartLayout`, the one drawing of bars).
enum ProgressBar {
    /// `fraction` (0…1) of `width` columns as a bar, with the rest as a dim track.
    static func draw(_ frame: inout Frame, x: Int, y: Int, width: Int, fraction: Double,
                     style: CellStyle = Palette.barFilled) {
        guard width > 0 else { return }
        let column = frame.write(CalcChartLayout.bar(fraction, width: width, theme: .unicode), x: x, y: y, style: style, clip: .hard)
        frame.write(String(repeating: "·", count: max(0, x + width - column)), x: column, y: y, style: Palette.barEmpty, clip: .hard)
    }

    /// One block per value, scaled to the largest; zero shows as a dot.
    static func sparkline(_ values: [Double]) -> String {
        let top = values.max() ?? 0
        return values.map { value in
            guard value > 0, value.isFinite else { return "·" }
            return CalcChartLayout.level(top > 0 ? value / top : 0, theme: .unicode)
        }.joined()
    }
}
