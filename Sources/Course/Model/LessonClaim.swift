/// A figure stated in lesson prose, recomputed by a test (see Content/README.md).
public struct LessonClaim: Equatable, Sendable {
    public var text: String
    public var calc: String
    public var field: String
    public var digits: Int?
    public var scale: Double?
    /// The line of the lesson file where the claim is written, for diagnostics.
    public var line: Int

    public init(text: String, calc: String, field: String, digits: Int? = nil, scale: Double? = nil, line: Int = 1) {
        self.text = text
        self.calc = calc
        self.field = field
        self.digits = digits
        self.scale = scale
        self.line = line
    }
}
