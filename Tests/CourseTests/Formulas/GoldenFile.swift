import Foundation

/// Reads a committed golden-vector file from `Tests/CourseTests/Golden/`.
enum GoldenFile {
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        let url = Bundle.module.url(forResource: "Golden/\(name)", withExtension: nil)
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Golden").appendingPathComponent(name)
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// |a − b| ≤ tolerance, with NaN never close.
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance
}
