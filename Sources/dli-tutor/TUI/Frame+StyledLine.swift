import Course

extension Frame {
    /// Writes a laid-out line in its roles' cell styles (`Style.cellStyle`); returns the column after it.
    @discardableResult
    mutating func write(_ line: StyledLine, x: Int, y: Int, maxX: Int? = nil, over base: CellStyle? = nil) -> Int {
        var column = x
        for span in line.spans {
            let style = base.map { span.style.cellStyle.merged(with: $0) } ?? span.style.cellStyle
            column = write(span.text, x: column, y: y, style: style, maxX: maxX)
        }
        return column
    }
}
