import GRDB

/// Small settings kept with the learner's progress, by key.
extension ProgressStore {
    /// The stored value of a setting, nil if never set.
    public func preference(_ key: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM preference WHERE key = ?", arguments: [key]) }
    }

    public func setPreference(_ key: String, to value: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: "INSERT INTO preference (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
        }
    }
}
