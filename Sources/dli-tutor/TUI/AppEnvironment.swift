import Course
import Foundation
import Study

/// What every screen may read: the courses, the current one, the learner's
/// store and the clock. Screens never write through it; writes are effects.
struct AppEnvironment {
    /// A course the learner can switch to.
    struct LibraryCourse {
        var course: Course
        var source: CourseLibrary.Source
    }

    var library: [LibraryCourse]
    var course: Course
    var store: any StudyStore
    var clock: () -> Date
    /// Days for streaks and "yesterday" are counted in this calendar's time zone.
    var calendar: Calendar = .current
    /// Seeds for the order of practice questions and the draw of exams (fixed in tests).
    var seed: () -> UInt64 = { UInt64.random(in: 0...UInt64.max) }

    var now: Date { clock() }
}
