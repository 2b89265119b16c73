import Foundation
import Testing

/// Reads the golden vectors that `scripts/golden/*.py` wrote into `Tests/CourseTests/Golden/`.
enum Golden {
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Golden"),
                               "missing golden file \(name).json; run scripts/golden/generate")
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// |a − b| ≤ relative·max(|a|, |b|, floor): relative agreement, with an absolute floor
/// for values that cancel to near zero (where a relative bound means nothing).
func close(_ a: Double, _ b: Double, relative: Double = 1e-12, floor: Double = 0) -> Bool {
    a == b || abs(a - b) <= relative * max(abs(a), abs(b), floor)
}

func close(_ a: [Double], _ b: [Double], relative: Double = 1e-12, floor: Double = 0) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1, relative: relative, floor: floor) }
}

