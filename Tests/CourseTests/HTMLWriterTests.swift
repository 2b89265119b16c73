import Testing
@testable import Course

/// `HTMLWriter` on what the conformance examples do not cover: the lesson extensions,
/// cmark's URL escaping and the lessons' HTML read back from the tree.
@Suite struct HTMLWriterTests {
    func html(_ markdown: String, _ options: MarkdownOptions = .commonMark) -> String {
        HTMLWriter.html(MarkdownParser.parse(markdown, options: options))
    }

    @Test func urlsArePercentEncodedAsCmarkDoes() {
        #expect(html("[a](<http://x.org/ä b?q=1&r='2'>)") == "<p><a href=\"http://x.org/%C3%A4%20b?q=1&amp;r=&#x27;2&#x27;\">a</a></p>\n")
        #expect(html("![a \"b\"](/i.png \"T & <t>\")") == "<p><img src=\"/i.png\" alt=\"a &quot;b&quot;\" title=\"T &amp; &lt;t&gt;\" /></p>\n")
        #expect(html("[x](/a~b[c])") == "<p><a href=\"/a%7Eb%5Bc%5D\">x</a></p>\n")
    }

    @Test func mathIsMarkedForMathJaxAndKaTeX() {
        #expect(html("Energy $E = mc^2$ here.") == "<p>Energy <span class=\"math inline\">\\(E = mc^2\\)</span> here.</p>\n")
        #expect(html("$$a < b$$") == "<div class=\"math display\">\\[a &lt; b\\]</div>\n")
    }

    @Test func calcBlocksAreCodeWithTheirCallsAndCaptions() {
        let markdown = "```calc\n# Two players\nelo ra=1600 \\\n  rb=1400\n```"
        #expect(html(markdown) == "<pre><code class=\"language-calc\"># Two players\nelo ra=1600 rb=1400\n</code></pre>\n")
    }

    @Test func lessonExtensions() {
        #expect(html("- [x] done\n- [ ] to do") == """
            <ul>
            <li><input type="checkbox" checked="" disabled="" /> done</li>
            <li><input type="checkbox" disabled="" /> to do</li>
            </ul>

            """)
        #expect(html("~~old~~ and > **Note:** x") == "<p><del>old</del> and &gt; <strong>Note:</strong> x</p>\n")
        #expect(html("> **Exam tip:** read twice") == "<blockquote>\n<p><strong>Exam tip:</strong> read twice</p>\n</blockquote>\n")
        #expect(html("| a | b |\n|:--|--:|\n| 1 | 2 |") == """
            <table>
            <thead>
            <tr>
            <th style="text-align:left">a</th>
            <th style="text-align:right">b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align:left">1</td>
            <td style="text-align:right">2</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func theLessonReadingOfHTMLWritesItsOwnElements() {
        let lesson = "<h2 id=\"s1\">Start</h2>\n\n<details><summary>Why <em>this</em>?</summary>\n\nBecause.\n\n</details>\n\n<figure><img src=\"a.png\" alt=\"A\"><figcaption>Fig 1</figcaption></figure>"
        #expect(html(lesson, .lesson) == """
            <h2 id="s1">Start</h2>
            <details>
            <summary>Why <em>this</em>?</summary>
            <p>Because.</p>
            </details>
            <figure>
            <img src="a.png" alt="A" />
            <figcaption>Fig 1</figcaption>
            </figure>

            """)
        // The same source read as CommonMark keeps its HTML as written.
        #expect(html("<details><summary>Why</summary>\n\nBecause.\n\n</details>") == "<details><summary>Why</summary>\n<p>Because.</p>\n</details>\n")
    }
}

/// The spec runner's normalisation rules, from the examples `normalize.py` documents.
@Suite struct SpecHTMLNormalizerTests {
    @Test func documentedExamples() {
        #expect(SpecHTMLNormalizer.normalize("<p>a  \t b</p>") == "<p>a b</p>")
        #expect(SpecHTMLNormalizer.normalize("<p>a  \t\nb</p>") == "<p>a b</p>")
        #expect(SpecHTMLNormalizer.normalize(" <p>a  b</p>") == "<p>a b</p>")
        #expect(SpecHTMLNormalizer.normalize("\n\t<p>\n\t\ta  b\t\t</p>\n\t") == "<p>a b</p>")
        #expect(SpecHTMLNormalizer.normalize("<i>a  b</i> ") == "<i>a b</i> ")
        #expect(SpecHTMLNormalizer.normalize("<br />") == "<br>")
        #expect(SpecHTMLNormalizer.normalize("<a title=\"bar\" HREF=\"foo\">x</a>") == "<a href=\"foo\" title=\"bar\">x</a>")
        #expect(SpecHTMLNormalizer.normalize("&forall;&amp;&gt;&lt;&quot;") == "\u{2200}&amp;&gt;&lt;&quot;")
    }

    @Test func preKeepsWhitespaceAndDifferentContentStaysDifferent() {
        #expect(SpecHTMLNormalizer.normalize("<pre><code>a  b\n</code></pre>") == "<pre><code>a  b\n</code></pre>")
        #expect(SpecHTMLNormalizer.normalize("<p>a</p>") != SpecHTMLNormalizer.normalize("<p>b</p>"))
        #expect(SpecHTMLNormalizer.normalize("<em>a</em>") != SpecHTMLNormalizer.normalize("<strong>a</strong>"))
        #expect(SpecHTMLNormalizer.normalize("<a href=\"x\">") != SpecHTMLNormalizer.normalize("<a href=\"y\">"))
        #expect(SpecHTMLNormalizer.normalize("<!-- a  b -->") == "<!-- a  b -->")
    }
}
