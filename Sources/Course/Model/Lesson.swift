/// One lesson: front matter plus the Markdown body.
public struct Lesson: Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var chapter: String
    public var order: Int
    public var minutes: Int
    public var objectives: [String]
    public var tags: [String]
    public var claims: [LessonClaim]
    /// Markdown (with the HTML subset the importer keeps).
    public var body: String
    /// The file it was loaded from, and the line the body starts on (for diagnostics).
    public var file: String
    public var bodyStartLine: Int

    public init(
        id: String, title: String, chapter: String, order: Int, minutes: Int = 0,
        objectives: [String] = [], tags: [String] = [], claims: [LessonClaim] = [],
        body: String, file: String = "", bodyStartLine: Int = 1
    ) {
        self.id = id
        self.title = title
        self.chapter = chapter
        self.order = order
        self.minutes = minutes
        self.objectives = objectives
        self.tags = tags
        self.claims = claims
        self.body = body
        self.file = file
        self.bodyStartLine = bodyStartLine
    }
}
