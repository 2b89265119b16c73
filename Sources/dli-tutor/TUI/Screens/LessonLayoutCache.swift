import Course

/// A lesson's layouts for the reader, one per width, computed on first use
/// with `LessonLayout` (the same title block and body as `dli-tutor read`), so a
/// resize back to a width costs nothing.
struct LessonLayoutCache {
    let lesson: Lesson
    let course: Course
    private var layouts: [Int: (document: RenderedDocument, bodyStart: Int)] = [:]

    init(lesson: Lesson, course: Course) {
        self.lesson = lesson
        self.course = course
    }

    /// The layout at `width`.
    mutating func rendered(width: Int) -> RenderedDocument {
        layout(width: width).document
    }

    /// The first line of the lesson body in the layout at `width` (the title block is above it).
    mutating func bodyStart(width: Int) -> Int {
        layout(width: width).bodyStart
    }

    private mutating func layout(width: Int) -> (document: RenderedDocument, bodyStart: Int) {
        if let cached = layouts[width] { return cached }
        let layout = (LessonLayout.render(lesson, in: course, width: width),
                      LessonLayout.titleBlockLines(lesson, in: course, width: width))
        layouts[width] = layout
        return layout
    }

    /// The text width for a terminal width: the whole screen less a margin, capped
    /// so lines stay readable on very wide terminals.
    static func textWidth(for columns: Int) -> Int { max(20, min(columns - 4, 100)) }
}
