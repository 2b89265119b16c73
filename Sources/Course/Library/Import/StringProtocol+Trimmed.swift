import Foundation

extension StringProtocol {
    /// Without leading and trailing whitespace and newlines.
    var trimmed: String { String(self).trimmingCharacters(in: .whitespacesAndNewlines) }
}
