/// A series manifest (`index.md`): the YAML front matter that names the
/// series, its sections (our chapters) and their lessons, and its quiz.
struct XdevSeriesManifest: Equatable {
    struct Section: Equatable {
        var id: String?
        var title: String
        var sortOrder: Int?
        var lessons: [SectionLesson]
    }

    struct SectionLesson: Equatable {
        var slug: String
        var title: String?
        var minutes: Int?
    }

    var title: String?
    var slug: String?
    var description: String?
    var quizSlug: String?
    /// In teaching order (by `sort_order`, then as written).
    var sections: [Section]
    var file: String
    var line: Int

    /// Parses `index.md`; every problem is reported, and nil returned only when
    /// the front matter cannot be read at all.
    static func parse(_ text: String, file: String) -> (manifest: XdevSeriesManifest?, diagnostics: [Diagnostic]) {
        var reader = NodeReader(file: file)
        // Some upstream indexes are all YAML: an opening '---' that never closes.
        guard let root = XdevFrontMatter.parse(text, what: "a series index.md", acceptingUnclosed: true, reader: &reader)?.node else {
            return (nil, reader.diagnostics)
        }
        var sections: [(Section, Int)] = []
        if let list = root["sections"] {
            if let items = list.array {
                for (index, item) in items.enumerated() {
                    guard let node = reader.object(item, what: "a section") else { continue }
                    guard let title = reader.string(node, "title") else { continue }
                    var lessons: [(SectionLesson, Int, Int)] = []
                    if let lessonList = node["lessons"] {
                        for (position, lessonItem) in (lessonList.array ?? []).enumerated() {
                            guard let lesson = reader.object(lessonItem, what: "a section lesson"),
                                  let slug = reader.string(lesson, "slug") else { continue }
                            lessons.append((SectionLesson(slug: slug, title: XdevFrontMatter.text(lesson, "title", reader: &reader),
                                                          minutes: XdevFrontMatter.int(lesson, "duration_minutes", reader: &reader)),
                                            XdevFrontMatter.int(lesson, "sort_order", reader: &reader) ?? position, position))
                        }
                        if lessonList.array == nil {
                            reader.report("'lessons' must be a list, found \(lessonList.kindName)", at: lessonList.position)
                        }
                    }
                    let ordered = lessons.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.map(\.0)
                    sections.append((Section(id: XdevFrontMatter.text(node, "id", reader: &reader), title: title,
                                             sortOrder: XdevFrontMatter.int(node, "sort_order", reader: &reader),
                                             lessons: ordered), index))
                }
            } else {
                reader.report("'sections' must be a list, found \(list.kindName)", at: list.position)
            }
        }
        let ordered = sections.sorted { ($0.0.sortOrder ?? $0.1, $0.1) < ($1.0.sortOrder ?? $1.1, $1.1) }.map(\.0)
        let manifest = XdevSeriesManifest(
            title: XdevFrontMatter.text(root, "title", reader: &reader),
            slug: XdevFrontMatter.text(root, "slug", reader: &reader),
            description: XdevFrontMatter.text(root, "description", reader: &reader),
            quizSlug: XdevFrontMatter.text(root, "quiz_slug", reader: &reader),
            sections: ordered, file: file, line: root.position.line)
        return (manifest, reader.diagnostics)
    }
}
