/// A piece of inline text to lay out, with its style and the link it belongs to.
struct TextRun: Equatable {
    var text: String
    var style: Style
    /// Index of the link (in layout order) this text is part of.
    var link: Int?
    /// A forced line break; `text` is ignored.
    var isBreak = false
    /// Spaces inside do not break the line (short inline math or code) as long as
    /// the run fits the width; a longer one still breaks at its spaces.
    var keepTogether = false

    init(_ text: String, _ style: Style = .plain, link: Int? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }

    static let lineBreak: TextRun = {
        var run = TextRun("")
        run.isBreak = true
        return run
    }()
}

/// One wrapped line and the columns its links cover.
struct WrappedLine {
    var line = StyledLine()
    var width = 0
    var links: [(link: Int, columns: Range<Int>)] = []
    /// False when a piece starting with a joining scalar was added: `width` (the sum of
    /// the pieces) may then differ from the width of the joined line.
    var exact = true

    /// The width when it is known to be exact, for `LayoutBuilder.emit`.
    var exactWidth: Int? { exact ? width : nil }

    mutating func add(_ text: Substring, _ style: Style, link: Int?, width w: Int) {
        guard !text.isEmpty else { return }
        if exact && DisplayWidth.startsWithJoiner(text) { exact = false }
        if let link {
            if let last = links.last, last.link == link, last.columns.upperBound == width {
                links[links.count - 1].columns = last.columns.lowerBound..<(width + w)
            } else {
                links.append((link, width..<(width + w)))
            }
        }
        line.append(text, style)
        width += w
    }
}

/// Greedy word wrap by display width: words break at spaces; a word longer than
/// the line breaks between grapheme clusters; nothing ever exceeds `width`.
enum TextWrapper {
    private struct Segment {
        var text: Substring
        var style: Style
        var link: Int?
        var width: Int
    }

    private struct Word {
        var segments: [Segment] = []
        var width = 0
        var space: (style: Style, link: Int?)?
        var breakBefore = false
    }

    /// The common case of text that fits as it is (no breaks, no space to collapse
    /// or trim): one line, built without splitting into words.
    private static func singleLine(_ runs: [TextRun], width: Int) -> WrappedLine? {
        var total = 0
        var previous: UInt8 = 0x20
        for run in runs {
            if run.isBreak { return nil }
            for b in run.text.utf8 {
                if b == 0x0A || (b == 0x20 && previous == 0x20) { return nil }
                previous = b
            }
            total += DisplayWidth.of(run.text)
            if total > width { return nil }
        }
        if previous == 0x20 { return nil }
        var line = WrappedLine()
        for run in runs {
            if run.link != nil || (line.exact && DisplayWidth.startsWithJoiner(Substring(run.text))) {
                line.add(Substring(run.text), run.style, link: run.link, width: DisplayWidth.of(run.text))
            } else {
                // Only links need the width of each piece; the total is known.
                line.line.append(run.text, run.style)
            }
        }
        line.width = total
        return line
    }

    static func wrap(_ runs: [TextRun], width: Int) -> [WrappedLine] {
        let width = max(1, width)
        if let line = singleLine(runs, width: width) { return [line] }
        var lines: [WrappedLine] = []
        var current = WrappedLine()
        var word = Word()
        var pendingSpace: (style: Style, link: Int?)?
        var pendingBreak = false

        func flushLine() {
            lines.append(current)
            current = WrappedLine()
        }

        func place(_ word: Word) {
            if word.breakBefore { flushLine() }
            let space = (word.space != nil && current.width > 0) ? 1 : 0
            if current.width + space + word.width <= width {
                if space == 1, let s = word.space { current.add(Substring(" "), s.style, link: s.link, width: 1) }
                for segment in word.segments {
                    current.add(segment.text, segment.style, link: segment.link, width: segment.width)
                }
                return
            }
            if word.width <= width {
                if current.width > 0 { flushLine() }
                for segment in word.segments {
                    current.add(segment.text, segment.style, link: segment.link, width: segment.width)
                }
                return
            }
            // Longer than a whole line: start here if a fair share of the line is left.
            if current.width > 0 {
                if width - current.width - space >= max(4, width / 4), let s = word.space {
                    current.add(Substring(" "), s.style, link: s.link, width: 1)
                } else {
                    flushLine()
                }
            }
            for segment in word.segments {
                for cluster in segment.text {
                    var text = String(cluster)
                    var w = DisplayWidth.of(cluster)
                    if w > width {
                        text = "…"
                        w = 1
                    }
                    if current.width + w > width { flushLine() }
                    current.add(Substring(text), segment.style, link: segment.link, width: w)
                }
            }
        }

        func finishWord() {
            guard !word.segments.isEmpty else { return }
            place(word)
            word.segments.removeAll(keepingCapacity: true)
            word.width = 0
            word.space = nil
            word.breakBefore = false
        }

        for run in runs {
            if run.isBreak {
                finishWord()
                pendingBreak = true
                pendingSpace = nil
                continue
            }
            let text = run.text
            let together = run.keepTogether && DisplayWidth.of(text) <= width
            var pieceStart = text.startIndex
            var index = text.startIndex
            let utf8 = text.utf8
            func addPiece(_ end: String.Index) {
                guard pieceStart < end else { return }
                let piece = text[pieceStart..<end]
                if word.segments.isEmpty {
                    word.space = pendingSpace
                    word.breakBefore = pendingBreak
                    pendingSpace = nil
                    pendingBreak = false
                }
                let w = DisplayWidth.of(piece)
                word.segments.append(Segment(text: piece, style: run.style, link: run.link, width: w))
                word.width += w
            }
            while index < utf8.endIndex {
                let b = utf8[index]
                if (b == 0x20 && !together) || b == 0x0A {
                    addPiece(index)
                    finishWord()
                    pendingSpace = (run.style, run.link)
                    index = utf8.index(after: index)
                    pieceStart = index
                } else {
                    index = utf8.index(after: index)
                }
            }
            addPiece(utf8.endIndex)
        }
        finishWord()
        if current.width > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }
}
