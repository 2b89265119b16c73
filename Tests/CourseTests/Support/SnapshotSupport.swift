import Foundation
import Testing
@testable import Course

/// Snapshot files live in `Tests/CourseTests/Snapshots/`. To re-record after an
/// intended change, run `DLI_TUTOR_RECORD_SNAPSHOTS=1 swift test --filter Snapshot`
/// (the one switch for these and the app's snapshots), then rerun without it and
/// review the diff (see Snapshots/README.md).
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["DLI_TUTOR_RECORD_SNAPSHOTS"] == "1" }

    /// Writes a snapshot and fails the test, so a recording run never passes as a check.
    static func record(_ text: String, to url: URL, sourceLocation: SourceLocation) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(url.lastPathComponent); rerun without DLI_TUTOR_RECORD_SNAPSHOTS to check it",
                     sourceLocation: sourceLocation)
    }

    /// Lines as text with a `|` at the right edge of the layout width, so trailing
    /// spaces and overflows show in diffs.
    static func text(_ rendered: RenderedDocument) -> String {
        rendered.lines.map { line in
            line.text + String(repeating: " ", count: max(0, rendered.width - line.width)) + "|"
        }.joined(separator: "\n") + "\n"
    }

    /// Compares `actual` with the stored snapshot `name`, or records it.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording { return try record(actual, to: url, sourceLocation: sourceLocation) }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(name); run DLI_TUTOR_RECORD_SNAPSHOTS=1 swift test --filter Snapshot",
                         sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            let got = first < a.count ? String(a[first]) : "<end>"
            let want = first < e.count ? String(e[first]) : "<end>"
            Issue.record(
                "snapshot \(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)",
                sourceLocation: sourceLocation)
        }
    }

    /// Third-party text must not be copied into the repository, so renders of the
    /// upstream fixtures are pinned by a fingerprint (line count and FNV-1a hash)
    /// instead of the text. On a mismatch the render is written to a temporary
    /// file for inspection.
    static func checkFingerprint(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".fingerprint")
        let print = fingerprint(actual)
        if recording { return try record(print + "\n", to: url, sourceLocation: sourceLocation) }
        let expected = (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard expected == print else {
            let dump = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(name)
            try actual.write(to: dump, atomically: true, encoding: .utf8)
            Issue.record("render of \(name) changed: \(print), expected \(expected ?? "no fingerprint"); render written to \(dump.path)",
                         sourceLocation: sourceLocation)
            return
        }
    }

    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        return "lines \(lines) fnv1a64 " + String(hash, radix: 16)
    }
}
