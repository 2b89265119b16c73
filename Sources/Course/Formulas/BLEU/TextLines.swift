import Foundation

/// Lines of UTF-8 text kept in one buffer, for corpus metrics over large files
/// without a `String` per line. Lines split as Python's `open(…, newline="\n")`
/// reads them (as sacrebleu's command line does): only `\n` ends a line, a final
/// `\n` does not start another one, and `\r` stays in the line.
public struct TextLines: Sendable {
    private let storage: ByteStorage
    private let starts: [Int]
    private let ends: [Int]

    /// Splits a file's bytes into lines; fails on invalid UTF-8, naming the line.
    public init(utf8 bytes: UnsafeRawBufferPointer) throws(FormulaError) {
        storage = ByteStorage(bytes)
        var starts: [Int] = [], ends: [Int] = []
        let base = storage.bytes.baseAddress, count = storage.bytes.count
        var start = 0
        while let base, start < count {
            guard let newline = memchr(base + start, 0x0A, count - start) else {
                starts.append(start)
                ends.append(count)
                break
            }
            let end = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
            starts.append(start)
            ends.append(end)
            start = end + 1
        }
        self.starts = starts
        self.ends = ends
        if !UTF8Bytes.isValid(UnsafeBufferPointer(storage.bytes)) {
            let bad = (0..<starts.count).first { !UTF8Bytes.isValid(line($0)) } ?? 0
            throw .invalidInput("line \(bad + 1) is not valid UTF-8")
        }
    }

    /// Splits a file's bytes into lines; fails on invalid UTF-8, naming the line.
    public init(utf8 bytes: [UInt8]) throws(FormulaError) {
        let storage = ByteStorage(bytes)
        try self.init(utf8: UnsafeRawBufferPointer(storage.bytes))
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

    init(_ contents: UnsafeRawBufferPointer) {
        bytes = .allocate(capacity: contents.count)
        if let source = contents.baseAddress, let target = bytes.baseAddress, contents.count > 0 {
            UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: contents.count)
        }
    }

    deinit { bytes.deallocate() }
}
