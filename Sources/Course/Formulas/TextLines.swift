/// Lines of UTF-8 text kept in one buffer, for corpus metrics over large files
/// without a `String` per line. Lines split as Python's `open(…, newline="\n")`
/// reads them (as sacrebleu's command line does): only `\n` ends a line, a final
/// `\n` does not start another one, and `\r` stays in the line.
public struct TextLines: Sendable {
    private let storage: ByteStorage
    private let starts: [Int]
    private let ends: [Int]

    /// Splits a file's bytes into lines; fails on invalid UTF-8, naming the line.
    public init(utf8 bytes: [UInt8]) throws(FormulaError) {
        var starts: [Int] = [], ends: [Int] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(start)
            ends.append(i)
            start = i + 1
        }
        if start < bytes.count {
            starts.append(start)
            ends.append(bytes.count)
        }
        storage = ByteStorage(bytes)
        self.starts = starts
        self.ends = ends
        if !UTF8Bytes.isValid(UnsafeBufferPointer(storage.bytes)) {
            let bad = (0..<starts.count).first { !UTF8Bytes.isValid(line($0)) } ?? 0
            throw .invalidInput("line \(bad + 1) is not valid UTF-8")
        }
    }

    /// One segment per string; a string may itself contain newlines.
    public init(_ lines: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = [], ends: [Int] = []
        for line in lines {
            starts.append(bytes.count)
            bytes.append(contentsOf: line.utf8)
            ends.append(bytes.count)
        }
        storage = ByteStorage(bytes)
        self.starts = starts
        self.ends = ends
    }

    public var count: Int { starts.count }

    public subscript(index: Int) -> String {
        String(decoding: line(index), as: UTF8.self)
    }

    /// The bytes of line `index`, valid while this value is alive.
    func line(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: storage.bytes[starts[index]..<ends[index]])
    }
}

/// Immutable bytes at a stable address, so lines can be read as pointers from
/// several threads without copying.
private final class ByteStorage: @unchecked Sendable {
    let bytes: UnsafeMutableBufferPointer<UInt8>

    init(_ contents: [UInt8]) {
        bytes = .allocate(capacity: contents.count)
        _ = bytes.initialize(from: contents)
    }

    deinit { bytes.deallocate() }
}
