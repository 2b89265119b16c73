/// A document laid out for a terminal of a given width, with everything a reader
/// needs to navigate it: headings, anchors, links and calculator placements.
public struct RenderedDocument: Sendable {
    /// The layout width; no line is wider.
    public var width: Int
    public var lines: [StyledLine]
    /// The table of contents, in document order.
    public var headings: [RenderedHeading]
    /// Anchor → line index, for `#anchor` and `lesson:id#anchor` links (heading slugs and HTML ids).
    public var anchors: [String: Int]
    /// Every calculator call with its lines, in document order (Tab order).
    public var calcs: [RenderedCalc]
    /// Every link with the places its text occupies, in document order.
    public var links: [RenderedLink]
    /// Where each source block starts in `lines`, in order.
    public var sourceMap: [SourceMapEntry]
    /// Lines the last-resort clip had to cut at the edge: every layout path fits its
    /// own lines, so each one is an overflow to fix (a diagnostic for tests).
    var safetyClips = 0

    public init(
        width: Int, lines: [StyledLine], headings: [RenderedHeading] = [], anchors: [String: Int] = [:],
        calcs: [RenderedCalc] = [], links: [RenderedLink] = [], sourceMap: [SourceMapEntry] = []
    ) {
        self.width = width
        self.lines = lines
        self.headings = headings
        self.anchors = anchors
        self.calcs = calcs
        self.links = links
        self.sourceMap = sourceMap
    }

    /// The lines without styles.
    public var plainText: String { lines.map(\.text).joined(separator: "\n") }

    /// The rendered line of the last block that starts at or before a source line (for "jump to").
    public func line(forSourceLine source: Int) -> Int? {
        var best: SourceMapEntry?
        for entry in sourceMap where entry.sourceLine <= source {
            if best == nil || entry.sourceLine >= best!.sourceLine { best = entry }
        }
        return best?.line ?? sourceMap.first?.line
    }

    /// The source line of the block a rendered line belongs to.
    public func sourceLine(forLine line: Int) -> Int? {
        var best: SourceMapEntry?
        for entry in sourceMap where entry.line <= line {
            if best == nil || entry.line >= best!.line { best = entry }
        }
        return best?.sourceLine
    }
}

/// A heading in the table of contents.
public struct RenderedHeading: Equatable, Sendable {
    public var level: Int
    public var text: String
    /// The unique slug (`3-the-closed-form`).
    public var anchor: String
    /// The explicit HTML id, when the heading has one.
    public var id: String?
    /// Index into `lines` of the heading's first line.
    public var line: Int
    public var sourceLine: Int
}

/// Where a calculator call of a `calc` block was drawn and what it produced.
public struct RenderedCalc: Sendable {
    /// The report, or why there is none.
    public enum Outcome: Sendable {
        case report(CalcReport)
        case syntaxError(CalcSyntaxError)
        case formulaError(FormulaError)
    }
    /// The call as written (continuation lines joined).
    public var text: String
    /// The parsed call, when it parsed.
    public var call: CalcCall?
    public var outcome: Outcome
    /// The rendered lines of its box.
    public var lines: Range<Int>
    public var sourceLine: Int
}

/// A link and the rectangle pieces its text covers (one per rendered line).
public struct RenderedLink: Equatable, Sendable {
    /// One line's piece of the link text.
    public struct Place: Equatable, Sendable {
        public var line: Int
        /// Display columns `start..<end` on that line.
        public var columns: Range<Int>
    }
    public var url: String
    public var text: String
    public var places: [Place]
    /// The footnote number shown after the text (footnote link style), if any.
    public var footnote: Int?

    /// The line the link starts on.
    public var line: Int { places.first?.line ?? 0 }
    /// A link to another lesson (`lesson:id#anchor`) or within this one (`#anchor`).
    public var isInternal: Bool { url.hasPrefix("lesson:") || url.hasPrefix("#") }
}

/// A source block's first source line and the first rendered line it produced.
public struct SourceMapEntry: Equatable, Sendable {
    public var sourceLine: Int
    public var line: Int
}
