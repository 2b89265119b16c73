import ArgumentParser
import Course
import Foundation

/// Reads a text file of one segment per line for the corpus commands; any
/// problem becomes a one-line usage error that names the file.
enum LineFile {
    static func read(_ path: String, option: String, command: String) throws -> TextLines {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(command): \(option) \(path): cannot read the file")
        }
        do {
            return try data.withUnsafeBytes { try TextLines(utf8: $0) }
        } catch {
            throw ValidationError("\(command): \(option) \(path): \(error)")
        }
    }
}
