import ArgumentParser
import Course
import Foundation
import Quiz

/// `dli-tutor export`: progress as JSON (for import-progress) or CSV, or the
/// question bank as an Anki deck.
struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, anki
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export your progress (json, csv) or the question bank as an Anki deck (anki).",
        discussion: """
            json: everything (answered cards, review log, exams, reading progress, bookmarks) of every \
            course; dli-tutor import-progress reads it on another machine. csv: the review log, one \
            row per answer. anki: the course's questions as a tab-separated file for Anki's \
            File > Import (front: question and options; back: answer and explanation; tags).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "json, csv or anki.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "With --format anki: the course id (default: the bundled course).")
    var course: String?

    func validate() throws {
        if course != nil && format != .anki { throw ValidationError("--course applies to --format anki; json and csv export every course") }
    }

    func run() throws {
        let context = CourseContext(global)
        let data: Data
        switch format {
        case .anki:
            data = Data(AnkiDeck.tsv(try context.course(course)).utf8)
        case .json:
            let archive = try context.openStore().exportArchive()
            data = try archive.encoded() + Data("\n".utf8)
        case .csv:
            data = Data(ReviewLogCSV.render(try context.openStore().exportArchive()).utf8)
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(output): \(error.localizedDescription)")
        }
    }
}

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
        let summary = try CourseContext(global).openStore().importArchive(archive)
        print("Imported \(file): \(summary.reviewsAdded) reviews, \(summary.cardsAdded) new cards and \(summary.cardsUpdated) updated, "
            + "\(summary.examsAdded) exams, \(summary.lessonsUpdated) lessons' reading progress, \(summary.bookmarksAdded) bookmarks.")
    }
}
