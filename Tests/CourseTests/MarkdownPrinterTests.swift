import Foundation
import Testing
@testable import Course

/// `MarkdownPrinter`: what it prints reads back as the same document.
@Suite struct MarkdownPrinterTests {
    /// Parse, print, parse again: the two documents must be equal, line numbers aside.
    func roundTrips(_ markdown: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let document = MarkdownParser.parse(markdown)
        let printed = MarkdownPrinter.markdown(document)
        let again = MarkdownParser.parse(printed)
        #expect(MarkdownPrinterTests.withoutLines(again) == MarkdownPrinterTests.withoutLines(document),
                "printed:\n\(printed)", sourceLocation: sourceLocation)
    }

    @Test func theBundledLessonsRoundTrip() throws {
        let course = try #require(BundledCourseTests.load.course)
        #expect(course.lessons.count >= 10)
        for lesson in course.lessons { roundTrips(lesson.body) }
    }

    @Test func blocks() {
        roundTrips("# Title\n\nSetext\ntwo lines\n---\n\n> **Exam tip:** quote\n> - in a list\n\n---\n\n```swift\nlet a = 1\n```\n\n````\n```\n````")
        roundTrips("- a\n- b\n  - nested\n\n    loose inside\n- [x] done\n\n1. one\n2. two\n\n3) other list\n\n- x\n\n* y")
        roundTrips("| a | b \\| c | d |\n|:--|:-:|--:|\n| `x|y` | **b** | 1<br>2 |\n\n$$E = mc^2$$\n\n```calc\n# caption\nelo ra=1 rb=2\n```")
        roundTrips("![alt *x*](a.png \"T\")\n\n7. seven\n8. eight\n\n-\n\n- \n  code follows")
    }

    @Test func textThatLooksLikeMarkupStaysText() {
        for text in [
            "\\# not a heading", "1\\. not a list", "a \\*b\\* c", "snake_case and _em_? \\_no\\_", "\\[x\\](y) and [x] and \\[1]",
            "\\<div> and a < b > c", "&amp;copy; and & alone", "costs $5 and $10", "\\$x\\$ is text", "~80 MB or ~16 GB",
            "\\~\\~old\\~\\~", "see https\\://example.org", "\\> not a quote", "line one\\\nline two", "\\- dash\n\\+ plus\n\\=\\=",
            "a\\\\b and c\\\\", "`` a`b ``", "` `` `", "\\!\\[x](y)", "trailing hash \\#", "a\\|b",
        ] {
            roundTrips(text)
        }
    }

    @Test func inlines() {
        roundTrips("*em* **strong** ~~gone~~ `code` $x^2$ [link](http://x.org/a(b) \"t\") <https://e.org> <me@x.org> https://bare.org")
        roundTrips("[a](<b c>) [d](e\\)f) [g](h&amp;i) ![img](</a b.png>)\nsoft\\\nhard")
        #expect(MarkdownPrinter.markdown(inlines: [.text("A) "), .strong([.text(" bold ")]), .text(", done")]) == "A) **bold** , done")
        #expect(MarkdownPrinter.markdown(inlines: [.text("a"), .hardBreak, .text("b")]) == "a\\\nb")
    }

    @Test func htmlTheLessonReadingConvertsIsPrintedAsItsMarkdownOrHTML() {
        let html = """
            <h2 id="s1">Start <em>here</em></h2>
            <details><summary>Why <code>x</code> costs $5?</summary>
            <p>Because <strong>b</strong>.</p>
            </details>
            <figure><img src="a.png" alt="A"><figcaption>Fig. $x$</figcaption></figure>
            <table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>
            <ol start="9223372036854775807"><li>a</li><li>b</li></ol>
            """
        #expect(MarkdownPrinter.markdown(MarkdownParser.parse(html)) == """
            <h2 id="s1">Start <em>here</em></h2>

            <details>
            <summary>Why <code>x</code> costs &#36;5?</summary>

            Because **b**.

            </details>

            <figure>
            <img src="a.png" alt="A" />
            <figcaption>Fig. $x$</figcaption>
            </figure>

            | 1 | 2 |
            | --- | --- |
            | 3 | 4 |

            1. a
            2. b
            """)
        // What is not a header-less table or an impossible list start reads back the same.
        let printed = MarkdownPrinter.markdown(MarkdownParser.parse(html))
        let blocks = MarkdownPrinterTests.withoutLines(MarkdownParser.parse(printed)).blocks
        #expect(Array(blocks.prefix(3)) == Array(MarkdownPrinterTests.withoutLines(MarkdownParser.parse(html)).blocks.prefix(3)))
    }

    static func withoutLines(_ document: MarkdownDocument) -> MarkdownDocument {
        MarkdownDocument(blocks: document.blocks.map(withoutLines))
    }

    static func withoutLines(_ block: MarkdownBlock) -> MarkdownBlock {
        var kind = block.kind
        switch kind {
        case .quote(let children): kind = .quote(children.map(withoutLines))
        case .callout(let callout, let children): kind = .callout(callout, children.map(withoutLines))
        case .details(let summary, let children): kind = .details(summary: summary, blocks: children.map(withoutLines))
        case .calc(let calls): kind = .calc(calls.map { CalcBlockCall(text: $0.text, line: 0, caption: $0.caption) })
        case .list(var list):
            list.items = list.items.map { MarkdownListItem(blocks: $0.blocks.map(withoutLines), task: $0.task, line: 0) }
            kind = .list(list)
        default: break
        }
        return MarkdownBlock(kind, line: 0)
    }
}
