import Course
import Foundation
import Quiz

extension CourseContext {
    /// The progress database in the data folder. A `StoreError` (from here or
    /// any later store call) ends the command with one line naming the file.
    func openStore() throws(StoreError) -> ProgressStore {
        try ProgressStore(dataDirectory: dataDirectory, integrity: integrity)
    }
}

extension GlobalOptions {
    /// `--check-db` verifies the database on opening; otherwise the store decides.
    var integrity: ProgressStore.IntegrityCheck { checkDatabase ? .always : .whenSuspect }
}
