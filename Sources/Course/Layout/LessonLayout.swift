/// A whole lesson laid out for reading: a title block (title, chapter, reading
/// time, learning objectives) above the body. The `read` command and the
/// reader screen both use it, so a lesson looks the same everywhere.
public enum LessonLayout {
    public static func render(
        _ lesson: Lesson, in course: Course?, width: Int, theme: Theme = .unicode,
        evaluate: (CalcCall) throws(FormulaError) -> CalcReport = Calculators.evaluate
    ) -> RenderedDocument {
        var document = TerminalLayout.render(MarkdownParser.parse(preamble(lesson, in: course)),
                                             width: width, theme: theme, evaluate: evaluate)
        let body = TerminalLayout.render(MarkdownParser.parse(lesson.body, firstLine: lesson.bodyStartLine),
                                         width: width, theme: theme, evaluate: evaluate)
        document.append(body)
        return document
    }

    /// How many lines the title block takes at `width`: the body starts there.
    public static func titleBlockLines(_ lesson: Lesson, in course: Course?, width: Int, theme: Theme = .unicode) -> Int {
        TerminalLayout.render(MarkdownParser.parse(preamble(lesson, in: course)), width: width, theme: theme).lines.count
    }

    /// The title block as Markdown, so it is styled like the rest of the text.
    static func preamble(_ lesson: Lesson, in course: Course?) -> String {
        var meta: [String] = []
        if let chapter = course?.chapter(id: lesson.chapter) {
            meta.append("Chapter \(chapter.number): \(escaped(chapter.title))")
        }
        meta.append("Lesson \(lesson.order)")
        if lesson.minutes > 0 { meta.append("\(lesson.minutes) min") }
        var text = "# \(escaped(lesson.title))\n\n*\(meta.joined(separator: " · "))*\n"
        if !lesson.objectives.isEmpty {
            text += "\n**You will be able to:**\n\n"
            for objective in lesson.objectives { text += "- \(escaped(objective))\n" }
        }
        return text + "\n---\n"
    }

    /// Front-matter text is plain text: Markdown punctuation in it is not markup.
    static func escaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]<>#|$".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}

extension RenderedDocument {
    /// Appends another document laid out at the same width, shifting its line
    /// indices (headings, anchors, calculators, links, source map) below ours.
    public mutating func append(_ other: RenderedDocument) {
        let offset = lines.count
        lines += other.lines
        headings += other.headings.map { var h = $0; h.line += offset; return h }
        for (anchor, line) in other.anchors where anchors[anchor] == nil { anchors[anchor] = line + offset }
        calcs += other.calcs.map { var c = $0; c.lines = (c.lines.lowerBound + offset)..<(c.lines.upperBound + offset); return c }
        links += other.links.map { link in
            var l = link
            l.places = l.places.map { var p = $0; p.line += offset; return p }
            return l
        }
        sourceMap += other.sourceMap.map { SourceMapEntry(sourceLine: $0.sourceLine, line: $0.line + offset) }
        safetyClips += other.safetyClips
    }
}
