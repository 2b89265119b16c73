import Foundation
import Testing
@testable import Course

/// Snapshot files live in `Tests/CourseTests/Snapshots/`. To re-record after an
/// intended change, run `RECORD_SNAPSHOTS=1 swift test --filter Snapshot` and review
/// the diff (see Snapshots/README.md).
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The upstream lessons (read-only test data outside the repository), or nil when absent.
    static let fixturesDirectory: URL? = {
        let env = ProcessInfo.processInfo.environment["DLI_TUTOR_FIXTURES"]
        let root = env.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/fixtures/xdev")
        return FileManager.default.fileExists(atPath: root.appendingPathComponent("content").path) ? root : nil
    }()

    static var fixturesMissingMessage: String {
        "upstream fixtures not found (../shared/fixtures/xdev or $DLI_TUTOR_FIXTURES); fixture tests skipped"
    }

    /// Every upstream lesson file, sorted by path.
    static func fixtureLessons() -> [URL] {
        guard let root = fixturesDirectory?.appendingPathComponent("content"),
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        else { return [] }
        var out: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "md" { out.append(url) }
        return out.sorted { $0.path < $1.path }
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
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(name); run RECORD_SNAPSHOTS=1 swift test --filter Snapshot", sourceLocation: sourceLocation)
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
        if recording {
            try (print + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard expected == print else {
            let dump = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(name)
            try? actual.write(to: dump, atomically: true, encoding: .utf8)
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
