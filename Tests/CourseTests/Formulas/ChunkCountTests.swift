import Testing
@testable import Course

@Suite struct ChunkCountTests {
    @Test func handChecked() throws {
        // 10,000 tokens, 512 per chunk, 64 shared: stride 448, 1 + ⌈9488/448⌉ = 1 + 22 = 23.
        let r = try ChunkCount.of(tokens: 10_000, size: 512, overlap: 64)
        #expect(r.stride == 448 && r.chunks == 23)
        #expect(r.start(ofChunk: 22) == 9856 && r.end(ofChunk: 22) == 10_000)
        #expect(r.end(ofChunk: 0) == 512)
        #expect(try ChunkCount.of(tokens: 0, size: 512).chunks == 0)
        #expect(try ChunkCount.of(tokens: 512, size: 512, overlap: 100).chunks == 1)
        #expect(try ChunkCount.of(tokens: 513, size: 512, overlap: 100).chunks == 2)
        // Exact fit: 1 + (1000 − 200)/200 = 5 chunks starting 0, 200, …, 800.
        #expect(try ChunkCount.of(tokens: 1000, size: 200).chunks == 5)
        #expect(try ChunkCount.of(tokens: Int.max, size: 2, overlap: 1).chunks == Int.max - 1)
    }

    @Test func propertyChunksCoverTheDocumentAndNoFewerWould() throws {
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<2000 {
            let size = Int.random(in: 1...600, using: &rng)
            let overlap = Int.random(in: 0..<size, using: &rng)
            let tokens = Int.random(in: 0...20_000, using: &rng)
            let r = try ChunkCount.of(tokens: tokens, size: size, overlap: overlap)
            guard r.chunks > 0 else { #expect(tokens == 0); continue }
            #expect(r.end(ofChunk: r.chunks - 1) == tokens)
            #expect(r.start(ofChunk: r.chunks - 1) + size >= tokens)
            if r.chunks > 1 { #expect(r.start(ofChunk: r.chunks - 2) + size < tokens) }
        }
    }

    @Test func invalidInput() {
        #expect(throws: FormulaError.invalidArgument("overlap", "must be smaller than size (512 ≥ 512), or the chunks never advance")) {
            try ChunkCount.of(tokens: 10, size: 512, overlap: 512)
        }
        #expect(throws: FormulaError.self) { try ChunkCount.of(tokens: 10, size: 100, overlap: 200) }
        #expect(throws: FormulaError.invalidArgument("tokens", "cannot be negative (got -1)")) { try ChunkCount.of(tokens: -1, size: 5) }
        #expect(throws: FormulaError.invalidArgument("size", "must be at least 1 (got 0)")) { try ChunkCount.of(tokens: 1, size: 0) }
        #expect(throws: FormulaError.invalidArgument("overlap", "cannot be negative (got -3)")) { try ChunkCount.of(tokens: 1, size: 5, overlap: -3) }
    }
}
