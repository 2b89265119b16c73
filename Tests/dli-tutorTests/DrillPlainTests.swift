import Course
import Foundation
import Testing

/// `dli-tutor practice --plain --drill NAME` end to end: the templates a
/// calculator computes, a fresh variant each round until :quit, logged as drill.
@Suite struct DrillPlainTests {
    @Test func aDrillAsksFreshVariantsUntilQuitAndLogsThemAsDrill() throws {
        let course = try #require(CourseLoader.load(folder: BundledCourse.folder).course)
        let templates = course.drillTemplates("elo")
        #expect(templates.count >= 2)
        let data = try BundledCourse.freshDataDirectory()
        // Six wrong answers, each confirmed with Enter, then :quit.
        let run = try Binary.run(["practice", "--plain", "--drill", "elo", "--seed", "2", "--data-dir", data],
                                 stdin: String(repeating: "1\n\n", count: 6) + ":quit\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Drill — elo: \(templates.count) templates, a fresh variant each round until :quit."))
        let asked = run.stdout.matches(of: /· round (\d+) · \[(l\d\d-g\d\d)#(\d+)\]/).map { ($0.output.1, String($0.output.2), $0.output.3) }
        // Six rounds answered; the seventh was on screen when :quit came.
        #expect(asked.map { Int($0.0) } == Array(1...7).map(Optional.init))
        #expect(Set(asked.map(\.1)).isSubset(of: Set(templates.map(\.id))))
        // Every round of a template draws its next variant.
        for id in Set(asked.map(\.1)) {
            let draws = asked.filter { $0.1 == id }.map { Int($0.2) ?? 0 }
            #expect(draws == Array(1...draws.count), "\(id): \(draws)")
        }
        // A template's first answer of the day moves its card; each later one says it does not.
        let answeredRounds = asked.prefix(6)
        #expect(run.stdout.components(separatedBy: "Practised already today").count - 1 == 6 - Set(answeredRounds.map(\.1)).count)
        // The wrong answers name their template's computation, once.
        #expect(run.stdout.components(separatedBy: "The right computation: elo ").count - 1 == 6)

        let folder = try BundledCourse.freshDataDirectory()
        let csv = (folder as NSString).appendingPathComponent("log.csv")
        #expect(try Binary.run(["export", "--format", "csv", "--output", csv, "--data-dir", data]).status == 0)
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.contains(",drill,") })
    }

    @Test func anUnknownDrillListsWhatCanBeDrilled() throws {
        let data = try BundledCourse.freshDataDirectory()
        let run = try Binary.run(["practice", "--plain", "--drill", "nope", "--data-dir", data])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no template or calculator with templates named 'nope'"))
        #expect(run.stderr.contains("elo") && run.stderr.contains("or a template id"))
        let mixed = try Binary.run(["practice", "--plain", "--drill", "elo", "--cram", "--data-dir", data])
        #expect(mixed.status == 2 && mixed.stderr.contains("--drill takes no --cram"))
    }
}
