/// A terminal size in columns and rows.
struct Size: Equatable, Hashable, Sendable, CustomStringConvertible {
    var width: Int
    var height: Int
    var description: String { "\(width)×\(height)" }

    /// Below this the app shows a message instead of a screen.
    static let minimum = Size(width: 60, height: 16)

    func fits(_ other: Size) -> Bool { width >= other.width && height >= other.height }
}

/// A cell position: column `x`, row `y`, both 0-based from the top left.
struct Point: Equatable, Hashable, Sendable {
    var x: Int
    var y: Int
}

/// A rectangle of cells.
struct Rect: Equatable, Hashable, Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    init(_ size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    var maxX: Int { x + width }
    var maxY: Int { y + height }
    var isEmpty: Bool { width == 0 || height == 0 }

    /// The rectangle shrunk by `dx` columns on each side and `dy` rows top and bottom.
    func inset(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// A rectangle of at most `width`×`height` centred in this one.
    func centred(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// Splits off `rows` rows at the top: (top, rest).
    func splitTop(_ rows: Int) -> (Rect, Rect) {
        let r = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: r), Rect(x: x, y: y + r, width: width, height: height - r))
    }

    /// Splits off `rows` rows at the bottom: (rest, bottom).
    func splitBottom(_ rows: Int) -> (Rect, Rect) {
        let r = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - r), Rect(x: x, y: y + height - r, width: width, height: r))
    }

    /// Splits off `columns` columns on the left: (left, rest).
    func splitLeft(_ columns: Int) -> (Rect, Rect) {
        let c = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: c, height: height), Rect(x: x + c, y: y, width: width - c, height: height))
    }

    /// The row `index` of this rectangle as a one-row rectangle.
    func row(_ index: Int) -> Rect { Rect(x: x, y: y + index, width: width, height: 1) }
}
