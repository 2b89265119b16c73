import Course

/// The app's colours, in one place: every screen and widget takes its styles from
/// here. Each style that carries meaning in colour also says what to show in
/// monochrome (`NO_COLOR`), so selections and search hits stay visible.
enum Palette {
    static let plain = CellStyle.plain
    static let bold = CellStyle(.default, on: .default, [.bold])
    static let dim = CellStyle(.default, on: .default, [.dim])
    static let title = CellStyle(.brightCyan, on: .default, [.bold], monochrome: [.bold])
    static let accent = CellStyle(.cyan, on: .default, [], monochrome: [.bold])
    static let good = CellStyle(.green, on: .default, [.bold], monochrome: [.bold])
    static let bad = CellStyle(.red, on: .default, [.bold], monochrome: [.bold, .underline])
    static let warning = CellStyle(.yellow, on: .default, [], monochrome: [.underline])
    static let error = CellStyle(.brightRed, on: .default, [.bold], monochrome: [.bold, .underline])

    /// The top bar of every screen.
    static let header = CellStyle(.brightWhite, on: .blue, [.bold], monochrome: [.reverse, .bold])
    static let headerDim = CellStyle(.brightWhite, on: .blue, [], monochrome: [.reverse])
    /// The footer's key names, descriptions and status message.
    static let footerKey = CellStyle(.brightCyan, on: .default, [.bold], monochrome: [.bold])
    static let footerText = CellStyle(.default, on: .default, [.dim])
    static let footerStatus = CellStyle(.brightYellow, on: .default, [.bold], monochrome: [.bold, .reverse])

    /// The selected row of a focused list, and of a list without focus.
    static let selection = CellStyle(.brightWhite, on: .blue, [.bold], monochrome: [.reverse, .bold])
    static let selectionInactive = CellStyle(.default, on: .brightBlack, [], monochrome: [.underline])
    /// Search hits in the reader, and the current one.
    static let match = CellStyle(.black, on: .yellow, [], monochrome: [.underline, .bold])
    static let currentMatch = CellStyle(.black, on: .brightMagenta, [.bold], monochrome: [.reverse, .bold])
    /// A focused calculator block in the reader.
    static let focus = CellStyle(.brightYellow, on: .default, [.bold], monochrome: [.reverse])

    /// Borders of overlays and panels.
    static let border = CellStyle(.cyan, on: .default, [], monochrome: [])
    /// An editable field, and the one with the cursor.
    static let field = CellStyle(.default, on: .default, [.underline])
    static let fieldFocused = CellStyle(.brightWhite, on: .brightBlack, [.bold], monochrome: [.reverse])

    /// Progress bars and charts.
    static let barFilled = CellStyle(.green, on: .default, [], monochrome: [])
    static let barEmpty = CellStyle(.default, on: .default, [.dim])
    static let barHighlight = CellStyle(.brightYellow, on: .default, [.bold], monochrome: [.bold])
}
