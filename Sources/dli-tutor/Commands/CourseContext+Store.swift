import Course
import Foundation
import Quiz

extension CourseContext {
    /// The progress database in the data folder. A `StoreError` (from here or
    /// any later store call) ends the command with one line naming the file.
    func openStore() throws(StoreError) -> ProgressStore {
        try ProgressStore(dataDirectory: dataDirectory)
    }
}
