/// Finds a series' quiz: `data/quizzes/<quiz_slug>.json`, else the entry of
/// `data/quizzes.json` with that slug, else a quiz whose `series_slug` names
/// the series (files first, then the index). An entry with questions is
/// preferred to one without. Each file's problems are reported once, however
/// many series (languages) share it.
struct XdevQuizLookup {
    let source: XdevSource
    private var cache: [String: (quiz: XdevQuiz?, diagnostics: [Diagnostic])] = [:]
    private var reported: Set<String> = []

    init(source: XdevSource) { self.source = source }

    /// The quiz and the problems met finding it.
    mutating func quiz(slug: String?, series: [String]) -> (quiz: XdevQuiz?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if let slug {
            let path = "\(XdevSource.quizFolder)/\(slug).json"
            if source.files[path] != nil {
                return (file(path, diagnostics: &diagnostics), diagnostics)
            }
            if let found = fromIndex(diagnostics: &diagnostics, where: { $0["slug"]?.string == slug || $0["id"]?.string == slug }) {
                return (found, diagnostics)
            }
        }
        let names = Set(series)
        let paths = source.files.keys.filter { $0.hasPrefix(XdevSource.quizFolder + "/") && $0.hasSuffix(".json") }.sorted()
        var matches: [(path: String, quiz: XdevQuiz)] = []
        for path in paths {
            if let quiz = parse(path).quiz, let owner = quiz.seriesSlug, names.contains(owner) {
                matches.append((path, quiz))
            }
        }
        if let best = matches.first(where: { !$0.quiz.items.isEmpty }) ?? matches.first {
            return (file(best.path, diagnostics: &diagnostics), diagnostics)
        }
        if let found = fromIndex(diagnostics: &diagnostics, where: { $0["series_slug"]?.string.map(names.contains) ?? false }) {
            return (found, diagnostics)
        }
        if let slug {
            diagnostics.append(Diagnostic(file: source.displayPath(XdevSource.quizFolder), line: 1,
                                          message: "quiz '\(slug)' named by the series is neither \(XdevSource.quizFolder)/\(slug).json nor an entry of \(XdevSource.quizIndex); the course gets the lessons' practice questions only",
                                          severity: .warning))
        }
        return (nil, diagnostics)
    }

    /// Parses a quiz file (once) and reports its problems the first time it is used.
    private mutating func file(_ path: String, diagnostics: inout [Diagnostic]) -> XdevQuiz? {
        let result = parse(path)
        if reported.insert(path).inserted { diagnostics += result.diagnostics }
        return result.quiz
    }

    private mutating func parse(_ path: String) -> (quiz: XdevQuiz?, diagnostics: [Diagnostic]) {
        if let cached = cache[path] { return cached }
        let result = XdevQuiz.parseFile(source.files[path] ?? "", file: source.displayPath(path))
        cache[path] = result
        return result
    }

    private mutating func fromIndex(diagnostics: inout [Diagnostic], where wanted: (SourceNode) -> Bool) -> XdevQuiz? {
        guard let text = source.files[XdevSource.quizIndex] else { return nil }
        let result = XdevQuiz.parseIndex(text, file: source.displayPath(XdevSource.quizIndex), wanted: wanted)
        guard let best = result.quizzes.first(where: { !$0.items.isEmpty }) ?? result.quizzes.first else {
            if !result.diagnostics.isEmpty, reported.insert(XdevSource.quizIndex).inserted { diagnostics += result.diagnostics }
            return nil
        }
        if reported.insert("\(XdevSource.quizIndex)#\(best.line)").inserted { diagnostics += result.diagnostics }
        return best
    }
}
