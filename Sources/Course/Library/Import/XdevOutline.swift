import Foundation

/// A series' chapters and lessons in teaching order.
///
/// Each lesson file belongs to the section that lists its slug, else the one
/// its `section_title` names, else the section most lessons of its folder
/// belong to, else a chapter of its own folder. Chapters follow the sections'
/// order (folder-only chapters after them, by folder name); lessons follow
/// their own `sort_order`, then their place in the section's list (a lesson
/// may be listed under another slug than its file's), then the file path, and
/// are numbered 1, 2, … through the course.
struct XdevOutline {
    var chapters: [Chapter]
    var lessons: [Lesson]
    /// The source file of each lesson, in the same order.
    var files: [XdevLessonFile]
    var diagnostics: [Diagnostic]

    private enum Group: Hashable {
        case section(Int)
        case folder(String)
    }

    static func build(manifest: XdevSeriesManifest?, lessons files: [XdevLessonFile], source: XdevSource) -> XdevOutline {
        var diagnostics: [Diagnostic] = []
        let sections = manifest?.sections ?? []
        var listed: [String: (section: Int, position: Int)] = [:]
        for (s, section) in sections.enumerated() {
            for (p, lesson) in section.lessons.enumerated() {
                for alias in [lesson.slug, XdevNames.droppingOrdinal(lesson.slug)] where listed[alias] == nil {
                    listed[alias] = (s, p)
                }
            }
        }
        let direct: [Int?] = files.map { file in
            if let hit = file.aliases.lazy.compactMap({ listed[$0]?.section }).first { return hit }
            guard let title = file.sectionTitle.map(XdevNames.normalized) else { return nil }
            return sections.firstIndex { XdevNames.normalized($0.title) == title }
        }
        let groups: [Group] = files.indices.map { i in
            if let section = direct[i] { return .section(section) }
            let peers = files.indices.compactMap { files[$0].chapterFolder == files[i].chapterFolder ? direct[$0] : nil }
            if let majority = mostCommon(peers) { return .section(majority) }
            return .folder(files[i].chapterFolder)
        }

        var order: [Group] = sections.indices.map { Group.section($0) }.filter(groups.contains)
        order += Set(groups.compactMap { group -> String? in
            if case .folder(let name) = group { return name }
            return nil
        }).sorted().map { Group.folder($0) }

        var chapters: [Chapter] = []
        var lessons: [Lesson] = []
        var orderedFiles: [XdevLessonFile] = []
        var lessonIDs: [String: String] = [:]
        for group in order {
            let members = files.indices.filter { groups[$0] == group }
            let number = chapters.count + 1
            let folder = mostCommon(members.map { files[$0].chapterFolder }) ?? ""
            var id = XdevNames.slug(XdevNames.droppingOrdinal(folder))
            var title: String
            switch group {
            case .section(let s):
                title = sections[s].title
                if id.isEmpty { id = XdevNames.slug(XdevNames.droppingNumberedPrefix(title)) }
            case .folder:
                title = members.compactMap { files[$0].sectionTitle }.first ?? humanized(XdevNames.droppingOrdinal(folder))
            }
            if id.isEmpty { id = "chapter-\(number)" }
            var unique = id
            var suffix = 2
            while chapters.contains(where: { $0.id == unique }) {
                unique = "\(id)-\(suffix)"
                suffix += 1
            }
            chapters.append(Chapter(id: unique, number: number, title: title, weight: 0))

            let sorted = members.sorted { a, b in
                let keyA = sortKey(files[a], listed: listed, group: group)
                let keyB = sortKey(files[b], listed: listed, group: group)
                return keyA != keyB ? keyA < keyB : files[a].path < files[b].path
            }
            for index in sorted {
                let file = files[index]
                let display = source.displayPath(file.path)
                let orderNumber = lessons.count + 1
                var lessonID = XdevNames.slug(file.slug ?? XdevNames.droppingOrdinal(file.fileStem))
                if lessonID.isEmpty { lessonID = "lesson-\(orderNumber)" }
                if let other = lessonIDs[lessonID] {
                    diagnostics.append(Diagnostic(file: display, message: "lesson id '\(lessonID)' is also the id of \(other); this lesson is skipped"))
                    continue
                }
                lessonIDs[lessonID] = display
                let listedLesson = file.aliases.lazy.compactMap { alias in
                    listed[alias].map { sections[$0.section].lessons[$0.position] }
                }.first
                let lessonTitle: String
                if let t = file.title ?? listedLesson?.title {
                    lessonTitle = t
                } else {
                    lessonTitle = lessonID
                    diagnostics.append(Diagnostic(file: display, message: "the lesson has no 'title'; its id is used", severity: .warning))
                }
                let minutes = min(max(file.minutes ?? listedLesson?.minutes ?? 0, 0), 10000)
                lessons.append(Lesson(id: lessonID, title: lessonTitle, chapter: unique, order: orderNumber, minutes: minutes,
                                      body: file.body, file: display, bodyStartLine: file.bodyStartLine))
                orderedFiles.append(file)
            }
        }
        if chapters.count > 0 {
            // A chapter whose only lessons were skipped is dropped.
            let used = Set(lessons.map(\.chapter))
            chapters = chapters.filter { used.contains($0.id) }.enumerated().map { index, chapter in
                var renumbered = chapter
                renumbered.number = index + 1
                return renumbered
            }
        }

        if let manifest {
            let present = Set(files.flatMap(\.aliases))
            let missing = sections.flatMap(\.lessons).map(\.slug).filter { !present.contains($0) && !present.contains(XdevNames.droppingOrdinal($0)) }
            if !missing.isEmpty {
                diagnostics.append(Diagnostic(file: manifest.file, line: manifest.line,
                                              message: "index.md lists lessons with no lesson file here: \(missing.joined(separator: ", "))",
                                              severity: .warning))
            }
        }
        return XdevOutline(chapters: chapters, lessons: lessons, files: orderedFiles, diagnostics: diagnostics)
    }

    private static func sortKey(_ file: XdevLessonFile, listed: [String: (section: Int, position: Int)], group: Group) -> SortKey {
        var position = Int.max
        if case .section(let s) = group,
           let hit = file.aliases.lazy.compactMap({ listed[$0] }).first(where: { $0.section == s }) {
            position = hit.position
        }
        return SortKey(position: position, sortOrder: file.sortOrder ?? Int.max)
    }

    private struct SortKey: Comparable {
        var position: Int
        var sortOrder: Int
        static func < (a: SortKey, b: SortKey) -> Bool { (a.sortOrder, a.position) < (b.sortOrder, b.position) }
    }

    /// The most frequent value; ties go to the one seen first.
    static func mostCommon<T: Hashable>(_ values: [T]) -> T? {
        var counts: [T: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        var best: T? = nil
        var bestCount = 0
        for value in values where counts[value]! > bestCount {
            best = value
            bestCount = counts[value]!
        }
        return best
    }

    /// `deep-learning-foundations` → `Deep learning foundations`.
    static func humanized(_ folder: String) -> String {
        let words = folder.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ").trimmed
        guard let first = words.first else { return folder }
        return first.uppercased() + words.dropFirst()
    }
}
