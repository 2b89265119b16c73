import Foundation
import Testing
@testable import Course

/// The CommonMark spec's 652 examples and markdown-it's 42 GitHub-table examples,
/// run through the parser (CommonMark HTML handling) and `HTMLWriter`, compared
/// after the spec runner's normalisation. The examples that fail on purpose are the
/// table in `Sources/Course/Markdown/README.md`; the test fails when another example
/// fails (a regression) and when a listed one passes (the list must stay true).
@Suite(.enabled(if: CommonMarkFixtures.available, CommonMarkFixtures.skipMessage))
struct CommonMarkConformanceTests {
    @Test func specExamplesPassExceptTheListedDeviations() throws {
        try check(CommonMarkFixtures.specExamples(), minimum: 0.97)
    }

    @Test func tableExamplesPassExceptTheListedDeviations() throws {
        try check(CommonMarkFixtures.tableExamples(), minimum: 0.95)
    }

    /// `MarkdownPrinter` round trip: every example's document, printed and read again,
    /// is the same document (line numbers aside).
    @Test func examplesRoundTripThroughTheMarkdownPrinter() throws {
        // Three strong emphases nested right after a word: `foo**__**bar**__**` cannot open.
        let exceptions: Set<String> = ["spec 417"]
        for example in try CommonMarkFixtures.specExamples() + CommonMarkFixtures.tableExamples() {
            let document = MarkdownParser.parse(example.markdown, options: .commonMark)
            let printed = MarkdownPrinter.markdown(document)
            let again = MarkdownParser.parse(printed, options: .commonMark)
            let same = MarkdownPrinterTests.withoutLines(again) == MarkdownPrinterTests.withoutLines(document)
            #expect(same != exceptions.contains(example.id), "\(example.id)\n\(example.markdown)\nprinted:\n\(printed)")
        }
    }

    func check(_ examples: [CommonMarkExample], minimum: Double) throws {
        let deviations = try CommonMarkFixtures.listedDeviations()
        var sections: [(name: String, passed: Int, total: Int)] = []
        var failed: [String] = []
        for example in examples {
            let html = HTMLWriter.html(MarkdownParser.parse(example.markdown, options: .commonMark))
            let passed = SpecHTMLNormalizer.normalize(html) == SpecHTMLNormalizer.normalize(example.html)
            if sections.last?.name != example.section { sections.append((example.section, 0, 0)) }
            sections[sections.count - 1].total += 1
            if passed { sections[sections.count - 1].passed += 1 } else { failed.append(example.id) }
            let listed = deviations.contains(example.id)
            #expect(passed || listed, "\(example.id) (\(example.section)) fails and is not a listed deviation\n\(example.markdown)\nwant:\n\(example.html)\ngot:\n\(html)")
            #expect(!(passed && listed), "\(example.id) (\(example.section)) passes: remove it from the deviations in Sources/Course/Markdown/README.md")
        }
        let passed = examples.count - failed.count
        var table = sections.map { String(format: "%4d/%-4d %@", $0.passed, $0.total, $0.name) }
        table.append(String(format: "%4d/%-4d total (%.1f%%)", passed, examples.count, 100 * Double(passed) / Double(examples.count)))
        print(table.joined(separator: "\n"))
        #expect(Double(passed) >= minimum * Double(examples.count))
    }
}

/// One conformance example: `spec 42` or `tables 7`.
struct CommonMarkExample {
    var id: String
    var section: String
    var markdown: String
    var html: String
}

/// The third-party CommonMark fixtures (read-only test data), when present.
enum CommonMarkFixtures {
    static var folder: URL {
        if let path = ProcessInfo.processInfo.environment["DLI_TUTOR_COMMONMARK_FIXTURES"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return repository.deletingLastPathComponent().appendingPathComponent("shared/fixtures/commonmark")
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var available: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("spec-0.31.2.json").path)
            && FileManager.default.fileExists(atPath: folder.appendingPathComponent("gfm-tables.md").path)
    }

    static let skipMessage: Comment = "CommonMark fixtures not found (looked in ../shared/fixtures/commonmark beside the checkout, or $DLI_TUTOR_COMMONMARK_FIXTURES); conformance tests skipped"

    struct SpecEntry: Decodable {
        var markdown: String
        var html: String
        var example: Int
        var section: String
    }

    static func specExamples() throws -> [CommonMarkExample] {
        let data = try Data(contentsOf: folder.appendingPathComponent("spec-0.31.2.json"))
        return try JSONDecoder().decode([SpecEntry].self, from: data).map {
            CommonMarkExample(id: "spec \($0.example)", section: $0.section, markdown: $0.markdown, html: $0.html)
        }
    }

    /// markdown-it's fixture format: title lines, then `.`, the Markdown, `.`, the HTML, `.`.
    static func tableExamples() throws -> [CommonMarkExample] {
        let text = try String(contentsOf: folder.appendingPathComponent("gfm-tables.md"), encoding: .utf8)
        var examples: [CommonMarkExample] = []
        var parts: [[Substring]] = [[], [], []]
        var part = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line == "." else {
                parts[part].append(line)
                continue
            }
            part = (part + 1) % 3
            if part == 0 {
                let markdown = parts[1].joined(separator: "\n") + "\n"
                let html = parts[2].joined(separator: "\n") + "\n"
                examples.append(CommonMarkExample(id: "tables \(examples.count + 1)", section: "Tables", markdown: markdown, html: html))
                parts = [[], [], []]
            }
        }
        return examples
    }

    /// The example ids of the deviations table in the engine's README (`| spec 7 | …`).
    static func listedDeviations() throws -> Set<String> {
        let readme = repository.appendingPathComponent("Sources/Course/Markdown/README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        var ids = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("| spec ") || line.hasPrefix("| tables ") {
            if let cell = line.dropFirst(2).split(separator: "|").first { ids.insert(cell.trimmingCharacters(in: .whitespaces)) }
        }
        return ids
    }
}
