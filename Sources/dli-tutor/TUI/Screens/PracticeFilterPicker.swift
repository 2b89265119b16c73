import Course
import Quiz
import Study

/// The small list practice opens with `/`: every question, one chapter, or one
/// lesson; Enter practises them as scheduled, `c` crams them (all of them now).
struct PracticeFilterPicker: Equatable {
    struct Choice: Equatable {
        var label: String
        var count: Int
        var filter: CardFilter
    }

    enum Action: Sendable { case up, down, first, last, choose, cram, close }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.char("k"), .up], "k/↑", "previous", .up),
        KeyBinding([.char("j"), .down], "j/↓", "next", .down),
        KeyBinding([.char("g"), .home], "g/Home", "first", .first),
        KeyBinding([.char("G"), .end], "G/End", "last", .last),
        KeyBinding([.enter], "Enter", "practise these questions (due and today's new ones)", .choose, footer: "choose"),
        KeyBinding([.char("c")], "c", "cram them: every one now, past the daily limit (before an exam)", .cram, footer: "cram"),
        KeyBinding([.escape, .char("q"), .char("/")], "Esc/q", "close without changing", .close, footer: "close"),
    ]

    private(set) var choices: [Choice]
    private(set) var selected: Int

    init(course: Course, current: CardFilter) {
        var choices = [Choice(label: "All questions", count: Set(course.questions.map(\.id)).count, filter: .all)]
        for chapter in course.chapters {
            choices.append(Choice(label: "Chapter \(chapter.number) · \(chapter.title)",
                                  count: course.questions.count { $0.domain == chapter.id }, filter: CardFilter(domain: chapter.id)))
        }
        for lesson in course.lessons {
            choices.append(Choice(label: "Lesson \(lesson.order) · \(lesson.title)",
                                  count: course.questions.count { $0.lesson == lesson.id }, filter: CardFilter(lesson: lesson.id)))
        }
        self.choices = choices
        selected = choices.firstIndex { $0.filter == current } ?? 0
    }

    /// What a key did: the picker stays open, was closed, or a filter was chosen.
    enum Outcome: Equatable { case open, closed, chosen(CardFilter, cram: Bool) }

    mutating func handle(_ key: Key) -> Outcome {
        guard let action: Action = Self.bindings.action(for: key) else { return .open }
        switch action {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(choices.count - 1, selected + 1)
        case .first: selected = 0
        case .last: selected = choices.count - 1
        case .choose: return .chosen(choices[selected].filter, cram: false)
        case .cram: return .chosen(choices[selected].filter, cram: true)
        case .close: return .closed
        }
        return .open
    }

    /// The name of a filter as the header shows it.
    static func label(of filter: CardFilter, in course: Course) -> String {
        if let id = filter.lesson {
            return course.lesson(id: id).map { "Lesson \($0.order) · \($0.title)" } ?? "Lesson \(id)"
        }
        if let id = filter.domain {
            return course.chapter(id: id).map { "Chapter \($0.number) · \($0.title)" } ?? "Chapter \(id)"
        }
        return "All questions"
    }

    func draw(into frame: inout Frame) {
        let labelWidth = choices.map { DisplayWidth.of($0.label) }.max() ?? 0
        let width = min(frame.width - 4, max(40, labelWidth + 18))
        let height = min(frame.height - 2, choices.count + 4)
        let inside = Box.draw(&frame, in: frame.bounds.centred(width: width, height: height), title: "Practise which questions?")
        let visible = max(1, inside.height - 2)
        let top = ScrollWindow.top(keeping: selected, visible: visible, count: choices.count, currentTop: max(0, selected - visible + 1))
        for (row, choice) in choices.dropFirst(top).prefix(visible).enumerated() {
            let index = top + row, y = inside.y + 1 + row
            let style = index == selected ? Palette.selection : Palette.plain
            if index == selected { frame.fill(Rect(x: inside.x, y: y, width: inside.width, height: 1), style: style) }
            let count = StudyFormat.count(choice.count, "question")
            frame.write(TextFit.truncate(choice.label, to: inside.width - DisplayWidth.of(count) - 5), x: inside.x + 1, y: y, style: style)
            frame.write(count, x: inside.maxX - 1 - DisplayWidth.of(count), y: y, style: index == selected ? style : Palette.dim)
        }
        frame.write("Enter practises · c crams · Esc closes", x: inside.x + 1, y: inside.maxY - 1, style: Palette.dim, maxX: inside.maxX)
    }
}
