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
        let qlora = try FineTuningMemory.estimate(baseParameters: params, method: .qlora, adapterParameters: adapter)
        // 4 + 8/64 + 32/(64·256) = 4.126953125 bits = 2113/4096 bytes per base parameter.
        #expect(FineTuningMemory.qloraBitsPerParameter == 4.126953125)
        #expect(qlora.weightsBytes == 4_142_563_969 + 2 * Double(adapter))
        #expect(qlora.totalBytes == 4_813_652_609)
        #expect(!qlora.assumptions.isEmpty)
    }

    @Test func invalidInput() {
        #expect(throws: FormulaError.invalidArgument("params", "must be at least 1 (got 0)")) {
            try FineTuningMemory.estimate(baseParameters: 0, method: .full)
        }
        #expect(throws: FormulaError.self) { try FineTuningMemory.estimate(baseParameters: 10, method: .lora) }
        #expect(throws: FormulaError.invalidArgument("adapter_params", "must be at least 1 (got -5)")) {
            try FineTuningMemory.estimate(baseParameters: 10, method: .qlora, adapterParameters: -5)
        }
    }
}
