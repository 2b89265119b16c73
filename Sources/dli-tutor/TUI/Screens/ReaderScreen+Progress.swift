import Course
import Quiz
import Study

/// What reading a lesson records: which of its source lines were on screen.
extension ReaderScreen {
    /// Adds the body lines on screen to `seen` and updates the share read.
    mutating func markSeen() {
        let rows = max(top, bodyRows.lowerBound)..<min(top + viewHeight, bodyRows.upperBound)
        guard !rows.isEmpty else { return }
        seen.insert(sourceLines(ofRows: rows))
        share = max(share, seen.share(of: lesson))
    }

    /// The source lines that body rows show: a row inside a block stands for its
    /// share of the block's source lines, so a long paragraph or code block
    /// counts as seen only as far as it was on screen.
    func sourceLines(ofRows rows: Range<Int>) -> Range<Int> {
        let start = Int(sourcePosition(ofRow: rows.lowerBound).rounded(.down))
        let end = Int(sourcePosition(ofRow: rows.upperBound).rounded(.up))
        return start..<max(start, end)
    }

    /// Where in the source a row boundary of the body falls.
    func sourcePosition(ofRow row: Int) -> Double {
        let lines = lesson.bodyLines
        // The body's first row starts its first line, blank lines above the first block included.
        var map = rendered.sourceMap.filter { bodyRows.contains($0.line) }.map { (source: $0.sourceLine, row: $0.line) }
        if map.first?.row == bodyRows.lowerBound {
            map[0].source = min(map[0].source, lines.lowerBound)
        } else {
            map.insert((lines.lowerBound, bodyRows.lowerBound), at: 0)
        }
        guard row < bodyRows.upperBound, let index = map.lastIndex(where: { $0.row <= row }) else {
            return Double(row >= bodyRows.upperBound ? lines.upperBound : lines.lowerBound)
        }
        let block = map[index]
        let next = index + 1 < map.count ? map[index + 1] : (source: lines.upperBound, row: bodyRows.upperBound)
        let fraction = Double(row - block.row) / Double(max(1, next.row - block.row))
        return Double(block.source) + fraction * Double(max(0, next.source - block.source))
    }
}
