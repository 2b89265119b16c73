import Course

/// The cells that changed between two frames, as runs the backend writes in
/// one go: consecutive changed cells of one row that share a style.
struct FrameDiff: Equatable, Sendable {
    struct Run: Equatable, Sendable {
        var x: Int
        var y: Int
        var style: CellStyle
        /// One string per cell; a wide character's continuation cell is "".
        var cells: [String]

        /// True when every cell is a single ASCII character, so the run can be
        /// written as one string without trusting the terminal's width table.
        var isASCII: Bool { cells.allSatisfy { $0.utf8.count == 1 } }
    }

    var runs: [Run]

    /// The runs that turn `old` into `new`; everything when there is no old frame
    /// or its size differs.
    init(from old: Frame?, to new: Frame) {
        let full = old == nil || old?.size != new.size
        var runs: [Run] = []
        let width = new.width
        let oldCells = old?.cells
        let newCells = new.cells
        for y in 0..<new.height {
            var current: Run?
            for x in 0..<width {
                let i = y * width + x
                let cell = newCells[i]
                let changed = full || oldCells.map { $0[i] != cell } ?? true
                if changed {
                    if var run = current, run.style == cell.style {
                        run.cells.append(cell.text)
                        current = run
                    } else {
                        if let run = current { runs.append(run) }
                        current = Run(x: x, y: y, style: cell.style, cells: [cell.text])
                    }
                } else if let run = current {
                    runs.append(run)
                    current = nil
                }
            }
            if let run = current { runs.append(run) }
        }
        self.runs = runs
    }

    var changedCells: Int { runs.reduce(0) { $0 + $1.cells.count } }

    /// Whether curses would give a two-column cell (a wide character of the
    /// frame) fewer columns: `🖼️` is two columns here and in terminals that show
    /// the emoji presentation, one for wcwidth, which curses trusts. `columns`
    /// measures text as curses does.
    static func needsAbsolutePlacement(_ cell: String, columns: (String) -> Int) -> Bool {
        cell.utf8.count > 1 && DisplayWidth.of(cell) == 2 && columns(cell) < 2
    }
}
