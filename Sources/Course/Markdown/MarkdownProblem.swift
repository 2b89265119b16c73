/// Something the parser read past, with the source line it is on: an importer or a
/// checker may want to say so (`<details> opened here is never closed`).
public struct MarkdownProblem: Equatable, Sendable {
    public var line: Int
    public var message: String
}
