import Testing
@testable import Course

/// The HTML subset of the upstream course, converted to Markdown blocks.
@Suite struct HTMLBlockTests {
    func kinds(_ text: String) -> [MarkdownBlock.Kind] { MarkdownParser.parse(text).blocks.map(\.kind) }

    @Test func headingsWithIdsAndParagraphs() {
        #expect(kinds("<h2 id=\"gioi-thieu\">1. Giới thiệu</h2>\n\n<p>Hello <strong>bold</strong> &amp; <em>it</em>.</p>") == [
            .heading(level: 2, content: [.text("1. Giới thiệu")], id: "gioi-thieu"),
            .paragraph([.text("Hello "), .strong([.text("bold")]), .text(" & "), .emphasis([.text("it")]), .text(".")]),
        ])
    }

    @Test func whitespaceCollapsesAndMathIsRecognised() {
        #expect(kinds("<p>a\n   b  $\\alpha$ costs $5</p>") == [
            .paragraph([.text("a b "), .math("\\alpha", display: false), .text(" costs $5")])
        ])
        #expect(kinds("<p>$$E = mc^2$$</p>") == [.math("E = mc^2")])
    }

    @Test func preCodeKeepsTextAndLanguage() {
        let html = "<pre><code class=\"language-python\">x = a &lt; b\n\"faith\": <float 0.0 to 1.0>,\n\ny = 2\n</code></pre>"
        #expect(kinds(html) == [.code(language: "python", text: "x = a < b\n\"faith\": <float 0.0 to 1.0>,\n\ny = 2")])
        #expect(kinds("<pre><code class=\"language-calc\">elo ra=1 rb=2\n</code></pre>").first.map {
            if case .calc(let calls) = $0 { calls.map(\.text) } else { [] }
        } == ["elo ra=1 rb=2"])
    }

    @Test func lists() {
        #expect(kinds("<ol start=\"3\">\n<li>a</li>\n<li>b <code>c</code></li>\n</ol>") == [
            .list(MarkdownList(ordered: true, start: 3, tight: true, items: [
                MarkdownListItem(blocks: [MarkdownBlock(.paragraph([.text("a")]), line: 2)], line: 2),
                MarkdownListItem(blocks: [MarkdownBlock(.paragraph([.text("b "), .code("c")]), line: 3)], line: 3),
            ]))
        ])
        // Unclosed <li> elements close each other.
        guard case .list(let l)? = kinds("<ul><li>one<li>two</ul>").first else {
            Issue.record("no list")
            return
        }
        #expect(l.items.count == 2)
    }

    @Test func tables() {
        let html = """
            <table>
            <thead>
            <tr><th>Op</th><th align="right">Syntax</th></tr>
            </thead>
            <tbody>
            <tr><td>Reshape</td><td><code>x.view()</code> / <code>x.reshape()</code></td></tr>
            <tr><td>Only one</td></tr>
            </tbody>
            </table>
            """
        guard case .table(let t)? = kinds(html).first else {
            Issue.record("no table")
            return
        }
        #expect(t.alignments == [.none, .right])
        #expect(t.header == [[.text("Op")], [.text("Syntax")]])
        #expect(t.rows == [
            [[.text("Reshape")], [.code("x.view()"), .text(" / "), .code("x.reshape()")]],
            [[.text("Only one")], []],
        ])
    }

    @Test func blockquoteCallout() {
        guard case .callout(let kind, let blocks)? = kinds("<blockquote><p><strong>Exam tip:</strong> do it.</p></blockquote>").first else {
            Issue.record("no callout")
            return
        }
        #expect(kind == .examTip)
        #expect(blocks.count == 1)
    }

    @Test func detailsWithMarkdownInside() {
        let html = "<details>\n<summary>Xem đáp án</summary>\n\nSome **bold** text.\n\n<pre><code class=\"language-python\">x = 1\n\ny = 2\n</code></pre>\n</details>\n\nAfter."
        let result = kinds(html)
        #expect(result.count == 2)
        guard case .details(let summary, let blocks) = result[0] else {
            Issue.record("no details")
            return
        }
        #expect(summary == [.text("Xem đáp án")])
        #expect(blocks.map(\.kind) == [
            .paragraph([.text("Some "), .strong([.text("bold")]), .text(" text.")]),
            .code(language: "python", text: "x = 1\n\ny = 2"),
        ])
        #expect(result[1] == .paragraph([.text("After.")]))
    }

    @Test func figures() {
        let html = "<figure><img src=\"/a.png\" alt=\"A diagram\" loading=\"lazy\" /><figcaption>Caption <em>here</em></figcaption></figure>"
        #expect(kinds(html) == [.figure(MarkdownFigure(source: "/a.png", alt: "A diagram", caption: [.text("Caption "), .emphasis([.text("here")])]))])
    }

    @Test func unknownTagsAreDroppedTextKept() {
        #expect(kinds("<div class=\"x\"><section><p>kept <blink>text</blink></p></section></div>") == [
            .paragraph([.text("kept text")])
        ])
        #expect(kinds("<div><script>alert(1)</script><style>p{}</style><p>ok</p></div>") == [.paragraph([.text("ok")])])
        #expect(kinds("<hr />\n<p>a<br/>b</p>") == [.thematicBreak, .paragraph([.text("a"), .hardBreak, .text("b")])])
    }

    @Test func lineNumbersInsideHTML() {
        let doc = MarkdownParser.parse("intro\n\n<div>\n<h3>Title</h3>\n<p>text</p>\n</div>", firstLine: 5)
        #expect(doc.blocks.map(\.line) == [5, 8, 9])
    }

    @Test func unclosedContainersDoNotSwallowTheDocument() {
        // A <p> never closed ends at the blank line; Markdown after it is Markdown.
        #expect(kinds("<p>open\n\n# Heading") == [.paragraph([.text("open")]), .heading(level: 1, content: [.text("Heading")], id: nil)])
        #expect(kinds("<div>\n\n**md**\n\n") == [.paragraph([.strong([.text("md")])])])
    }
}
