import Course
import Foundation

/// Search in the lesson: typing, keeping the query, moving between hits.
extension ReaderScreen {
    /// Opens the search prompt empty, as less and vim do (Up brings back earlier searches).
    mutating func startSearch() {
        topBeforeSearch = top
        query = TextField()
        historyIndex = nil
        mode = .searching
    }

    mutating func handleSearchKey(_ key: Key) -> Effect {
        if let action: SearchAction = Self.searchBindings.action(for: key) {
            switch action {
            case .confirm:
                mode = .reading
                if activeQuery.isEmpty { return .none }
                searchHistory.removeAll { $0 == activeQuery }
                searchHistory.append(activeQuery)
                return matches.isEmpty ? .message("No match for “\(activeQuery)”") : progress()
            case .cancel:
                mode = .reading
                clearSearch()
                top = topBeforeSearch
            case .previous, .next:
                guard let recalled = recall(action == .previous ? -1 : 1) else { return .none }
                query.set(recalled)
                return searching(query.text)
            }
            return .none
        }
        guard query.handle(key) else { return .none }
        historyIndex = nil
        return searching(query.text)
    }

    /// An earlier search (Up) or a later one (Down, past the newest: empty again).
    mutating func recall(_ step: Int) -> String? {
        guard !searchHistory.isEmpty else { return nil }
        let index = (historyIndex ?? searchHistory.count) + step
        guard index >= 0 else { return nil }
        guard index < searchHistory.count else {
            historyIndex = nil
            return ""
        }
        historyIndex = index
        return searchHistory[index]
    }

    /// The incremental search of the prompt's text, saying so when the first hit is above where it started.
    mutating func searching(_ text: String) -> Effect {
        search(text, moving: true) ? .message("Search wrapped to the top") : .none
    }

    /// Finds `text` in the lesson; when `moving`, shows the first hit at or below
    /// where the search started (incremental search). True when that hit had to
    /// be taken from the top because there is none below.
    @discardableResult
    mutating func search(_ text: String, moving: Bool) -> Bool {
        activeQuery = text
        if searchIndex == nil { searchIndex = ReaderSearch.Index(lines: texts) }
        matches = ReaderSearch.matches(of: text, in: texts, index: searchIndex ?? ReaderSearch.Index(lines: texts))
        guard !matches.isEmpty else {
            currentMatch = nil
            if moving { top = topBeforeSearch }
            return false
        }
        if moving {
            let below = matches.firstIndex { $0.line >= topBeforeSearch }
            currentMatch = below ?? 0
            reveal(matches[currentMatch!].line)
            return below == nil
        }
        currentMatch = matches.firstIndex { $0.line >= top } ?? 0
        return false
    }

    /// `n`/`N`: the next or previous hit after the current one while it is on
    /// screen; after scrolling away, the first hit from the screen on (`n`) or
    /// the last one above it (`N`), as less does.
    mutating func step(through delta: Int) -> Effect {
        guard !matches.isEmpty else {
            return .message(activeQuery.isEmpty ? "/ searches the lesson" : "No match for “\(activeQuery)”")
        }
        let count = matches.count
        let next: Int
        let wrapped: Bool
        if let current = currentMatch, isVisible(matches[current].line..<(matches[current].line + 1)) {
            next = (current + delta + count) % count
            wrapped = delta > 0 ? next < current : next > current
        } else if delta > 0 {
            let below = matches.firstIndex { $0.line >= top }
            (next, wrapped) = (below ?? 0, below == nil)
        } else {
            let above = matches.lastIndex { $0.line < top }
            (next, wrapped) = (above ?? count - 1, above == nil)
        }
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
