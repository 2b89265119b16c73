import Course
import Foundation

/// Search in the lesson: typing, keeping the query, moving between hits.
extension ReaderScreen {
    mutating func handleSearchKey(_ key: Key) -> Effect {
        if let action: SearchAction = Self.searchBindings.action(for: key) {
            switch action {
            case .confirm:
                mode = .reading
                if activeQuery.isEmpty { return .none }
                return matches.isEmpty ? .message("No match for “\(activeQuery)”") : progress()
            case .cancel:
                mode = .reading
                clearSearch()
                top = topBeforeSearch
            }
            return .none
        }
        guard query.handle(key) else { return .none }
        search(query.text, moving: true)
        return .none
    }

    /// Finds `text` in the lesson; when `moving`, shows the first hit at or below
    /// where the search started (incremental search).
    mutating func search(_ text: String, moving: Bool) {
        activeQuery = text
        if searchIndex == nil { searchIndex = ReaderSearch.Index(lines: texts) }
        matches = ReaderSearch.matches(of: text, in: texts, index: searchIndex ?? ReaderSearch.Index(lines: texts))
        guard !matches.isEmpty else {
            currentMatch = nil
            if moving { top = topBeforeSearch }
            return
        }
        if moving {
            currentMatch = matches.firstIndex { $0.line >= topBeforeSearch } ?? 0
            reveal(matches[currentMatch!].line)
        } else {
            currentMatch = matches.firstIndex { $0.line >= top } ?? 0
        }
    }

    mutating func step(through delta: Int) -> Effect {
        guard !matches.isEmpty else {
            return .message(activeQuery.isEmpty ? "/ searches the lesson" : "No match for “\(activeQuery)”")
        }
        let count = matches.count
        let next = currentMatch.map { ($0 + delta + count) % count } ?? (delta > 0 ? 0 : count - 1)
        let wrapped = currentMatch.map { delta > 0 ? next < $0 : next > $0 } ?? false
        currentMatch = next
        reveal(matches[next].line)
        let effect = progress()
        return wrapped ? .batch([effect, .message(delta > 0 ? "Search wrapped to the top" : "Search wrapped to the end")]) : effect
    }

    /// Scrolls so `line` is on screen, a third of the way down when it was not.
    mutating func reveal(_ line: Int) {
        if line < top || line >= top + viewHeight {
            top = min(max(0, line - viewHeight / 3), maxTop)
        }
    }

    mutating func clearSearch() {
        activeQuery = ""
        matches = []
        currentMatch = nil
        query = TextField()
    }
}
