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
    ])
    func reportsErrorsWithPositions(text: String, line: Int, column: Int, message: String) {
        #expect(throws: SourceParseError(message, at: SourcePosition(line: line, column: column))) {
            try JSONSourceParser.parse(text)
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
}
