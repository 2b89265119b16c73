import Course
import Foundation
import Quiz
import Study

extension CourseContext {
    /// The learner's study store on the progress database in the data folder,
    /// with `course` opened (its bank synced). A `StoreError` (from here or any
    /// later store call) ends the command with one line naming the file.
    func openStudy(_ course: Course?, newPerDay: Int = PracticeQueueOptions().newPerDay) throws -> ProgressStudyStore {
        let study = ProgressStudyStore(store: try ProgressStore(dataDirectory: dataDirectory, integrity: integrity), scheduler: .standard,
                                       newPerDay: newPerDay)
        if let course { try study.save(.courseOpened(course, at: Date())) }
        return study
    }
}

extension GlobalOptions {
    /// `--check-db` verifies the database on opening; otherwise the store decides.
    var integrity: ProgressStore.IntegrityCheck { checkDatabase ? .always : .whenSuspect }
}
