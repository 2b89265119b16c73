import Course
import Foundation
import Testing
@testable import dli_tutor

/// `dli-tutor keys` and the man page's KEYS, ENVIRONMENT and FILES sections.
@Suite struct KeysCommandTests {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func sources(under folder: String) -> [(name: String, text: String)] {
        let root = checkout.appendingPathComponent(folder)
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".swift") }.sorted().compactMap { file in
            (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)).map { (file, $0) }
        }
    }

    /// Every static key table in the app's sources is reached by `KeyReference`.
    @Test func everyKeyTableIsInTheReference() throws {
        let reference = try String(contentsOf: Self.checkout.appendingPathComponent("Sources/dli-tutor/TUI/KeyReference.swift"),
                                   encoding: .utf8)
        let tables = KeyTableScan.tables(in: Self.sources(under: "Sources/dli-tutor/TUI").filter { !$0.name.hasSuffix("KeyReference.swift") })
        let names = tables.map { "\($0.type).\($0.member)" }
        #expect(["HomeScreen.bindings", "AnswerInput.bindings", "TextField.keyHelp", "App.globalKeys", "ExamScreen.dialogBindings"]
                .allSatisfy(names.contains), "the scan sees the tables: \(names)")
        #expect(KeyTableScan.unlisted(tables, reference: reference).isEmpty,
                "not in KeyReference: \(KeyTableScan.unlisted(tables, reference: reference))")
    }

    /// A table reached through a listed one (the same type's, or another type's
    /// helper built into it) counts; a new screen's own table does not.
    @Test func keyTableScanFollowsTablesBuiltIntoListedOnes() {
        let sources = [
            (name: "Screens/Review.swift", text: """
                struct Review {
                    static let bindings: [KeyBinding<Action>] = [
                        KeyBinding([.char("n")], "n", "next", .next),
                    ] + Links.bindings(Action.link)
                    static let dialog: [KeyBinding<Action>] = []
                    static var dialogHelp: [KeyHelp] { dialog.keyHelp() + [] }
                }
                """),
            (name: "Screens/Links.swift", text: """
                enum Links {
                    static func bindings<A: Sendable>(_ wrap: (Action) -> A) -> [KeyBinding<A>] {
                        []
                    }
                }
                """),
            (name: "Screens/Plan.swift", text: """
                struct Plan {
                    static let bindings: [KeyBinding<Action>] = [
                        KeyBinding([.char("p")], "p", "plan", .plan),
                    ]
                }
                """),
        ]
        let tables = KeyTableScan.tables(in: sources)
        #expect(tables.map(\.description) == ["Review.bindings (Screens/Review.swift)", "Review.dialog (Screens/Review.swift)",
                                               "Review.dialogHelp (Screens/Review.swift)", "Links.bindings (Screens/Links.swift)",
                                               "Plan.bindings (Screens/Plan.swift)"])
        let reference = "Section(\"Review\", Review.bindings), Section(\"?\", Review.dialogHelp)"
        #expect(KeyTableScan.unlisted(tables, reference: reference).map(\.description) == ["Plan.bindings (Screens/Plan.swift)"])
        #expect(KeyTableScan.unlisted(tables, reference: "").count == 5)
    }

    @Test func listingShowsEverySectionAndKeyInColumns() throws {
        let result = try Binary.run(["keys"])
        #expect(result.status == 0, "\(result.stderr)")
        let sections = KeyReference.sections
        #expect(sections.count > 20)
        for section in sections {
            #expect(result.stdout.contains("\n" + section.title + "\n") || result.stdout.hasPrefix(section.title + "\n"), "\(section.title)")
            for entry in section.entries {
                #expect(result.stdout.contains("  " + entry.label + " "), "\(section.title): \(entry.label)")
                #expect(result.stdout.contains("  " + entry.help + "\n"), "\(section.title): \(entry.help)")
            }
        }
        // The help texts of a section start in one column.
        let reader = try #require(sections.first { $0.title == "Reader" })
        let block = try #require(result.stdout.components(separatedBy: "\n\n").first { $0.hasPrefix("Reader\n") })
        let rows = block.split(separator: "\n").dropFirst().map(String.init)
        #expect(rows.count == reader.entries.count)
        let columns = Set(zip(rows, reader.entries).map { row, entry in DisplayWidth.of(row) - DisplayWidth.of(entry.help) })
        #expect(columns.count == 1, "\(rows)")
    }

    @Test func listingIncludesTheAnswerFormsAndTheTextField() {
        let text = KeysCommand.listing(KeyReference.sections)
        #expect(text.contains("answer with that option"))
        #expect(text.contains("tick or untick that option (select all that apply)"))
        #expect(text.contains("answer with what is typed"))
        #expect(text.contains("reveal the answer, then rate how well you recalled it"))
        #expect(text.contains("mark this answer sure or not sure"))
        #expect(TextField.keyHelp.allSatisfy { text.contains("  " + $0.help + "\n") })
    }

    @Test func escapingForRoff() {
        #expect(ManualSections.escape("k/↑") == #"k/\[u2191]"#)
        #expect(ManualSections.escape("a\\b \"q\"") == #"a\eb \(dqq\(dq"#)
        #expect(ManualSections.escape("😀") == #"\[u1F600]"#)
        #expect(ManualSections.text(".hidden") == #"\&.hidden"#)
        #expect(ManualSections.text("'quoted") == #"\&'quoted"#)
        #expect(ManualSections.text("plain. text") == "plain. text")
        #expect(ManualSections.arguments("No Em /") == #"\&No \&Em \&/"#)
    }

    @Test func manualSectionsAreMdocWithEveryKey() throws {
        let result = try Binary.run(["keys", "--man"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.filter { $0.hasPrefix(".Sh ") } == [".Sh KEYS", ".Sh ENVIRONMENT", ".Sh FILES"])
        #expect(lines.count { $0.hasPrefix(".Bl ") } == lines.count { $0 == ".El" })
        for section in KeyReference.sections {
            #expect(lines.contains(".Ss " + ManualSections.arguments(section.title)))
            for entry in section.entries {
                #expect(lines.contains(".It Sy " + ManualSections.arguments(entry.label)), "\(entry.label)")
            }
        }
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "non-ASCII is escaped")
        #expect(!result.stdout.contains("\\\""), "no roff comment")
        // The key help is not listed with `--help` (a hidden flag) but the command is.
        let help = try Binary.run(["keys", "--help"])
        #expect(!help.stdout.contains("--man"))
        #expect(try Binary.run(["--help"]).stdout.contains("keys"))
    }

    /// Every environment variable the sources read is documented (and nothing is
    /// documented that no source reads).
    @Test func environmentSectionNamesWhatTheSourcesRead() throws {
        let read = try Regex(#"environment\["([A-Z_]+)"\]|getenv\("([A-Z_]+)"\)"#)
        var names = Set<String>()
        for folder in ["Sources/Course", "Sources/Quiz", "Sources/Study", "Sources/dli-tutor"] {
            for (_, text) in Self.sources(under: folder) {
                for match in text.matches(of: read) {
                    if let name = match.output[1].substring ?? match.output[2].substring { names.insert(String(name)) }
                }
            }
        }
        // LANG and LC_* reach the binary through setlocale(LC_ALL, ""), not by name.
        names.formUnion(["LANG", "LC_ALL", "LC_CTYPE"])
        let documented = Set(ManualSections.environment.flatMap { $0.name.components(separatedBy: ", ") })
        #expect(names.contains("DLI_TUTOR_DATA") && names.contains("NO_COLOR"), "the scan works: \(names)")
        #expect(names == documented)
    }
}
