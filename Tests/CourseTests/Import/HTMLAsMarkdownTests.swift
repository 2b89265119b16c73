import Testing
@testable import Course

/// The importer's path from upstream HTML to question Markdown: the engine's lesson
/// reading, then `MarkdownPrinter`.
@Suite struct HTMLAsMarkdownTests {
    func markdown(_ html: String) -> String { MarkdownPrinter.markdown(MarkdownParser.parse(html)) }

    @Test func entities() {
        #expect(HTMLEntities.decode("a &amp; b &lt;c&gt; &#39;d&#39; &#x2192; &rarr; &unknown; & x") == "a & b <c> 'd' → → &unknown; & x")
    }

    @Test func orderedListStartsMarkdownCannotWriteStartAtOne() {
        // start = Int.max overflowed on the second item.
        #expect(markdown("<ol start=\"9223372036854775807\"><li>a</li><li>b</li></ol>") == "1. a\n2. b")
        #expect(markdown("<ol start=\"-2\"><li>a</li></ol>") == "1. a")
        #expect(markdown("<ol start=\"7\"><li>a</li><li>b</li></ol>") == "7. a\n8. b")
    }

    @Test func inlineElements() {
        let html = "<p>Use <strong>bold</strong>, <em> italic </em>, <code>x * y</code>, <a href=\"https://e.org\">a link</a> and 2 * 3 &lt;tag&gt; $a*b$.</p>"
        #expect(markdown(html) == "Use **bold**, *italic* , `x * y`, [a link](https://e.org) and 2 \\* 3 \\<tag> $a*b$.")
        #expect(markdown("<p>a<br>b</p>") == "a\\\nb", "a <br> stays a line break")
    }

    @Test func codeWithBackticksGetsALongerFence() {
        #expect(markdown("<p><code>a`b</code></p>") == "``a`b``")
    }

    @Test func codeBlockKeepsLanguageAndText() {
        let html = "<pre><code class=\"language-python\">\nif a &lt; b:\n    print(\"&amp;\")\n</code></pre>"
        #expect(markdown(html) == "```python\nif a < b:\n    print(\"&\")\n```")
    }

    @Test func codeBlockDropsOneLeadingLineBreakOfEitherKind() {
        #expect(markdown("<pre><code>\r\nabc\r\n</code></pre>") == "```\nabc\n```")
        #expect(markdown("<pre>\r\n</pre>") == "```\n```")
        #expect(markdown("<pre>\n\nabc</pre>") == "```\n\nabc\n```")
    }

    @Test func listsQuotesAndTables() {
        let html = """
            <ul><li>one</li><li><p>two</p><ol><li>sub</li></ol></li></ul>
            <blockquote><p><strong>Tip:</strong> read</p></blockquote>
            <table><thead><tr><th>a</th><th>b|c</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>
            """
        #expect(markdown(html) == "- one\n\n- two\n\n  1. sub\n\n> **Tip:** read\n\n| a | b\\|c |\n| --- | --- |\n| 1 | 2 |")
    }

    @Test func plainTextDropsMarkupAndCollapsesSpaces() {
        #expect(PracticeText.plain(MarkdownParser.parse("<p><strong>D) Semantic</strong>\n  similarity ✓ at $x$</p>").blocks)
                == "D) Semantic similarity ✓ at $x$")
    }

    @Test func deepNestingIsFlattenedNotACrash() {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "core" + String(repeating: "</div>", count: depth)
        #expect(markdown(html) == "core")
        let inline = String(repeating: "<span>", count: depth) + "x" + String(repeating: "</span>", count: depth)
        #expect(PracticeText.plain(MarkdownParser.parse(inline).blocks) == "x")
    }

    @Test func textThatLooksLikeATagInsideCodeIsKept() {
        #expect(markdown("Set <code>p: <float 0.0-1.0></code> first") == "Set `p: <float 0.0-1.0>` first")
    }

    @Test func anUnclosedElementIsAProblemWithItsLine() {
        let document = MarkdownParser.parse("<p>ok</p>\n\n<details>\n<p>never closed</p>\n", firstLine: 10)
        #expect(document.problems == [MarkdownProblem(line: 12, message: "<details> opened here is never closed")])
        #expect(MarkdownParser.parse("<ul><li>a<li>b</ul>\n<p>c").problems.isEmpty, "end tags HTML leaves out are no problem")
    }
}
