import Foundation
import Testing
@testable import dli_tutor

/// Compares a frame with the text committed under `Tests/dli-tutorTests/Snapshots/`.
/// Re-record with `DLI_TUTOR_RECORD_SNAPSHOTS=1 swift test --filter Snapshot` (a
/// recording run fails on purpose), rerun without it, and review the diff
/// (`git diff Tests/dli-tutorTests/Snapshots`).
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["DLI_TUTOR_RECORD_SNAPSHOTS"] == "1" }

    /// The frame as committed: every row (trailing spaces dropped), then its size and cursor.
    static func text(of frame: Frame) -> String {
        let cursor = frame.cursor.map { "cursor \($0.x),\($0.y)" } ?? "cursor hidden"
        return frame.text + "\n── \(frame.width)×\(frame.height), \(cursor)\n"
    }

    static func check(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(text: text(of: frame), named: name, sourceLocation: sourceLocation)
    }

    /// Compares any rendering of a frame (e.g. with a style layer) with the committed file.
    static func check(text actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        if recording {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded \(name).txt; rerun without DLI_TUTOR_RECORD_SNAPSHOTS to check it", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(name).txt: \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with DLI_TUTOR_RECORD_SNAPSHOTS=1 swift test --filter Snapshot\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
            let show = { (lines: [Substring]) in first < lines.count ? String(lines[first]) : "<end>" }
            Issue.record("""
                snapshot \(name).txt differs at line \(first + 1):
                expected: \(show(e))
                actual:   \(show(a))
                full frame:
                \(actual)
                """, sourceLocation: sourceLocation)
        }
    }
}
