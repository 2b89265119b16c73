import Testing
@testable import Course

@Suite struct HTMLBlockScannerTests {
    @Test func splitsTopLevelBlocksWithTheirLines() {
        let html = "<h2 id=\"a\">Title</h2>\n\n<p>One\ntwo</p>\n<details><summary>S</summary>\n<details>inner</details>\n</details>\nloose *markdown*\nstill loose\n\n<hr/>\n<pre><code>a </details> b</code></pre>"
        let (blocks, problems) = XdevHTMLBlockScanner.blocks(in: html, firstLine: 10)
        #expect(problems.isEmpty)
        #expect(blocks.map(\.tag) == ["h2", "p", "details", nil, "hr", "pre"])
        #expect(blocks.map(\.line) == [10, 12, 14, 17, 20, 21])
        #expect(blocks[0].attributes == "id=\"a\"")
        #expect(blocks[2].inner.contains("<details>inner</details>"))
        #expect(blocks[3].inner == "loose *markdown*\nstill loose")
        #expect(blocks[5].inner == "<code>a </details> b</code>")
    }

    @Test func anUnclosedBlockIsAProblemWithItsLine() {
        let (blocks, problems) = XdevHTMLBlockScanner.blocks(in: "<p>ok</p>\n\n<details>\n<p>never closed</p>\n")
        #expect(problems == [HTMLScanProblem(line: 3, message: "<details> opened here is never closed")])
        #expect(blocks.map(\.tag) == ["p", nil])
    }

    @Test func markdownFencesKeepTheirBlankLines() {
        let (blocks, _) = XdevHTMLBlockScanner.blocks(in: "```python\na = 1\n\nb = 2\n```\n\nnext")
        #expect(blocks.count == 2)
        #expect(blocks[0].inner == "```python\na = 1\n\nb = 2\n```")
    }
}

@Suite struct HTMLToMarkdownTests {
    @Test func entities() {
        #expect(HTMLEntities.decode("a &amp; b &lt;c&gt; &#39;d&#39; &#x2192; &rarr; &unknown; & x") == "a & b <c> 'd' → → &unknown; & x")
    }

    @Test func orderedListStartsMarkdownCannotWriteStartAtOne() {
        // start = Int.max overflowed on the second item.
        #expect(HTMLToMarkdown.markdown("<ol start=\"9223372036854775807\"><li>a</li><li>b</li></ol>") == "1. a\n2. b")
        #expect(HTMLToMarkdown.markdown("<ol start=\"-2\"><li>a</li></ol>") == "1. a")
        #expect(HTMLToMarkdown.markdown("<ol start=\"7\"><li>a</li><li>b</li></ol>") == "7. a\n8. b")
    }

    @Test func inlineElements() {
        let html = "Use <strong>bold</strong>, <em> italic </em>, <code>x * y</code>, <a href=\"https://e.org\">a link</a> and 2 * 3 &lt;tag&gt; $a*b$."
        #expect(HTMLToMarkdown.inline(html) == "Use **bold**, *italic* , `x * y`, [a link](https://e.org) and 2 \\* 3 \\<tag> $a*b$.")
    }

    @Test func codeWithBackticksGetsALongerFence() {
        #expect(HTMLToMarkdown.inline("<code>a`b</code>") == "``a`b``")
    }

    @Test func codeBlockKeepsLanguageAndText() {
        let html = "<pre><code class=\"language-python\">\nif a &lt; b:\n    print(\"&amp;\")\n</code></pre>"
        #expect(HTMLToMarkdown.markdown(html) == "```python\nif a < b:\n    print(\"&\")\n```")
    }

    @Test func codeBlockDropsOneLeadingLineBreakOfEitherKind() {
        #expect(HTMLToMarkdown.markdown("<pre><code>\r\nabc\r\n</code></pre>") == "```\nabc\n```")
        #expect(HTMLToMarkdown.markdown("<pre>\r\n</pre>") == "```\n\n```")
        #expect(HTMLToMarkdown.markdown("<pre>\n\nabc</pre>") == "```\n\nabc\n```")
    }

    @Test func listsQuotesAndTables() {
        let html = """
            <ul><li>one</li><li><p>two</p><ol><li>sub</li></ol></li></ul>
            <blockquote><p><strong>Tip:</strong> read</p></blockquote>
            <table><thead><tr><th>a</th><th>b|c</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>
            """
        #expect(HTMLToMarkdown.markdown(html) == "- one\n- two\n\n  1. sub\n\n> **Tip:** read\n\n| a | b\\|c |\n| --- | --- |\n| 1 | 2 |")
    }

    @Test func plainTextDropsTagsAndCollapsesSpaces() {
        #expect(HTMLToMarkdown.plainText("<p><strong>D) Semantic</strong>\n  similarity ✓</p>") == "D) Semantic similarity ✓")
    }

    @Test func deepNestingIsFlattenedNotACrash() {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "core" + String(repeating: "</div>", count: depth)
        #expect(HTMLToMarkdown.markdown(html) == "core")
        let inline = String(repeating: "<span>", count: depth) + "x" + String(repeating: "</span>", count: depth)
        #expect(HTMLToMarkdown.plainText(inline) == "x")
    }

    @Test func textThatLooksLikeATagInsideCodeIsKept() {
        #expect(HTMLToMarkdown.inline("Set <code>p: <float 0.0-1.0></code> first") == "Set `p: <float 0.0-1.0>` first")
    }
}
