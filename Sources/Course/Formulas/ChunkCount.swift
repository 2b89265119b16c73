/// How many overlapping chunks a RAG splitter makes from a document.
public enum ChunkCount {
    /// The chunk count and where each chunk starts.
    public struct Result: Equatable, Sendable {
        public var tokens: Int
        public var size: Int
        public var overlap: Int
        /// size − overlap: how far each chunk starts after the previous one.
        public var stride: Int
        /// 0 if tokens = 0, 1 if tokens ≤ size, else 1 + ⌈(tokens − size)/stride⌉.
        public var chunks: Int

        /// The first token offset of chunk `index` (0-based).
        public func start(ofChunk index: Int) -> Int { index * stride }

        /// One past the last token of chunk `index`; the last chunk may be shorter.
        public func end(ofChunk index: Int) -> Int {
            let start = start(ofChunk: index)
            return tokens - start <= size ? tokens : start + size
        }
    }

    /// Splits `tokens` tokens into chunks of `size` with `overlap` tokens shared by neighbours.
    public static func of(tokens: Int, size: Int, overlap: Int = 0) throws(FormulaError) -> Result {
        guard tokens >= 0 else { throw .invalidArgument("tokens", "cannot be negative (got \(tokens))") }
        guard size >= 1 else { throw .invalidArgument("size", "must be at least 1 (got \(size))") }
        guard overlap >= 0 else { throw .invalidArgument("overlap", "cannot be negative (got \(overlap))") }
        guard overlap < size else {
            throw .invalidArgument("overlap", "must be smaller than size (\(overlap) ≥ \(size)), or the chunks never advance")
        }
        let stride = size - overlap
        let chunks: Int
        if tokens == 0 {
            chunks = 0
        } else if tokens <= size {
            chunks = 1
        } else {
            let rest = tokens - size
            chunks = 1 + rest / stride + (rest % stride == 0 ? 0 : 1)
        }
        return Result(tokens: tokens, size: size, overlap: overlap, stride: stride, chunks: chunks)
    }
}
