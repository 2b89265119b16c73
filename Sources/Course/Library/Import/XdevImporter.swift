/// The result of converting an xdev tree: the courses, each as our course
/// files in memory, and every problem met (located).
public struct XdevImport: Sendable {
    /// The converted courses, in series order (default language first).
    public var courses: [ImportedCourse]
    /// Errors (something was skipped) and warnings (something was guessed), located.
    public var diagnostics: [Diagnostic]

    /// The diagnostics that mean something was not imported.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// One converted course, ready to be written to `<data dir>/courses/<id>/`.
public struct ImportedCourse: Sendable {
    /// The course model, as `CourseLoader` will read it back.
    public var course: Course
    /// Our course folder: relative path → file text.
    public var files: [String: String]
    /// The series folder it came from.
    public var source: String
    /// Practice blocks without options, kept in the lesson text only.
    public var openQuestions: Int
}

/// Converts the upstream xdev course format into our own (see
/// `XdevCourseConverter` for the mapping). Pure: file contents in, course
/// files and diagnostics out.
public enum XdevImporter {
    /// The language of `content/series` (the xdev repository's default).
    public static let defaultLanguage = "vi"

    /// Every series of `source`, in every language, as our course files.
    public static func convert(_ source: XdevSource, defaultLanguage: String = defaultLanguage) -> XdevImport {
        var diagnostics: [Diagnostic] = []
        let found = source.series
        guard !found.isEmpty else {
            diagnostics.append(Diagnostic(file: source.root, message: "no xdev series here: expected content/[LANG/]series/<group>/<series>/index.md and chapters/*/lessons/*.md"))
            return XdevImport(courses: [], diagnostics: diagnostics)
        }
        var quizzes = XdevQuizLookup(source: source)
        var courses: [ImportedCourse] = []
        for series in found {
            let result = XdevCourseConverter.convert(series, source: source, defaultLanguage: defaultLanguage, quizzes: &quizzes)
            diagnostics += result.diagnostics
            guard var conversion = result.conversion else { continue }
            if let other = courses.first(where: { $0.course.id == conversion.course.id }) {
                diagnostics.append(Diagnostic(file: conversion.source,
                                              message: "course id '\(conversion.course.id)' is also the id of the series in \(other.source); this series is skipped"))
                continue
            }
            let order = Dictionary(uniqueKeysWithValues: conversion.course.lessons.map { ($0.id, $0.order) })
            conversion.course.questions = conversion.course.questions.enumerated()
                .sorted { (order[$0.element.lesson] ?? 0, $0.offset) < (order[$1.element.lesson] ?? 0, $1.offset) }
                .map(\.element)
            let note = "Imported by `dli-tutor import` from the xdev series \(series.path).\nImporting it again replaces this folder."
            courses.append(ImportedCourse(course: conversion.course, files: CourseFolderWriter.files(for: conversion.course, note: note),
                                          source: conversion.source, openQuestions: conversion.openQuestions))
        }
        return XdevImport(courses: courses, diagnostics: diagnostics)
    }
}
