import Testing
@testable import Course

/// Block structure: headings, paragraphs, lists, quotes, code, breaks, tables, line numbers.
@Suite struct MarkdownBlockTests {
    func blocks(_ text: String) -> [MarkdownBlock] { MarkdownParser.parse(text).blocks }
    func kinds(_ text: String) -> [MarkdownBlock.Kind] { blocks(text).map(\.kind) }

    /// The list that `text` starts with; fails the test when it starts with anything else.
    func firstList(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> MarkdownList {
        let kind = try #require(blocks(text).first, sourceLocation: sourceLocation).kind
        let list: MarkdownList? = if case .list(let list) = kind { list } else { nil }
        return try #require(list, "not a list: \(kind)", sourceLocation: sourceLocation)
    }

    @Test func atxHeadings() {
        #expect(kinds("# One\n## Two ##\n###### Six\n####### Seven") == [
            .heading(level: 1, content: [.text("One")], id: nil),
            .heading(level: 2, content: [.text("Two")], id: nil),
            .heading(level: 6, content: [.text("Six")], id: nil),
            .paragraph([.text("####### Seven")]),
        ])
        #expect(kinds("#NoSpace") == [.paragraph([.text("#NoSpace")])])
        #expect(kinds("## 3. Keep the *number*") == [
            .heading(level: 2, content: [.text("3. Keep the "), .emphasis([.text("number")])], id: nil)
        ])
    }

    @Test func setextHeadings() {
        #expect(kinds("Title\n=====\n\nSub\n---") == [
            .heading(level: 1, content: [.text("Title")], id: nil),
            .heading(level: 2, content: [.text("Sub")], id: nil),
        ])
    }

    @Test func paragraphsAndBreaks() {
        #expect(kinds("one\ntwo\n\nthree") == [
            .paragraph([.text("one"), .softBreak, .text("two")]),
            .paragraph([.text("three")]),
        ])
        #expect(kinds("hard  \nbreak\\\nagain") == [
            .paragraph([.text("hard"), .hardBreak, .text("break"), .hardBreak, .text("again")])
        ])
    }

    @Test func thematicBreaks() {
        #expect(kinds("---\n* * *\n___") == [.thematicBreak, .thematicBreak, .thematicBreak])
    }

    @Test func bulletAndNestedLists() throws {
        let list = try #require(blocks("- a\n- b\n  - c\n    - d\n- e").first)
        guard case .list(let l) = list.kind else { Issue.record("not a list"); return }
        #expect(!l.ordered && l.tight && l.items.count == 3)
        guard case .list(let nested) = l.items[1].blocks[1].kind else { Issue.record("no nested list"); return }
        #expect(nested.items.count == 1)
        guard case .list(let deeper) = nested.items[0].blocks[1].kind else { Issue.record("no deeper list"); return }
        #expect(deeper.items[0].blocks == [MarkdownBlock(.paragraph([.text("d")]), line: 4)])
    }

    @Test func orderedListsKeepTheirStart() throws {
        let l = try firstList("3. three\n4. four")
        #expect(l.ordered && l.start == 3 && l.items.count == 2)
        // Only a list starting at 1 may interrupt a paragraph.
        #expect(kinds("text\n2. not a list").count == 1)
        #expect(kinds("text\n1. a list").count == 2)
    }

    @Test func looseLists() throws {
        #expect(try !firstList("- a\n\n- b").tight)
        #expect(try firstList("- a\n- b\n\nafter").tight)
    }

    @Test func taskLists() throws {
        let l = try firstList("- [ ] open\n- [x] done\n- [X] also\n- [y] not")
        #expect(l.items.map(\.task) == [false, true, true, nil])
        #expect(l.items[0].blocks == [MarkdownBlock(.paragraph([.text("open")]), line: 1)])
    }

    @Test func nestedQuotesAndLazyContinuation() {
        #expect(kinds("> a\ncontinued\n> > b") == [
            .quote([
                MarkdownBlock(.paragraph([.text("a"), .softBreak, .text("continued")]), line: 1),
                MarkdownBlock(.quote([MarkdownBlock(.paragraph([.text("b")]), line: 3)]), line: 3),
            ])
        ])
    }

    @Test func callouts() {
        for (label, kind) in [("Exam tip:", CalloutKind.examTip), ("Common mistake:", .commonMistake), ("Note:", .note)] {
            guard case .callout(let k, _)? = kinds("> **\(label)** text").first else {
                Issue.record("no callout for \(label)")
                continue
            }
            #expect(k == kind)
        }
        #expect(kinds("> **Exam tip** without colon").first.map { if case .quote = $0 { true } else { false } } == true)
        #expect(kinds("> **Other:** label").first.map { if case .quote = $0 { true } else { false } } == true)
    }

    @Test func fencedAndIndentedCode() {
        #expect(kinds("```python extra\nx = 1\n\n  y\n```") == [.code(language: "python", text: "x = 1\n\n  y")])
        #expect(kinds("~~~\n```\n~~~") == [.code(language: nil, text: "```")])
        #expect(kinds("    code\n      more\n\ntext") == [
            .code(language: nil, text: "code\n  more"), .paragraph([.text("text")]),
        ])
        // An unclosed fence runs to the end.
        #expect(kinds("```\nopen") == [.code(language: nil, text: "open")])
        // Tabs become spaces to the next multiple of four.
        #expect(kinds("```\n\tx\n```") == [.code(language: nil, text: "    x")])
    }

    @Test func tablesWithAlignment() throws {
        guard case .table(let t) = try #require(blocks("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 \\| x | 3 |\n| only |").first).kind else {
            Issue.record("not a table")
            return
        }
        #expect(t.alignments == [.left, .center, .right])
        #expect(t.header == [[.text("a")], [.text("b")], [.text("c")]])
        #expect(t.rows == [[[.text("1")], [.text("2 | x")], [.text("3")]], [[.text("only")], [], []]])
    }

    @Test func notATableWhenColumnsDiffer() {
        #expect(kinds("| a | b |\n|---|\n") == [.paragraph([.text("| a | b |"), .softBreak, .text("|---|")])])
    }

    @Test func displayMathBlocks() {
        #expect(kinds("$$\nx^2\n$$") == [.math("x^2")])
        #expect(kinds("$$E = mc^2$$") == [.math("E = mc^2")])
        #expect(kinds("text $$a$$ inline") == [.paragraph([.text("text "), .math("a", display: true), .text(" inline")])])
    }

    @Test func calcBlocks() throws {
        let text = "```calc\n# comment\nelo ra=1600 \\\n  rb=1400\n\nbad \"x\n```"
        guard case .calc(let calls)? = kinds(text).first else {
            Issue.record("no calc block")
            return
        }
        #expect(calls.count == 2)
        #expect(calls[0].text == "elo ra=1600 rb=1400")
        #expect(calls[0].line == 3)
        #expect(try calls[0].parsed.get() == CalcCall(name: "elo", arguments: [("ra", "1600"), ("rb", "1400")]))
        #expect(calls[1].line == 6)
        #expect(throws: CalcSyntaxError.self) { try calls[1].parsed.get() }
    }

    @Test func calcCommentsCaptionTheNextCall() throws {
        let text = "```calc\n# first\n#   two lines\nadd a=1 b=2\nadd a=2 b=3\n\n# third\nadd a=3 b=4\n# trailing\n```"
        guard case .calc(let calls)? = kinds(text).first else {
            Issue.record("no calc block")
            return
        }
        #expect(calls.map(\.caption) == ["first two lines", nil, "third"])
        #expect(calls.map(\.line) == [4, 5, 8])
    }

    @Test func everyBlockKnowsItsSourceLine() {
        let doc = MarkdownParser.parse("# A\n\npara\n\n- item\n\n> quote\n\n```\ncode\n```\n", firstLine: 10)
        #expect(doc.blocks.map(\.line) == [10, 12, 14, 16, 18])
        #expect(doc.headings.map(\.line) == [10])
    }

    @Test func referenceDefinitions() {
        #expect(kinds("[docs]: https://x.org \"Title\"\n\nSee [the docs][docs] and [docs].") == [
            .paragraph([
                .text("See "), .link(url: "https://x.org", title: "Title", content: [.text("the docs")]),
                .text(" and "), .link(url: "https://x.org", title: "Title", content: [.text("docs")]), .text("."),
            ])
        ])
    }

    @Test func controlCharactersAreReplaced() {
        #expect(kinds("a\u{1B}[31mb\u{0}c") == [.paragraph([.text("a\u{FFFD}[31mb\u{FFFD}c")])])
        #expect(kinds("a\r\nb\rc") == [.paragraph([.text("a"), .softBreak, .text("b"), .softBreak, .text("c")])])
    }

    @Test func documentQueries() {
        let doc = MarkdownParser.parse("# T\n\n> [x](lesson:l01)\n\n```calc\nelo ra=1\n```")
        #expect(doc.links.map(\.url) == ["lesson:l01"])
        #expect(doc.links.map(\.line) == [3])
        #expect(doc.calcCalls.map(\.text) == ["elo ra=1"])
    }
}
