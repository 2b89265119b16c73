import ArgumentParser
import Course
import Foundation
import Quiz
import Study

/// `dli-tutor import-progress FILE`: merges a JSON export into this machine's progress.
struct ImportProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-progress",
        abstract: "Merge a progress export (dli-tutor export --format json) into your progress.",
        discussion: """
            Nothing is lost or doubled: reviews, exams and bookmarks already present are kept once, a \
            card takes the more recent memory state, and reading progress keeps the furthest point. \
            The import is one transaction: a file with any problem changes nothing.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The JSON export, or - for standard input.", valueName: "file"))
    var file: String

    func run() throws {
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure("cannot read \(file): \(FileManager.default.fileExists(atPath: file) ? error.localizedDescription : "no such file")")
        }
        let archive: ProgressArchive
        do {
            archive = try ProgressArchive.decode(data)
        } catch {
            throw CommandFailure("\(file): \(error)")
        }
        let summary = try CourseContext(global).openStudy(nil).importArchive(archive)
        print("Imported \(file): \(summary.reviewsAdded) reviews, \(summary.cardsAdded) new cards and \(summary.cardsUpdated) updated, "
            + "\(summary.examsAdded) exams, \(summary.lessonsUpdated) lessons' reading progress, \(summary.bookmarksAdded) bookmarks.")
    }
}
