import Foundation
import Testing
@testable import Course

/// Rendered text of the hand-written sample (every construct) and of a few upstream
/// lessons, compared with the files in `Snapshots/`. Re-record with
/// `DLI_TUTOR_RECORD_SNAPSHOTS=1 swift test --filter Snapshot`.
@Suite struct SnapshotTests {
    static let widths = [40, 80, 120]

    static func sample() throws -> String {
        try String(contentsOf: Snapshot.directory.appendingPathComponent("sample.md"), encoding: .utf8)
    }

    static func render(_ text: String, width: Int, theme: Theme = .unicode) -> RenderedDocument {
        let split = try! FrontMatter.split(text)
        let document = MarkdownParser.parse(split.body, firstLine: split.bodyStartLine)
        return TerminalLayout.render(document, width: width, theme: theme, evaluate: TestCalculators.evaluate)
    }

    @Test(arguments: widths) func sample(width: Int) throws {
        let rendered = Self.render(try Self.sample(), width: width)
        try Snapshot.check(Snapshot.text(rendered), named: "sample.w\(width).txt")
    }

    @Test func sampleInASCII() throws {
        let rendered = Self.render(try Self.sample(), width: 80, theme: .ascii)
        try Snapshot.check(Snapshot.text(rendered), named: "sample.ascii.w80.txt")
    }

    @Test func sampleStyles() throws {
        let rendered = Self.render(try Self.sample(), width: 80)
        try Snapshot.check(rendered.lines.map(\.markup).joined(separator: "\n") + "\n", named: "sample.styles.w80.txt")
    }

    @Test func sampleWithFootnoteLinks() throws {
        var theme = Theme.unicode
        theme.linkStyle = .footnotes
        let rendered = Self.render(try Self.sample(), width: 80, theme: theme)
        try Snapshot.check(Snapshot.text(rendered), named: "sample.footnotes.w80.txt")
    }

    /// A lesson in English, a math-heavy one in Vietnamese, and the Markdown series index.
    static let fixtures: [(path: String, name: String)] = [
        ("content/en/series/luyen-thi/luyen-thi-nvidia-dli-generative-ai/chapters/01-deep-learning-foundations/lessons/01-bai-1-pytorch-neural-network-fundamentals.md", "xdev-en-lesson01"),
        ("content/series/luyen-thi/luyen-thi-nvidia-dli-generative-ai/chapters/04-agentic-ai-customization/lessons/02-bai-10-llm-evaluation-lora-fine-tuning.md", "xdev-vi-lesson10"),
        ("content/series/luyen-thi/luyen-thi-nvidia-dli-generative-ai/index.md", "xdev-vi-index"),
    ]

    @Test(.enabled(if: XdevFixtures.available, XdevFixtures.skipMessage), arguments: widths)
    func upstreamLessons(width: Int) throws {
        let root = URL(fileURLWithPath: XdevFixtures.folder)
        for fixture in Self.fixtures {
            let text = try String(contentsOf: root.appendingPathComponent(fixture.path), encoding: .utf8)
            let rendered = Self.render(text, width: width)
            try Snapshot.checkFingerprint(Snapshot.text(rendered), named: "\(fixture.name).w\(width)")
        }
    }
}
