import Course

/// Styles of the practice, exam and stats screens (kept beside `Palette`, which
/// holds every colour of the app). Each says what it becomes in monochrome.
extension Palette {
    /// The keyed option once an answer is graded, and the wrong option chosen.
    static let correctOption = CellStyle(.brightGreen, on: .default, [.bold], monochrome: [.bold])
    static let wrongOption = CellStyle(.brightRed, on: .default, [.bold, .underline], monochrome: [.bold, .underline])
    /// The `____` blank of a code cloze.
    static let clozeBlank = CellStyle(.black, on: .yellow, [.bold], monochrome: [.reverse, .bold])
    /// The option the learner has chosen in an exam.
    static let chosenOption = CellStyle(.brightBlue, on: .default, [.bold], monochrome: [.bold])
    /// The rating the session proposes.
    static let proposedRating = CellStyle(.black, on: .cyan, [.bold], monochrome: [.reverse, .bold])

    /// The exam countdown: normal, under five minutes, under one minute.
    static let clock = CellStyle(.brightWhite, on: .default, [.bold], monochrome: [.bold])
    static let clockWarning = CellStyle(.black, on: .yellow, [.bold], monochrome: [.reverse, .bold])
    static let clockCritical = CellStyle(.brightWhite, on: .red, [.bold], monochrome: [.reverse, .bold, .underline])
    static let timeBar = CellStyle(.brightBlue, on: .default, [], monochrome: [])
    static let timeBarWarning = CellStyle(.yellow, on: .default, [.bold], monochrome: [.bold])

    /// Question palette cells: answered, unanswered, flagged, on screen; the palette's cursor.
    static let paletteAnswered = good
    static let paletteUnanswered = dim
    static let paletteFlagged = CellStyle(.brightMagenta, on: .default, [.bold], monochrome: [.bold])
    static let paletteCurrent = selection
    static let paletteCursor = CellStyle(.black, on: .brightYellow, [.bold], monochrome: [.reverse, .underline])

    /// The pass mark drawn across score bars.
    static let passLine = CellStyle(.brightYellow, on: .default, [.bold], monochrome: [.bold])
    /// Review heatmap cells from no reviews (0) to the busiest days (4).
    static let heat: [CellStyle] = [
        CellStyle(.default, on: .default, [.dim]),
        CellStyle(.green, on: .default, [], monochrome: []),
        CellStyle(.green, on: .default, [.bold], monochrome: []),
        CellStyle(.brightGreen, on: .default, [], monochrome: []),
        CellStyle(.brightGreen, on: .default, [.bold], monochrome: [.bold]),
    ]
    /// Cards by state: new, learning, review, relearning.
    static let cardStates: [CellStyle] = [
        CellStyle(.blue, on: .default, [], monochrome: []),
        CellStyle(.yellow, on: .default, [], monochrome: []),
        CellStyle(.green, on: .default, [], monochrome: []),
        CellStyle(.red, on: .default, [], monochrome: []),
    ]
}
