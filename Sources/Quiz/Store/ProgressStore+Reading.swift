import Foundation
import GRDB

extension ProgressStore {
    /// Saves where the learner is in a lesson. Once completed, a lesson stays
    /// completed, its percent never goes down, and the lines seen are added to
    /// those seen before (`progress.seen` nil keeps them).
    public func saveReadingProgress(_ progress: LessonProgress) throws(StoreError) {
        _ = try write { db in try ReadingRows.save(progress, keepingLaterPosition: false, db: db) }
    }

    /// Reading progress of every lesson of `course` the learner opened.
    public func readingProgress(course: String) throws(StoreError) -> [LessonProgress] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM lesson_progress WHERE course = ? ORDER BY lesson", arguments: [course])
                .map(ReadingRows.progress)
        }
    }

    /// Reading progress of one lesson, if opened.
    public func readingProgress(course: String, lesson: String) throws(StoreError) -> LessonProgress? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM lesson_progress WHERE course = ? AND lesson = ?", arguments: [course, lesson])
                .map(ReadingRows.progress)
        }
    }

    /// Adds a bookmark (or relabels the one at the same place).
    public func addBookmark(_ bookmark: Bookmark) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO bookmark (course, lesson, position, label, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (course, lesson, position) DO UPDATE SET label = excluded.label
                """, arguments: [bookmark.course, bookmark.lesson, bookmark.position, bookmark.label,
                                 StoreTime.milliseconds(bookmark.createdAt)])
        }
    }

    /// Removes the bookmark at a place; true if there was one.
    @discardableResult
    public func removeBookmark(course: String, lesson: String, position: Int) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM bookmark WHERE course = ? AND lesson = ? AND position = ?",
                           arguments: [course, lesson, position])
            return db.changesCount > 0
        }
    }

    /// The bookmarks of `course` (of one lesson if given), by lesson and place.
    public func bookmarks(course: String, lesson: String? = nil) throws(StoreError) -> [Bookmark] {
        try read { db in
            let rows: [Row]
            if let lesson {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM bookmark WHERE course = ? AND lesson = ? ORDER BY position",
                                        arguments: [course, lesson])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM bookmark WHERE course = ? ORDER BY lesson, position", arguments: [course])
            }
            return rows.map(ReadingRows.bookmark)
        }
    }
}

enum ReadingRows {
    static func progress(_ row: Row) -> LessonProgress {
        LessonProgress(course: row["course"], lesson: row["lesson"], position: row["position"], percent: row["percent"],
                       completed: row["completed"], updatedAt: StoreTime.date(row["updated_at"]),
                       seen: LineRanges(text: row["seen"] ?? ""))
    }

    /// Inserts or merges one lesson's progress: percent and completion only go
    /// up, seen lines are united; the position is the new one, or with
    /// `keepingLaterPosition` (an import) whichever was saved later. Returns
    /// whether the row changed.
    @discardableResult
    static func save(_ progress: LessonProgress, keepingLaterPosition: Bool, db: Database) throws -> Bool {
        let stored = try String.fetchOne(db, sql: "SELECT seen FROM lesson_progress WHERE course = ? AND lesson = ?",
                                         arguments: [progress.course, progress.lesson])
        let seen = LineRanges(text: stored ?? "").union(progress.seen ?? LineRanges())
        let position = keepingLaterPosition
            ? "CASE WHEN excluded.updated_at > updated_at THEN excluded.position ELSE position END" : "excluded.position"
        let updated = keepingLaterPosition ? "MAX(updated_at, excluded.updated_at)" : "excluded.updated_at"
        try db.execute(sql: """
            INSERT INTO lesson_progress (course, lesson, position, percent, completed, updated_at, seen)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (course, lesson) DO UPDATE SET
                position = \(position),
                percent = MAX(percent, excluded.percent),
                completed = MAX(completed, excluded.completed),
                updated_at = \(updated),
                seen = excluded.seen
            WHERE \(position) IS NOT position OR percent < excluded.percent OR completed < excluded.completed
               OR \(updated) IS NOT updated_at OR excluded.seen IS NOT seen
            """, arguments: [progress.course, progress.lesson, progress.position, min(100, max(0, progress.percent)),
                             progress.completed, StoreTime.milliseconds(progress.updatedAt), seen.description])
        return db.changesCount > 0
    }

    static func bookmark(_ row: Row) -> Bookmark {
        Bookmark(course: row["course"], lesson: row["lesson"], position: row["position"], label: row["label"],
                 createdAt: StoreTime.date(row["created_at"]))
    }
}
