import Foundation
import GRDB
import GRDBSQLite

/// The SQL aggregate `recall_sums(stability, last_review, now, week, factor, decay)`:
/// over the rows, the sums of FSRS retrievability at `now` and at `week`
/// (milliseconds), `(1 + factor · days since the last review / stability)^decay`,
/// as the text `"now;week"`. Written against the C API it is one call per card,
/// where the same sums as SQL expressions (two `pow`s and a dozen operations a
/// row) took the stats of 100,000 cards from 17 to 35 ms (`bench store`).
enum RecallSums {
    static let name = "recall_sums"

    private struct Sums {
        var now: Double
        var week: Double
    }

    /// Adds the aggregate to a connection (each connection, when it opens).
    static func register(_ db: Database) throws {
        let code = sqlite3_create_function_v2(db.sqliteConnection, name, 6, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                              nil, nil, step, final, nil)
        guard code == SQLITE_OK else { throw StoreFailure("could not add the SQL function \(name) (SQLite code \(code))") }
    }

    /// The two sums of a `recall_sums` result (0 and 0 when no row was summed).
    static func parse(_ text: String?) -> (now: Double, week: Double) {
        let parts = (text ?? "").split(separator: ";").compactMap { Double($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : (0, 0)
    }

    private static let step: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = { context, _, values in
        guard let values, let memory = sqlite3_aggregate_context(context, Int32(MemoryLayout<Sums>.size)) else { return }
        let sums = memory.assumingMemoryBound(to: Sums.self)
        let stability = sqlite3_value_double(values[0]), last = sqlite3_value_double(values[1])
        let now = sqlite3_value_double(values[2]), week = sqlite3_value_double(values[3])
        let factor = sqlite3_value_double(values[4]), decay = sqlite3_value_double(values[5])
        let day = 86_400_000.0
        sums.pointee.now += pow(1 + factor * max(0, (now - last) / day) / stability, decay)
        sums.pointee.week += pow(1 + factor * max(0, (week - last) / day) / stability, decay)
    }

    private static let final: @convention(c) (OpaquePointer?) -> Void = { context in
        // A context never stepped is not allocated: no rows, zero sums.
        let sums = sqlite3_aggregate_context(context, 0)?.assumingMemoryBound(to: Sums.self).pointee ?? Sums(now: 0, week: 0)
        let text = "\(sums.now);\(sums.week)"
        sqlite3_result_text(context, text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }
}
