import Course

/// The sections of the man page that the command definitions cannot give:
/// KEYS (the study app's keys, from `KeyReference`), ENVIRONMENT and FILES.
/// swift-argument-parser's `generate-manual` writes the rest (NAME, SYNOPSIS,
/// DESCRIPTION with every command and option, EXIT STATUS) in mdoc, and
/// `scripts/install` inserts these, also mdoc, before EXIT STATUS.
enum ManualSections {
    struct Entry: Equatable {
        var name: String
        var text: String
    }

    /// Every environment variable the binary reads (a test checks the sources
    /// read no other).
    static let environment: [Entry] = [
        Entry(name: "DLI_TUTOR_CONTENT", text: """
            The folder that holds the courses when --content is not given. Without either, \
            dli-tutor uses share/dli-tutor/Content under the folder above its bin folder (where \
            scripts/install puts the bundled course), then a Content folder above the executable \
            (a checkout).
            """),
        Entry(name: "DLI_TUTOR_DATA", text: "The data folder when --data-dir is not given."),
        Entry(name: "XDG_DATA_HOME", text: """
            Without --data-dir and DLI_TUTOR_DATA, the data folder is $XDG_DATA_HOME/dli-tutor.
            """),
        Entry(name: "HOME", text: "Without any of the above, the data folder is ~/.local/share/dli-tutor."),
        Entry(name: "NO_COLOR", text: """
            When set and not empty, no colours: the app and the commands keep bold, underline and reverse video \
            (--color=always on read, calc and stats overrides it).
            """),
        Entry(name: "TERM", text: """
            Unset or dumb, the full-screen app does not start (the commands work); dumb also makes \
            the commands print plain text with ASCII lines and symbols.
            """),
        Entry(name: "COLUMNS", text: """
            The width of printed lessons and results when standard output is not a terminal and \
            --width is not given (20 to 1000; default 80).
            """),
        Entry(name: "LANG, LC_ALL, LC_CTYPE", text: """
            The app uses the locale's character set when it is UTF-8, else C.UTF-8.
            """),
        Entry(name: "DLI_TUTOR_FRAME_TRACE", text: """
            For bench tui: a file the app writes the time from each key to its frame into.
            """),
        Entry(name: "DLI_TUTOR_XDEV_FIXTURES", text: """
            For bench layout: a folder of third-party lessons (its content folder) to lay out \
            besides the bundled ones.
            """),
    ]

    static var files: [Entry] {
        let data = "$XDG_DATA_HOME/dli-tutor"
        let database = DataDirectory.databasePath(in: data)
        return [
            Entry(name: data, text: """
                The data folder (default ~/.local/share/dli-tutor; see --data-dir and ENVIRONMENT).
                """),
            Entry(name: database, text: """
                Progress: reviews, cards, exams, reading places, bookmarks and settings (SQLite in WAL mode; -wal and \
                -shm files lie beside it while it is open). A damaged or newer database is reported and \
                never overwritten; --check-db verifies it.
                """),
            Entry(name: database + "-clean", text: """
                Written at a clean shutdown. When it is missing or does not match the database (a crash, \
                another program wrote the file), the database is verified before use.
                """),
            Entry(name: CourseLibrary.importedFolder(dataDirectory: data), text: "Courses added by dli-tutor import."),
            Entry(name: "<prefix>/share/dli-tutor/Content", text: """
                The bundled course, found from the installed binary <prefix>/bin/dli-tutor.
                """),
            Entry(name: "<prefix>/share/dli-tutor/install-manifest", text: """
                The files scripts/install installed, which scripts/uninstall removes.
                """),
        ]
    }

    /// The three sections in mdoc.
    static func mdoc(keys: [KeyReference.Section]) -> String {
        var lines = [".Sh KEYS",
                     text("The study app (dli-tutor without a command) shows the keys of the screen it is on with ? or F1.")]
        for section in keys where !section.entries.isEmpty {
            // The key column as wide as the section's widest key (held to 8–20 columns).
            let width = min(20, max(8, section.entries.map { DisplayWidth.of($0.label) }.max() ?? 0))
            lines += [".Ss " + arguments(section.title), ".Bl -tag -width \(width + 1)n -compact"]
            for entry in section.entries {
                lines += [".It Sy " + arguments(entry.label), text(entry.help)]
            }
            lines.append(".El")
        }
        lines += [".Sh ENVIRONMENT", ".Bl -tag -width Ds"]
        for entry in environment {
            let names = entry.name.split(separator: ", ").map { "Ev " + arguments(String($0)) }
            lines += [".It " + names.joined(separator: " , "), text(entry.text)]
        }
        lines += [".El", ".Sh FILES", ".Bl -tag -width Ds"]
        for entry in files {
            lines += [".It Pa " + arguments(entry.name), text(entry.text)]
        }
        lines.append(".El")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line of text: roff escapes, and `\&` before a leading `.` or `'` so it is not a request.
    static func text(_ text: String) -> String {
        let escaped = escape(text)
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    /// Macro arguments: each word behind `\&`, so none is read as a macro name
    /// (`No`, `Em`) or a delimiter (`/`, `[`).
    static func arguments(_ text: String) -> String {
        text.split(separator: " ").map { "\\&" + escape(String($0)) }.joined(separator: " ")
    }

    /// Backslashes and double quotes escaped, every non-ASCII character as its
    /// `\[uXXXX]` glyph so any output device (UTF-8, latin1, ASCII) can render it.
    static func escape(_ text: String) -> String { escapes.apply(text) }

    static let escapes = ScalarEscapes(["\\": "\\e", "\"": "\\(dq"]) { scalar in
        guard !scalar.isASCII else { return nil }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
    }
}
