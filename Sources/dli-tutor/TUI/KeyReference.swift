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

        init(_ title: String, _ entries: [KeyHelp]) {
            self.title = title
            self.entries = entries
        }

        init<Action>(_ title: String, _ bindings: [KeyBinding<Action>]) {
            self.init(title, bindings.keyHelp())
        }
    }

    static var sections: [Section] {
        [
            Section("Everywhere", App.globalKeys),
            Section("Home", HomeScreen.bindings),
            Section("Lessons", LessonsScreen.bindings),
            Section("Reader", ReaderScreen.bindings),
            Section("Reader: table of contents and bookmarks", ReaderScreen.listBindings),
            Section("Reader: search", ReaderScreen.searchBindings),
            Section("Answering a pick-one question (practice and exams)", answerKeys(.choice)),
            Section("Answering a select-all question", answerKeys(.choices(answers: [], picks: nil))),
            Section("Answering a typed number or text (the text field's keys below)", answerKeys(.number(NumberKey(value: nil)))),
            Section("Answering a recall card", answerKeys(.recall(back: ""))),
            Section("Practice: while answering", PracticeScreen.presentingBindings),
            Section("Practice: after an answer", PracticeScreen.gradedBindings),
            Section("Practice: when done", PracticeScreen.finishedBindings),
            Section("Practice: choosing a lesson or chapter", PracticeFilterPicker.bindings),
            Section("Mock exam: before the start", ExamIntroScreen.bindings),
            Section("Mock exam: while answering", ExamScreen.answeringBindings),
            Section("Mock exam: question palette", ExamScreen.paletteBindings),
            Section("Mock exam: submit or leave?", ExamScreen.dialogKeyHelp),
            Section("Mock exam: results", ExamResultsScreen.bindings),
            Section("Mock exam: review", ExamReviewScreen.bindings),
            Section("Calculators: the list", CalculatorScreen.listBindings),
            Section("Calculators: a calculator's fields", CalculatorScreen.formBindings),
            Section("Stats", StatsScreen.bindings),
            Section("Exam plan", PlanScreen.bindings),
            Section("Exam plan: editing the date, minutes or rest days", PlanScreen.fieldBindings),
            Section("Text fields (typed answers, search, calculator fields)", TextField.keyHelp),
        ]
    }

    /// A form's answer keys with confidence marking on (its Tab key included).
    private static func answerKeys(_ response: QuestionResponse) -> [KeyHelp] {
        AnswerInput.bindings(for: response, confidenceMarking: true, sure: true).keyHelp()
    }
}
