import Foundation
import Testing

/// `scripts/install` and `scripts/uninstall` end to end: each test installs the
/// release build (`--no-build`: a build inside `swift test` would wait for the
/// lock `swift test` holds on .build, so `scripts/test` builds it first and sets
/// DLI_TUTOR_INSTALL_TEST=1) into a temporary prefix and runs what was installed
/// with a clean environment, as a user's shell would.
/// What the install tests need, outside the suite (its traits cannot refer to it).
enum InstallTest {
    static let enabled = ProcessInfo.processInfo.environment["DLI_TUTOR_INSTALL_TEST"] == "1"
    static let skipReason: Comment = """
        needs the release build: scripts/test makes it (or run scripts/build-release and \
        scripts/build-release generate-manual) and sets DLI_TUTOR_INSTALL_TEST=1
        """
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func tool(_ name: String) -> String? {
        ["/usr/bin", "/bin", "/usr/local/bin"].map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

@Suite(.enabled(if: InstallTest.enabled, InstallTest.skipReason))
final class InstallEndToEndTests {
    let folder: URL
    let prefix: URL
    let home: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("install-test-\(UUID().uuidString)")
        prefix = folder.appendingPathComponent("prefix")
        home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Runs one of the scripts with this process's environment (DESTDIR only if given).
    func script(_ name: String, _ arguments: [String], destdir: URL? = nil) throws -> Binary.Output {
        var environment = ProcessInfo.processInfo.environment
        environment["DESTDIR"] = destdir?.path
        let result = try Binary.run(executable: InstallTest.checkout.appendingPathComponent("scripts/\(name)"), arguments,
                                    fullEnvironment: environment)
        #expect(result.status == 0, "scripts/\(name) \(arguments): \(result.stderr)")
        return result
    }

    func install(into prefix: URL, destdir: URL? = nil) throws {
        _ = try script("install", ["--no-build", "--prefix", prefix.path], destdir: destdir)
    }

    /// `env -i PATH=… HOME=… COMMAND…`, from the temporary folder.
    func clean(path: String, _ command: [String], extra: [String] = []) throws -> Binary.Output {
        try Binary.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                       ["-i", "PATH=\(path)", "HOME=\(home.path)"] + extra + command, fullEnvironment: [:], in: folder)
    }

    /// Every file and folder under `root`, relative, folders ending in `/`.
    static func tree(_ root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }.map { path in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
            return exists && isFolder.boolValue ? path + "/" : path
        }.sorted()
    }

    static let installedFiles = [
        "bin/dli-tutor", "share/man/man1/dli-tutor.1", "share/bash-completion/completions/dli-tutor",
        "share/zsh/site-functions/_dli-tutor", "share/fish/vendor_completions.d/dli-tutor.fish",
        "share/dli-tutor/install-manifest", "share/dli-tutor/Content/dli-generative-ai/course.yaml",
    ]

