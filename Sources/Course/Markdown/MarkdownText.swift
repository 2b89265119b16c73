/// Literal text in Markdown source: backslash escapes and character references.
enum MarkdownText {
    /// `bytes` with `\` before ASCII punctuation removed and entity and numeric
    /// references decoded, in one pass (so `\&amp;` stays `&amp;`).
    static func unescaped(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let bytes = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\"), i + 1 < bytes.count, ByteClass.isASCIIPunctuation(bytes[i + 1]) {
                out.append(bytes[i + 1])
                i += 2
            } else if b == UInt8(ascii: "&"), let (value, next) = HTMLEntities.reference(in: bytes, at: i) {
                out.append(contentsOf: value.utf8)
                i = next
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
