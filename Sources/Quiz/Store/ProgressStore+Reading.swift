import Foundation
import GRDB

extension ProgressStore {
    /// Saves where the learner is in a lesson. Once completed, a lesson stays
    /// completed, and its percent never goes down.
    public func saveReadingProgress(_ progress: LessonProgress) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO lesson_progress (course, lesson, position, percent, completed, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (course, lesson) DO UPDATE SET
                    position = excluded.position,
                    percent = MAX(percent, excluded.percent),
                    completed = MAX(completed, excluded.completed),
                    updated_at = excluded.updated_at
                """, arguments: [progress.course, progress.lesson, progress.position, min(100, max(0, progress.percent)),
                                 progress.completed, StoreTime.milliseconds(progress.updatedAt)])
        }
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
                       completed: row["completed"], updatedAt: StoreTime.date(row["updated_at"]))
    }

    static func bookmark(_ row: Row) -> Bookmark {
        Bookmark(course: row["course"], lesson: row["lesson"], position: row["position"], label: row["label"],
                 createdAt: StoreTime.date(row["created_at"]))
    }
}
