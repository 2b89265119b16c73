/// The learner's preferences, kept in the progress database.
public struct StudySettings: Equatable, Sendable {
    /// Ask "sure?" before an answer is revealed (confident errors come back in
    /// the session; a right answer not sure is rated Hard).
    public var confidenceMarking: Bool

    public init(confidenceMarking: Bool = true) {
        self.confidenceMarking = confidenceMarking
    }

    public static let standard = StudySettings()
}
