/// An xdev lesson file: YAML front matter (id, title, slug, duration_minutes,
/// sort_order, section_title, course…) and a Markdown/HTML body.
struct XdevLessonFile: Equatable {
    /// Relative to the source root.
    var path: String
    /// The chapter folder it sits in (`01-deep-learning-foundations`).
    var chapterFolder: String
    /// The file name without `.md` (`01-bai-1-pytorch-…`).
    var fileStem: String
    var slug: String?
    var title: String?
    var minutes: Int?
    var sortOrder: Int?
    var sectionTitle: String?
    /// The series title repeated in the lesson (`course.title`).
    var seriesTitle: String?
    var body: String
    var bodyStartLine: Int

    /// Parses one lesson; nil (with a located error) when its front matter is unusable.
    static func parse(_ text: String, path: String, file: String) -> (lesson: XdevLessonFile?, diagnostics: [Diagnostic]) {
        var reader = NodeReader(file: file)
        guard let front = XdevFrontMatter.parse(text, what: "a lesson", reader: &reader) else { return (nil, reader.diagnostics) }
        let node = front.node
        let parts = path.split(separator: "/")
        let stem = String(parts.last ?? "").dropSuffix(".md")
        let lesson = XdevLessonFile(
            path: path,
            chapterFolder: parts.count >= 3 ? String(parts[parts.count - 3]) : "",
            fileStem: stem,
            slug: XdevFrontMatter.text(node, "slug", reader: &reader),
            title: XdevFrontMatter.text(node, "title", reader: &reader),
            minutes: XdevFrontMatter.int(node, "duration_minutes", reader: &reader),
            sortOrder: XdevFrontMatter.int(node, "sort_order", reader: &reader),
            sectionTitle: XdevFrontMatter.text(node, "section_title", reader: &reader),
            seriesTitle: node["course"].flatMap { $0["title"]?.string },
            body: front.body, bodyStartLine: front.bodyStartLine)
        return (lesson, reader.diagnostics)
    }

    /// The names another file may use for this lesson: its slug, its file
    /// name, and the file name without the `NN-` ordinal.
    var aliases: [String] {
        var names = [fileStem, XdevNames.droppingOrdinal(fileStem)]
        if let slug { names.insert(slug, at: 0) }
        return names
    }
}

extension String {
    func dropSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
