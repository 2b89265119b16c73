/// YAML front matter at the top of a lesson file, between `---` lines.
public enum FrontMatter {
    /// Splits a file into its front matter (without the `---` lines, nil when there is
    /// none), the body, and the 1-based line of the file where the body starts.
    public static func split(_ text: String) -> (frontMatter: String?, body: String, bodyStartLine: Int) {
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingCarriageReturn == "---", lines.count == 2 else {
            return (nil, text, 1)
        }
        var rest = lines.removeLast()
        var yaml: [Substring] = []
        var lineNumber = 2
        while true {
            let parts = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            guard let line = parts.first else { return (nil, text, 1) }
            let trimmed = line.trimmingTrailingCarriageReturn
            if trimmed == "---" || trimmed == "..." {
                let body = parts.count == 2 ? String(parts[1]) : ""
                return (yaml.joined(separator: "\n"), body, lineNumber + 1)
            }
            yaml.append(line)
            guard parts.count == 2 else { return (nil, text, 1) }
            rest = parts[1]
            lineNumber += 1
        }
    }
}

extension Substring {
    fileprivate var trimmingTrailingCarriageReturn: Substring {
        last == "\r" ? dropLast() : self
    }
}
