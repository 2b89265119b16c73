public struct Chapter: Equatable, Sendable, Identifiable {
    /// Also the quiz domain of the chapter's questions.
    public var id: String
    public var number: Int
    public var title: String
    /// Share of the exam in percent.
    public var weight: Double

    public init(id: String, number: Int, title: String, weight: Double) {
        self.id = id
        self.number = number
        self.title = title
        self.weight = weight
    }
}
