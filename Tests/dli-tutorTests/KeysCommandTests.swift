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

    /// Every static key table in the app's sources (`static let bindings: [KeyBinding<…>]`,
    /// `static func bindings(…) -> [KeyBinding<…>]`, `static let keyHelp: [KeyHelp]`) is
    /// listed by `KeyReference`, so a screen added with its own table cannot be left out.
    @Test func everyKeyTableIsInTheReference() throws {
        let reference = try String(contentsOf: Self.checkout.appendingPathComponent("Sources/dli-tutor/TUI/KeyReference.swift"),
                                   encoding: .utf8)
        let table = try Regex(#"static (?:let|var|func) (\w+)\b[^=\n{]*(?::|->) \[(?:KeyBinding<|KeyHelp\])"#)
        var found: [String] = []
        for (file, text) in Self.sources(under: "Sources/dli-tutor/TUI") where !file.hasSuffix("KeyReference.swift") {
            // Files are named for their type (`ExamScreen+Drawing.swift` extends `ExamScreen`).
            let type = String(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent.split(separator: "+")[0])
            func listed(_ member: Substring) -> Bool {
                let name = "\(type).\(member)"
                return [".", "(", ")", ","].contains { reference.contains(name + $0) }
            }
            let tables = text.matches(of: table)
            for match in tables {
                let member = match.output[1].substring ?? ""
                found.append("\(type).\(member)")
                // A table may be listed through another of its type's tables built from it.
                let builtInto = tables.contains { other in
                    other.output[1].substring != member && text[text.lineRange(for: other.range)].contains(member) && listed(other.output[1].substring ?? "")
                }
                #expect(listed(member) || builtInto, "\(type).\(member) (\(file)) is not listed in KeyReference")
            }
        }
        // The scan itself works: it sees the tables it must see.
        #expect(found.contains("HomeScreen.bindings") && found.contains("AnswerInput.bindings")
                && found.contains("TextField.keyHelp") && found.contains("App.globalKeys"), "\(found)")
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
        #expect(text.contains("delete the word before the cursor"))
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