    @Test func installedBinaryFindsTheBundledCourseByItself() throws {
        try install(into: prefix)
        for file in Self.installedFiles {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }
        let bin = prefix.appendingPathComponent("bin").path
        let courses = try clean(path: bin, ["dli-tutor", "courses"])
        #expect(courses.status == 0, "\(courses.stderr)")
        #expect(courses.stdout.contains("dli-generative-ai") && courses.stdout.contains("bundled"), "\(courses.stdout)")
        let read = try clean(path: bin, ["dli-tutor", "read", "1"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("Lesson 1 ·"), "\(read.stdout.prefix(300))")
        #expect(read.stdout.split(separator: "\n").count > 50)
    }

    @Test(.enabled(if: InstallTest.tool("man") != nil, "man is not installed (man-db)"))
    func manPageRendersWithTheCommandsKeysEnvironmentAndFiles() throws {
        try install(into: prefix)
        let page = prefix.appendingPathComponent("share/man/man1/dli-tutor.1").path
        let ascii = try clean(path: "/usr/bin:/bin", ["man", "--warnings", "-l", page], extra: ["MANWIDTH=80"])
        #expect(ascii.status == 0)
        #expect(ascii.stderr.isEmpty, "groff warnings: \(ascii.stderr)")
        let headings = try Regex("^[A-Z][A-Z ]+$")
        let sections = ascii.stdout.split(separator: "\n").filter { $0.wholeMatch(of: headings) != nil }.map(String.init)
        #expect(sections == ["NAME", "SYNOPSIS", "DESCRIPTION", "KEYS", "ENVIRONMENT", "FILES", "EXIT STATUS"], "\(sections)")
        for text in ["courses", "practice", "import-progress", "--data-dir", "help for this screen", "Mock exam: question palette",
                     "DLI_TUTOR_DATA", "NO_COLOR", "progress.sqlite", "share/dli-tutor/Content"] {
            #expect(ascii.stdout.contains(text), "\(text)")
        }
        let utf8 = try clean(path: "/usr/bin:/bin", ["man", "-l", page], extra: ["MANWIDTH=80", "LANG=C.UTF-8"])
        #expect(utf8.stdout.contains("k/↑") && utf8.stdout.contains("a–f/1–6"), "non-ASCII labels render in UTF-8")
    }

    @Test func bashCompletionLoadsAndCompletesCommands() throws {
        try install(into: prefix)
        let script = prefix.appendingPathComponent("share/bash-completion/completions/dli-tutor").path
        let result = try clean(path: prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin", ["bash", "--norc", "--noprofile", "-c", """
            source '\(script)' && complete -p dli-tutor &&
            COMP_WORDS=(dli-tutor co); COMP_CWORD=1; COMP_LINE='dli-tutor co'; COMP_POINT=${#COMP_LINE}
            _dli-tutor dli-tutor co dli-tutor && printf 'reply %s\\n' "${COMPREPLY[@]}"
            """])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("-F _dli-tutor dli-tutor"), "\(result.stdout)")
        #expect(result.stdout.contains("reply courses\n"), "\(result.stdout)")
    }

    @Test(.enabled(if: InstallTest.tool("zsh") != nil, "zsh is not installed"))
    func zshCompletionLoads() throws {
        try install(into: prefix)
        let functions = prefix.appendingPathComponent("share/zsh/site-functions").path
        let result = try clean(path: "/usr/bin:/bin", ["zsh", "-f", "-c", """
            fpath=('\(functions)' $fpath); autoload -Uz compinit && compinit -u -D &&
            print -r -- "compdef $_comps[dli-tutor]" && autoload +X _dli-tutor && print -r -- loaded
            """])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "compdef _dli-tutor\nloaded\n", "\(result.stdout)\(result.stderr)")
    }

    @Test(.enabled(if: InstallTest.tool("fish") != nil, "fish is not installed"))
    func fishCompletionLoadsAndCompletesCommands() throws {
        try install(into: prefix)
        let script = prefix.appendingPathComponent("share/fish/vendor_completions.d/dli-tutor.fish").path
        let result = try clean(path: prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin", ["fish", "--no-config", "-c", """
            source '\(script)'; complete -C 'dli-tutor co'; complete -C 'dli-tutor calc bl'
            """])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("courses\tList the bundled and imported courses."), "\(result.stdout)")
        #expect(result.stdout.contains("bleu\t"), "\(result.stdout)")
    }

    /// Uninstall leaves the prefix as it was: the user's files and folders stay,
    /// and so does a file the user put into a folder the install made.
    @Test func uninstallRemovesExactlyWhatWasInstalled() throws {
        let fm = FileManager.default
        for file in ["bin/other-tool", "share/man/man1/other.1"] {
            let url = prefix.appendingPathComponent(file)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("mine\n".utf8).write(to: url)
        }
        let before = Self.tree(prefix)
        try install(into: prefix)
        let manifest = try String(contentsOf: prefix.appendingPathComponent("share/dli-tutor/install-manifest"), encoding: .utf8)
        #expect(!manifest.contains("dir bin\n") && !manifest.contains("dir share/man/man1\n"), "folders that were there are not claimed")
        #expect(manifest.contains("dir share/zsh/site-functions\n"))
        // Installing again replaces the install, claiming the same files and folders.
        try install(into: prefix)
        #expect(try String(contentsOf: prefix.appendingPathComponent("share/dli-tutor/install-manifest"), encoding: .utf8) == manifest)
        let installed = Self.tree(prefix)
        #expect(installed.count == before.count + manifest.split(separator: "\n").count)

        _ = try script("uninstall", ["--prefix", prefix.path])
        #expect(Self.tree(prefix) == before)
        #expect(try String(contentsOf: prefix.appendingPathComponent("bin/other-tool"), encoding: .utf8) == "mine\n")

        try install(into: prefix)
        let mine = prefix.appendingPathComponent("share/zsh/site-functions/_mine")
        try Data("#compdef mine\n".utf8).write(to: mine)
        _ = try script("uninstall", ["--prefix", prefix.path])
        #expect(Self.tree(prefix) == (before + ["share/zsh/", "share/zsh/site-functions/", "share/zsh/site-functions/_mine"]).sorted())

        let again = try Binary.run(executable: InstallTest.checkout.appendingPathComponent("scripts/uninstall"), ["--prefix", prefix.path],
                                   fullEnvironment: ProcessInfo.processInfo.environment)
        #expect(again.status == 1 && again.stderr.contains("nothing installed"), "\(again.stderr)")
    }

    /// With DESTDIR everything lands under DESTDIR/PREFIX, the manifest names paths
    /// relative to the prefix, and the staged binary still finds its course.
    @Test func destdirStagesTheInstallForPackaging() throws {
        let stage = folder.appendingPathComponent("stage")
        let realBinaryExisted = FileManager.default.fileExists(atPath: "/opt/dli-tutor-test/bin/dli-tutor")
        try install(into: URL(fileURLWithPath: "/opt/dli-tutor-test"), destdir: stage)
        let staged = stage.appendingPathComponent("opt/dli-tutor-test")
        for file in Self.installedFiles {
            #expect(FileManager.default.fileExists(atPath: staged.appendingPathComponent(file).path), "\(file)")
        }
        #expect(FileManager.default.fileExists(atPath: "/opt/dli-tutor-test/bin/dli-tutor") == realBinaryExisted)
        let manifest = try String(contentsOf: staged.appendingPathComponent("share/dli-tutor/install-manifest"), encoding: .utf8)
        #expect(!manifest.contains(stage.path) && !manifest.contains("/opt"))
        let courses = try clean(path: staged.appendingPathComponent("bin").path, ["dli-tutor", "courses"])
        #expect(courses.stdout.contains("dli-generative-ai"), "\(courses.stderr)")

        _ = try script("uninstall", ["--prefix", "/opt/dli-tutor-test"], destdir: stage)
        #expect(!FileManager.default.fileExists(atPath: staged.path))
    }
}
