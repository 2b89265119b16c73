import Foundation

/// A course's exam plan as the store keeps it, with its cached projection.
public struct StoredExamPlan: Equatable, Sendable {
    public var plan: ExamPlan
    public var setAt: Date
    /// Bumped by every review of the course added or removed.
    public var revision: Int
    /// What the cached projection was computed for, and the projection as JSON.
    public var projectionKey: String?
    public var projection: Data?

    public init(plan: ExamPlan, setAt: Date, revision: Int, projectionKey: String?, projection: Data?) {
        self.plan = plan
        self.setAt = setAt
        self.revision = revision
        self.projectionKey = projectionKey
        self.projection = projection
    }
}
