import Foundation
import Testing
@testable import Course

@Suite struct JSONSourceParserTests {
    @Test func recordsPositions() throws {
        let node = try JSONSourceParser.parse("{\n  \"a\": [1, \"x\"],\n  \"b\": {\"c\": null}\n}")
        #expect(node["a"]?.position == SourcePosition(line: 2, column: 8))
        #expect(node["a"]?.array?[1].position == SourcePosition(line: 2, column: 12))
        #expect(node["b"]?["c"]?.position == SourcePosition(line: 3, column: 14))
    }

    @Test func decodesStringsAndNumbers() throws {
        let node = try JSONSourceParser.parse(#"["\u00e9\ud83d\ude00\n\"", -1.5e3, true]"#)
        #expect(node.array?[0].string == "é😀\n\"")
        guard case .number(let x) = node.array?[1].value else { Issue.record("not a number"); return }
        #expect(x == -1500)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a quoted key"),
        ("[1 2]", 1, 4, "expected ',' or ']' in a list"),
        ("{\"a\": tru}", 1, 7, "invalid literal (expected true)"),
        ("\"abc", 1, 5, "unterminated string"),
        ("{\n\"a\":\n}", 3, 1, "unexpected '}'"),
        ("[1] x", 1, 5, "unexpected text after the JSON value"),
        // Columns count characters, not UTF-8 bytes.
        ("[\"é😀\", é]", 1, 8, "unexpected 'é'"),
        ("{\"ü\" 1}", 1, 6, "expected ':', found '1'"),
        ("[\"a\\é\"]", 1, 6, "invalid escape '\\é'"),
        ("[\"a\nb\"]", 1, 4, "line break inside a string (write \\n)"),
        ("[\"a\u{01}\"]", 1, 4, "control character inside a string"),
        (#"["\u12G4"]"#, 1, 7, "invalid \\u escape"),
        (#"["\ud83d x"]"#, 1, 9, "unpaired surrogate in \\u escape"),
        ("[-]", 1, 3, "invalid number '-'"),
    ])
    func reportsErrorsWithPositions(text: String, line: Int, column: Int, message: String) {
        #expect(throws: SourceParseError(message, at: SourcePosition(line: line, column: column))) {
            try JSONSourceParser.parse(text)
        }
    }

    /// Every value of the bundled quiz files and of a few hard strings reads as
    /// Foundation's JSON parser reads it.
    @Test func valuesAgreeWithFoundation() throws {
        func same(_ node: SourceNode, _ object: Any) -> Bool {
            switch node.value {
            case .null: return object is NSNull
            case .bool(let b): return (object as? NSNumber)?.boolValue == b
            case .number(let x): return (object as? NSNumber)?.doubleValue == x
            case .string(let s): return (object as? String) == s
            case .array(let items):
                guard let list = object as? [Any], list.count == items.count else { return false }
                return zip(items, list).allSatisfy { same($0, $1) }
            case .object(let members):
                guard let dictionary = object as? [String: Any], dictionary.count == members.count else { return false }
                return members.allSatisfy { member in dictionary[member.key].map { same(member.value, $0) } ?? false }
            }
        }
        let quiz = URL(fileURLWithPath: BundledCourseTests.folder).appendingPathComponent("quiz")
        var texts = try FileManager.default.contentsOfDirectory(atPath: quiz.path).sorted().map {
            try String(contentsOf: quiz.appendingPathComponent($0), encoding: .utf8)
        }
        texts.append(#"{"e": "caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t", "raw": "é😀 ﬁ", "n": [0, -0.5, 1e-3, 2E+2, 123456789012]}"#)
        #expect(texts.count > 1)
        for text in texts {
            let node = try JSONSourceParser.parse(text)
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            #expect(same(node, object))
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        #expect(throws: SourceParseError.self) { try JSONSourceParser.parse(String(repeating: "[", count: 10_000)) }
    }
}

@Suite struct YAMLSourceParserTests {
    @Test func typesAndPositionsWithOffset() throws {
        let node = try YAMLSourceParser.parse("id: l01\norder: 3\nquoted: \"3\"\nflag: true\ntags: [a, b]", lineOffset: 1)
        #expect(node["id"]?.string == "l01")
        #expect(node["quoted"]?.string == "3")
        guard case .number(3) = node["order"]?.value else { Issue.record("order is not a number"); return }
        guard case .bool(true) = node["flag"]?.value else { Issue.record("flag is not a bool"); return }
        #expect(node["tags"]?.position.line == 6)
    }

    /// Plain scalars are typed as Yams' default (regular-expression) resolver
    /// types them, though the parser no longer runs it.
    @Test func plainScalarsAreTypedAsYAML11() throws {
        enum Typed: Equatable { case null, bool(Bool), number(Double), string(String) }
        let expected: [(String, Typed)] = [
            ("yes", .bool(true)), ("Yes", .bool(true)), ("YES", .bool(true)), ("on", .bool(true)), ("ON", .bool(true)),
            ("True", .bool(true)), ("no", .bool(false)), ("No", .bool(false)), ("off", .bool(false)), ("Off", .bool(false)),
            ("FALSE", .bool(false)), ("yEs", .string("yEs")), ("tRUE", .string("tRUE")), ("'yes'", .string("yes")),
            ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("nULL", .string("nULL")), ("''", .string("")),
            ("12", .number(12)), ("-7", .number(-7)), ("+12", .number(12)), ("1_000", .number(1000)), ("0x1F", .number(31)),
            // Binary and octal parse as integers but not as floats, which a number needs here.
            ("0b101", .string("0b101")), ("0o17", .string("0o17")), ("1:30", .number(90)), ("1.5e3", .number(1500)), (".5", .number(0.5)),
            ("-.inf", .number(-.infinity)), ("\"12\"", .string("12")), ("12abc", .string("12abc")),
            ("2024-01-01", .string("2024-01-01")), ("v1.2", .string("v1.2")), ("-x", .string("-x")),
        ]
        for (text, typed) in expected {
            let value = try #require(try YAMLSourceParser.parse("k: \(text)")["k"]).value
            let got: Typed? = switch value {
            case .null: .null
            case .bool(let b): .bool(b)
            case .number(let x): .number(x)
            case .string(let s): .string(s)
            default: nil
            }
            #expect(got == typed, "\(text)")
        }
    }

    @Test func errorsCarryTheLine() {
        do {
            _ = try YAMLSourceParser.parse("title: ok\nbad: [unclosed\nnext: 1", lineOffset: 1)
            Issue.record("expected an error")
        } catch {
            #expect(error.position.line >= 3)
            #expect(error.message.hasPrefix("invalid YAML"))
        }
    }
}

@Suite struct FrontMatterTests {
    @Test func splitsAndCountsLines() throws {
        let parts = try FrontMatter.split("---\nid: x\ntitle: y\n---\n# Body\ntext")
        #expect(parts.yaml == "id: x\ntitle: y")
        #expect(parts.body == "# Body\ntext")
        #expect(parts.bodyStartLine == 5)
    }

    @Test func windowsLineEndingsSplitAndStayInTheParts() throws {
        let parts = try FrontMatter.split("---\r\nid: x\r\n---\r\n# Body\r\ntext")
        #expect(parts.yaml == "id: x\r")
        #expect(parts.body == "# Body\r\ntext")
        #expect(parts.bodyStartLine == 4)
        let lesson = "---\r\nid: a\r\ntitle: Lesson A\r\nchapter: one\r\norder: 1\r\n---\r\n# A\r\n"
        var files = sampleCourseFiles()
        files["lessons/01-a.md"] = lesson
        let load = CourseLoader.load(files: MemoryFiles(files))
        #expect(load.errors.isEmpty, "\(load.errors)")
        #expect(load.course?.lesson(id: "a")?.title == "Lesson A")
    }

    @Test func noFrontMatterIsAllBody() throws {
        let parts = try FrontMatter.split("# Title\n")
        #expect(parts.yaml.isEmpty && parts.body == "# Title\n")
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: SourceParseError.self) { try FrontMatter.split("---\nid: x\n# Body") }
    }

    @Test func unclosedFrontMatterCanBeTheWholeFile() throws {
        let parts = try FrontMatter.split("---\nid: x\ntitle: y\n", acceptingUnclosed: true)
        #expect(parts == FrontMatter(yaml: "id: x\ntitle: y\n", yamlStartLine: 2, body: "", bodyStartLine: 4, isClosed: false))
        #expect(try FrontMatter.split("---\nid: x\n---\n", acceptingUnclosed: true).isClosed)
    }

    /// The splitter scans bytes and stops at the closing fence; it must agree with
    /// splitting the whole file into lines, as it was first written.
    @Test func agreesWithSplittingEveryLine() throws {
        func reference(_ text: String) -> FrontMatter? {
            var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
            if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
            func trimmed(_ line: Substring) -> Substring {
                var s = line
                while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
                return s
            }
            guard let first = lines.first, trimmed(first) == "---" else {
                return FrontMatter(yaml: "", yamlStartLine: 1, body: text, bodyStartLine: 1)
            }
            guard let close = lines.indices.dropFirst().first(where: { trimmed(lines[$0]) == "---" || trimmed(lines[$0]) == "..." }) else {
                return nil
            }
            return FrontMatter(yaml: lines[1..<close].joined(separator: "\n"), yamlStartLine: 2,
                               body: lines[(close + 1)...].joined(separator: "\n"), bodyStartLine: close + 2)
        }
        let samples = [
            "---\nid: x\n---\nbody", "---\n---\nbody\n", "---\nid: x\n...\nbody", "--- \t\r\nid: x\r\n--- \r\nbody\r\n",
            "\u{FEFF}---\nid: é\n---\n# Café\n", "\u{FEFF}# no front matter\n", "----\nid: x\n---\n", " ---\nid: x\n---\n",
            "---\nid: x\n----\n---\nbody", "---\nid: x\n---", "---\nid: x\n---\n", "", "---", "---\n", "---\nid: x",
            "---\nnote: \"a --- b\"\n---\n\n---\nmore\n", "text\n---\nid: x\n---\n", "---\r\n\r\n---\r\n",
        ]
        for sample in samples {
            #expect((try? FrontMatter.split(sample)) == reference(sample), "\(sample.debugDescription)")
        }
    }
}
