/// One xdev series (in one language) converted into our course model.
struct XdevCourseConversion {
    var course: Course
    /// The series folder it came from (display path).
    var source: String
    /// Practice blocks without options, left in the lesson text only.
    var openQuestions: Int
}

/// Converts one series and its quiz into a `Course`:
///
/// - id: `xdev-<series folder>` for the repository's default language,
///   `xdev-<series folder>-<language folder>` for `content/<LANG>/series`;
/// - chapters: the manifest's sections in `sort_order`, each with the id of the
///   chapter folder its lessons sit in (`01-diffusion-models` → `diffusion-models`);
///   lessons no section lists form a chapter of their folder;
/// - lessons: id from the `slug`, numbered 1, 2, … through the course in
///   chapter order, minutes from `duration_minutes`, body unchanged;
/// - questions: the lessons' multiple-choice practice questions
///   (`<lesson id>-q<N>`) and the quiz's questions (`quiz-<id>`);
/// - chapter weights from the quiz domains, and the exam blueprint from
///   `ExamBlueprintPlanner`.
enum XdevCourseConverter {
    static let idPrefix = "xdev-"

    static func courseID(seriesFolder: String, languageFolder: String?) -> String {
        idPrefix + XdevNames.slug(seriesFolder) + (languageFolder.map { "-" + XdevNames.slug($0) } ?? "")
    }

    static func convert(_ series: XdevSource.Series, source: XdevSource, defaultLanguage: String,
                        quizzes: inout XdevQuizLookup) -> (conversion: XdevCourseConversion?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let manifestPath = series.path + "/index.md"
        var manifest: XdevSeriesManifest? = nil
        if let text = source.files[manifestPath] {
            let parsed = XdevSeriesManifest.parse(text, file: source.displayPath(manifestPath))
            manifest = parsed.manifest
            diagnostics += parsed.diagnostics
        }
        var files: [XdevLessonFile] = []
        for path in source.lessonPaths(of: series) {
            let parsed = XdevLessonFile.parse(source.files[path] ?? "", path: path, file: source.displayPath(path))
            diagnostics += parsed.diagnostics
            if let lesson = parsed.lesson { files.append(lesson) }
        }
        let courseID = courseID(seriesFolder: series.slug, languageFolder: series.languageFolder)
        guard !files.isEmpty else {
            diagnostics.append(Diagnostic(file: source.displayPath(manifest == nil ? series.path : manifestPath),
                                          message: "series '\(series.slug)' has no lesson that could be imported; course '\(courseID)' skipped"))
            return (nil, diagnostics)
        }

        let outline = XdevOutline.build(manifest: manifest, lessons: files, source: source)
        diagnostics += outline.diagnostics
        var chapters = outline.chapters
        let lessons = outline.lessons

        var questions: [Question] = []
        var openQuestions = 0
        for (lesson, file) in zip(lessons, outline.files) {
            let scan = PracticeQuestionExtractor.scan(body: file.body, firstLine: file.bodyStartLine, file: lesson.file,
                                                      lesson: lesson.id, chapter: lesson.chapter)
            diagnostics += scan.diagnostics
            openQuestions += scan.openQuestions
            questions += scan.questions
        }

        let seriesNames = [series.slug, manifest?.slug].compactMap { $0 }
        let found = quizzes.quiz(slug: manifest?.quizSlug, series: seriesNames)
        diagnostics += found.diagnostics
        if let quiz = found.quiz {
            let mapped = XdevQuizMapper.map(quiz, chapters: chapters, lessons: lessons, files: outline.files, courseID: courseID)
            diagnostics += mapped.diagnostics
            chapters = mapped.chapters
            let taken = Set(questions.map(\.id))
            for question in mapped.questions where taken.contains(question.id) {
                diagnostics.append(Diagnostic(file: quiz.file, line: quiz.line,
                                              message: "quiz question id '\(question.id)' is already used by a practice question; quiz question skipped"))
            }
            questions += mapped.questions.filter { !taken.contains($0.id) }
        } else {
            let share = ExamBlueprintPlanner.equalWeight(chapters: chapters.count)
            for index in chapters.indices { chapters[index].weight = share }
        }

        let exam = ExamBlueprintPlanner.blueprint(chapters: chapters, bank: questions, quiz: found.quiz)
            ?? ExamBlueprint(questions: 0, minutes: 0, passPercent: ExamBlueprintPlanner.defaultPassPercent, domains: [])
        let language = series.languageFolder ?? defaultLanguage
        let title = manifest?.title ?? files.compactMap(\.seriesTitle).first ?? series.slug
        let course = Course(id: courseID, title: title, language: language, description: manifest?.description?.trimmed ?? "",
                            chapters: chapters, exam: exam, lessons: lessons, questions: questions)
        return (XdevCourseConversion(course: course, source: source.displayPath(series.path), openQuestions: openQuestions), diagnostics)
    }
}
