import Course

/// What the app shows instead of a screen when the terminal is below the minimum.
enum TooSmall {
    static func lines(current: Size, needed: Size) -> [String] {
        [
            "Terminal too small",
            "\(current.width)×\(current.height), needs \(needed.width)×\(needed.height)",
            "Enlarge the window, or press Q to quit",
        ]
    }

    static func draw(into frame: inout Frame, needed: Size) {
        let wrapped = lines(current: frame.size, needed: needed).flatMap { TextFit.wrap($0, width: frame.width) }
        let top = max(0, (frame.height - wrapped.count) / 2)
        for (i, line) in wrapped.enumerated() where top + i < frame.height {
            let (text, offset) = TextFit.centred(line, in: frame.width)
            frame.write(text, x: offset, y: top + i, style: i == 0 ? Palette.bold : Palette.plain)
        }
    }
}
