import ArgumentParser
import Course
import Foundation
import Quiz
import Study

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

    @OptionGroup var options: CourseOptions

    @Option(help: "json, csv or anki.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if options.course != nil && format != .anki { throw ValidationError("--course applies to --format anki; json and csv export every course") }
    }

    func run() throws {
        let data: Data
        switch format {
        case .anki:
            data = Data(AnkiDeck.tsv(try options.load().course).utf8)
        case .json:
            let archive = try CourseContext(options.global).openStudy(nil).exportArchive()
            data = try archive.encoded() + Data("\n".utf8)
        case .csv:
            data = Data(ReviewLogCSV.render(try CourseContext(options.global).openStudy(nil).exportArchive()).utf8)
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
