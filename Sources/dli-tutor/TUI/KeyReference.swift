import Course

/// Every key of the study app, screen by screen, read from the same key tables
/// the screens dispatch through and the `?` overlay shows: `dli-tutor keys` and
/// the man page's KEYS section print it, so they never drift from the app.
/// A new key table must be listed here (a test finds the tables in the sources
/// and fails for one that is missing).
enum KeyReference {
    struct Section: Equatable {
        var title: String
        var entries: [KeyHelp]
    }

    static var sections: [Section] {
        [
            Section(title: "Everywhere", entries: App.globalKeys),
            Section(title: "Home", entries: HomeScreen.bindings.keyHelp()),
            Section(title: "Lessons", entries: LessonsScreen.bindings.keyHelp()),
            Section(title: "Reader", entries: ReaderScreen.bindings.keyHelp()),
            Section(title: "Reader: table of contents and bookmarks", entries: ReaderScreen.listBindings.keyHelp()),
            Section(title: "Reader: search", entries: ReaderScreen.searchBindings.keyHelp()),
            Section(title: "Answering a pick-one question (practice and exams)",
                    entries: answerKeys(.choice)),
            Section(title: "Answering a select-all question",
                    entries: answerKeys(.choices(answers: [], picks: nil))),
            Section(title: "Answering a typed number or text (the text field's keys below)",
                    entries: answerKeys(.number(NumberKey(value: nil)))),
            Section(title: "Answering a recall card", entries: answerKeys(.recall(back: ""))),
            Section(title: "Practice: while answering", entries: PracticeScreen.presentingBindings.keyHelp()),
            Section(title: "Practice: after an answer", entries: PracticeScreen.gradedBindings.keyHelp()),
            Section(title: "Practice: when done", entries: PracticeScreen.finishedBindings.keyHelp()),
            Section(title: "Practice: choosing a lesson or chapter", entries: PracticeFilterPicker.bindings.keyHelp()),
            Section(title: "Mock exam: before the start", entries: ExamIntroScreen.bindings.keyHelp()),
            Section(title: "Mock exam: while answering", entries: ExamScreen.answeringBindings.keyHelp()),
            Section(title: "Mock exam: question palette", entries: ExamScreen.paletteBindings.keyHelp()),
            Section(title: "Mock exam: submit or leave?", entries: ExamScreen.dialogKeyHelp),
            Section(title: "Mock exam: results", entries: ExamResultsScreen.bindings.keyHelp()),
            Section(title: "Mock exam: review", entries: ExamReviewScreen.bindings.keyHelp()),
            Section(title: "Calculators: the list", entries: CalculatorScreen.listBindings.keyHelp()),
            Section(title: "Calculators: a calculator's fields", entries: CalculatorScreen.formBindings.keyHelp()),
            Section(title: "Stats", entries: StatsScreen.bindings.keyHelp()),
            Section(title: "Exam plan", entries: PlanScreen.bindings.keyHelp()),
            Section(title: "Exam plan: editing the date, minutes or rest days", entries: PlanScreen.fieldBindings.keyHelp()),
            Section(title: "Text fields (typed answers, search, calculator fields)", entries: TextField.keyHelp),
        ]
    }

    /// A form's answer keys with confidence marking on (its Tab key included).
    private static func answerKeys(_ response: QuestionResponse) -> [KeyHelp] {
        AnswerInput.bindings(for: response, confidenceMarking: true, sure: true).keyHelp()
    }
}
