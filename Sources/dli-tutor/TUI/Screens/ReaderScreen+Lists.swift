import Course
import Foundation

/// The table of contents and the bookmarks list.
extension ReaderScreen {
    mutating func handleList(_ action: ListAction, env: AppEnvironment) -> Effect {
        let count: Int
        let selected: Int
        switch mode {
        case .contents(let s): (count, selected) = (rendered.headings.count, s)
        case .bookmarks(let s): (count, selected) = (bookmarks.count, s)
        default: return .none
        }
        var next = selected
        switch action {
        case .up: next = max(0, selected - 1)
        case .down: next = min(count - 1, selected + 1)
        case .first: next = 0
        case .last: next = count - 1
        case .close:
            mode = .reading
            return .none
        case .choose:
            let line: Int
            if case .contents = mode {
                line = rendered.headings[selected].line
            } else {
                line = rendered.line(forSourceLine: bookmarks[selected].sourceLine) ?? 0
            }
            mode = .reading
            return scroll(to: line)
        case .delete:
            guard case .bookmarks = mode else { return .none }
            deletingBookmark = true
            return .none
        }
        if case .contents = mode { mode = .contents(selected: next) } else { mode = .bookmarks(selected: next) }
        return .none
    }

    /// The answer to "delete this bookmark?": y or Enter deletes it, any other key keeps it.
    mutating func confirmDeletion(_ key: Key) -> Effect {
        deletingBookmark = false
        guard case .bookmarks(let selected) = mode, [.char("y"), .char("Y"), .enter].contains(key) else {
            return .message("Bookmark kept")
        }
        var edited = self
        edited.bookmarks.remove(at: selected)
        edited.mode = edited.bookmarks.isEmpty ? .reading : .bookmarks(selected: min(selected, edited.bookmarks.count - 1))
        return edited.savingBookmarks(message: "Bookmark deleted (b at that place adds it back)")
    }

    /// Saves this state's bookmarks, then shows it (a failed write leaves the reader as it was).
    func savingBookmarks(message: String) -> Effect {
        .batch([.save(.bookmarks(courseID: courseID, lessonID: lesson.id, bookmarks)), .update(self), .message(message)])
    }
}
