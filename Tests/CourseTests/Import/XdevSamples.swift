import Foundation
import Testing
@testable import Course

/// A small hand-written tree in the xdev layout: one series in the default
/// language and in English, three lessons in two chapters, and a quiz.
enum XdevSamples {
    static let series = "content/series/exam-prep/demo-series"
    static let englishSeries = "content/en/series/exam-prep/demo-series"

    static let manifest = """
        ---
        id: 0000-demo
        title: "Demo: Signals & Systems"
        slug: demo-series
        description: >-
          A small series
          for tests.
        quiz_slug: demo-quiz
        sections:
          - id: s2
            title: "Part 2: Filters"
            sort_order: 2
            lessons:
              - slug: lesson-three
                title: "Lesson 3 from the index"
                duration_minutes: 20
          - id: s1
            title: "Part 1: Basics"
            sort_order: 1
            lessons:
              - slug: lesson-two
                sort_order: 1
              - slug: lesson-one
                sort_order: 0
        reviews: []
        ---

        ## About

        Series introduction.
        """

    static let lessonOne = """
        ---
        id: 0000-l1
        title: 'Lesson 1: Sampling'
        slug: lesson-one
        duration_minutes: 15
        sort_order: 1
        section_title: "Part 1: Basics"
        ---

        <h2 id="intro">1. Intro</h2>

        <p>Sampling turns a signal into numbers &amp; back.</p>

        <h2 id="practice">2. Practice</h2>

        <p><strong>Q1 🔴 (Hard):</strong> A signal has its highest frequency at 40 Hz. What is the lowest sampling rate that avoids aliasing?</p>

        <ul>
        <li>A) 40 Hz</li>
        <li>B) 80 Hz</li>
        <li>C) 120 Hz</li>
        </ul>

        <details><summary>Show answer</summary>
        <p><strong>B</strong> ✓</p>
        <p><em>Twice the highest frequency: <code>2 * 40</code> = 80 Hz.</em></p>
        </details>

        <h3 id="q2">Q2: Write a resampler</h3>

        <p>Write a function that halves the rate.</p>

        <details>
        <summary>Show answer Q2</summary>
        <pre><code class="language-python">def halve(x):
            return x[::2]
        </code></pre>
        </details>

        """

    static let lessonTwo = """
        ---
        title: 'Lesson 2: Quantisation'
        slug: lesson-two
        sort_order: 2
        ---
        <p><strong>Q1:</strong> How many levels does an 8-bit quantiser have?</p>
        <ul>
        <li>A) 128</li>
        <li>B) 255</li>
        <li>C) 256 ✓</li>
        <li>D) 512</li>
        </ul>
        <p><em>Explanation: 2 to the power 8 is 256.</em></p>

        <p>More text.</p>
        """

    static let lessonThree = """
        ---
        title: 'Lesson 3: Filters'
        slug: lesson-three
        section_title: "Part 2: Filters"
        ---
        <h3 id="q1">Câu 1: Which filter keeps low frequencies?</h3>

        <pre><code class="language-text">cutoff = 1 kHz
        </code></pre>

        <ol>
        <li>A) High-pass</li>
        <li>B) Band-stop</li>
        <li>C) Low-pass</li>
        </ol>

        <details>
        <summary>Đáp án</summary>
        <p>Đáp án: C</p>
        <p>A low-pass filter passes what lies below the cutoff.</p>
        </details>
        """

    static let quiz = """
        {
          "id": "demo-quiz",
          "slug": "demo-quiz",
          "duration_minutes": 8,
          "passing_score": 75,
          "questions_count": 4,
          "series_slug": "demo-series",
          "domains": [
            {"name": "Part 1: Basics", "weight": 40, "lessons": [
              {"title": "L1", "slug": "lesson-one"}, {"title": "L2", "slug": "02-lesson-two"}]},
            {"name": "Part 2: Filters", "weight": 60, "lessons": [{"title": "L3", "slug": "lesson-three"}]}
          ],
          "questions": [
            {"id": 1, "domain": "Part 1: Basics", "question": "What is `fs`?", "options": ["rate", "size"], "correct": 0, "explanation": "Sampling rate."},
            {"id": 2, "domain": "Part 2: Filters", "question": "Cutoff of an ideal low-pass?", "options": ["a", "b", "c"], "correct": 2, "explanation": "C."},
            {"id": 3, "domain": "Basics", "lesson": "lesson-two", "question": "Bits for 256 levels?", "options": ["7", "8"], "correct": 1, "explanation": ""},
            {"id": 4, "domain": "Astronomy", "question": "Unplaced?", "options": ["yes", "no"], "correct": 0, "explanation": "Yes."}
          ]
        }
        """

    static func files() -> [String: String] {
        [
            "\(series)/index.md": manifest,
            "\(series)/chapters/01-basics/lessons/01-lesson-one.md": lessonOne,
            "\(series)/chapters/01-basics/lessons/02-lesson-two.md": lessonTwo,
            "\(series)/chapters/02-filters/lessons/01-lesson-three.md": lessonThree,
            "\(englishSeries)/index.md": manifest.replacingOccurrences(of: "Demo: Signals", with: "Demo (English): Signals"),
            "\(englishSeries)/chapters/01-basics/lessons/01-lesson-one.md": lessonOne,
            "\(englishSeries)/chapters/01-basics/lessons/02-lesson-two.md": lessonTwo,
            "\(englishSeries)/chapters/02-filters/lessons/01-lesson-three.md": lessonThree,
            "data/quizzes/demo-quiz.json": quiz,
        ]
    }

    static func source(_ change: (inout [String: String]) -> Void = { _ in }) -> XdevSource {
        var all = files()
        change(&all)
        return XdevSource(root: "src", files: all)
    }

    /// Writes files under a new temporary folder and returns it.
    static func writeTree(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("xdev-sample-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }
}

/// The third-party xdev fixtures (read-only test data outside the repository):
/// `$DLI_TUTOR_XDEV_FIXTURES`, else `../shared/fixtures/xdev` beside the checkout.
/// Tests that need them are skipped, with `skipMessage`, when the folder is absent.
enum XdevFixtures {
    static var folder: String {
        if let path = ProcessInfo.processInfo.environment["DLI_TUTOR_XDEV_FIXTURES"], !path.isEmpty { return path }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/fixtures/xdev").path
    }

    static var available: Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("MANIFEST.tsv"))
    }

    static var skipMessage: Comment {
        "xdev fixtures not found at \(folder) (set DLI_TUTOR_XDEV_FIXTURES, or put ../shared beside the checkout)"
    }

    /// Every lesson file under `content/`, sorted by path.
    static func lessons() throws -> [URL] {
        let root = URL(fileURLWithPath: folder).appendingPathComponent("content")
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil), "cannot list \(root.path)")
        var out: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "md" { out.append(url) }
        return out.sorted { $0.path < $1.path }
    }
}
