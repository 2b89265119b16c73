import Testing
@testable import Course

@Suite struct FineTuningMemoryTests {
    let params = 8_030_261_248  // Llama-3-8B
    let adapter = 41_943_040  // r = 16 on all seven projections

    @Test func fullFineTuningIsSixteenBytesPerParameter() throws {
        let r = try FineTuningMemory.estimate(baseParameters: params, method: .full)
        #expect(r.weightsBytes == 2 * Double(params))
        #expect(r.gradientsBytes == 2 * Double(params))
        #expect(r.optimizerBytes == 12 * Double(params))
        #expect(r.totalBytes == 128_484_179_968)
        #expect(r.totalGB == 128.484179968)
        #expect(r.totalGiB == 128_484_179_968.0 / 1_073_741_824)
        #expect(try FineTuningMemory.estimate(baseParameters: params, method: .full, optimizer: .sgd).totalBytes == 64_242_089_984)
    }

    @Test func loraAndQLoRA() throws {
        let lora = try FineTuningMemory.estimate(baseParameters: params, method: .lora, adapterParameters: adapter)
        #expect(lora.totalBytes == 16_731_611_136)  // 2·base + 16·adapter
        #expect(lora.gradientsBytes == 2 * Double(adapter))
        // 4 + 8/64 + 32/(64·256) = 4.126953125 bits = 2113/4096 bytes per quantised base parameter.
        #expect(FineTuningMemory.qloraBitsPerParameter == 4.126953125)
        let allNF4 = try FineTuningMemory.estimate(baseParameters: params, method: .qlora, adapterParameters: adapter)
        #expect(allNF4.weightsBytes == 4_142_563_969 + 2 * Double(adapter))
        #expect(allNF4.totalBytes == 4_813_652_609)
        // bitsandbytes keeps embed_tokens, lm_head (2 × 128256 × 4096) and the 65 norms (× 4096) in 16-bit.
        let kept = 2 * 128_256 * 4096 + 65 * 4096
        #expect(try ModelPreset.named("llama-3-8b").unquantizedParameters == kept)
        let qlora = try FineTuningMemory.estimate(
            baseParameters: params, method: .qlora, adapterParameters: adapter, unquantizedParameters: kept)
        #expect(qlora.baseBytes == Double(params - kept) * 2113 / 4096 + 2 * Double(kept))
        #expect(qlora.totalBytes == 6_373_384_192)
        #expect(qlora.assumptions.first?.contains("lm_head") == true)
    }

    struct Case: Decodable {
        var model: String, method: String, rank: Int?, quantize: String?, optimizer: String
        var base_bytes: Double, weights_bytes: Double, gradients_bytes: Double, optimizer_bytes: Double, total_bytes: Double
        var unquantized_params: Int?
    }

    /// scripts/golden/vram.py counts every state_dict tensor, quantising what bitsandbytes quantises.
    @Test func matchesTheTensorByTensorCount() throws {
        let cases = try Golden.load("vram", as: [String: [Case]].self)["cases"] ?? []
        #expect(cases.count == 4 * 2 * (1 + 3 * 3))
        for golden in cases {
            var call = "vram model=\(golden.model) method=\(golden.method) optimizer=\(golden.optimizer)"
            if let rank = golden.rank { call += " rank=\(rank)" }
            if let quantize = golden.quantize { call += " quantize=\(quantize)" }
            let report = try Calculators.evaluate(try CalcCall.parse(call))
            for (field, value) in [("base_bytes", golden.base_bytes), ("weights_bytes", golden.weights_bytes),
                                   ("gradients_bytes", golden.gradients_bytes), ("optimizer_bytes", golden.optimizer_bytes),
                                   ("total_bytes", golden.total_bytes)] {
                let computed = try #require(report.field(field)?.doubleValue, "\(call): \(field)")
                #expect(close(computed, value), "\(call): \(field) \(computed) ≠ \(value)")
            }
            if let kept = golden.unquantized_params {
                #expect(report.field("unquantized_params") == .integer(kept), "\(call)")
            }
        }
    }

    @Test func invalidInput() {
        #expect(throws: FormulaError.invalidArgument("params", "must be at least 1 (got 0)")) {
            try FineTuningMemory.estimate(baseParameters: 0, method: .full)
        }
        #expect(throws: FormulaError.self) { try FineTuningMemory.estimate(baseParameters: 10, method: .lora) }
        #expect(throws: FormulaError.invalidArgument("adapter_params", "must be at least 1 (got -5)")) {
            try FineTuningMemory.estimate(baseParameters: 10, method: .qlora, adapterParameters: -5)
        }
        #expect(throws: FormulaError.self) {
            try FineTuningMemory.estimate(baseParameters: 10, method: .qlora, adapterParameters: 1, unquantizedParameters: 11)
        }
        #expect(throws: FormulaError.invalidArgument("unquantized_params", "applies to method=qlora only")) {
            try FineTuningMemory.estimate(baseParameters: 10, method: .lora, adapterParameters: 1, unquantizedParameters: 2)
        }
    }
}
