/// Horizontal bars drawn with eighth blocks, and sparklines.
enum ProgressBar {
    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// `fraction` (0…1) of `width` columns as a bar, with the rest as a dim track.
    static func draw(_ frame: inout Frame, x: Int, y: Int, width: Int, fraction: Double,
                     style: CellStyle = Palette.barFilled) {
        guard width > 0 else { return }
        let f = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let units = Int((f * Double(width * 8)).rounded())
        let full = units / 8, part = units % 8
        var column = frame.write(String(repeating: "█", count: full), x: x, y: y, style: style)
        if part > 0 { column = frame.write(eighths[part], x: column, y: y, style: style) }
        frame.write(String(repeating: "·", count: max(0, x + width - column)), x: column, y: y, style: Palette.barEmpty)
    }

    private static let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, scaled to the largest; zero shows as the lowest dot.
    static func sparkline(_ values: [Double]) -> String {
        let top = values.max() ?? 0
        return values.map { value in
            guard top > 0, value > 0, value.isFinite else { return value > 0 ? levels[0] : "·" }
            return levels[min(7, Int((value / top * 7).rounded()))]
        }.joined()
    }
}
