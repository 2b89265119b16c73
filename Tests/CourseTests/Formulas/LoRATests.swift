import Testing
@testable import Course

@Suite struct LoRATests {
    let llama3 = try! ModelPreset.named("llama-3-8b")

    @Test func courseFigures() throws {
        #expect(try LoRA.adapters(model: llama3, rank: 16).trainableParameters == 41_943_040)
        #expect(try LoRA.adapters(model: llama3, rank: 16, targets: [.q, .k, .v, .o]).trainableParameters == 13_631_488)
        let shapes = try LoRA.adapters(dIn: 4096, dOut: 4096, layers: 32, modules: 4, rank: 16)
        #expect(shapes.trainableParameters == 16_777_216)
        #expect(shapes.frozenParameters == 4096 * 4096 * 128)
        #expect(shapes.ratio == 16_777_216.0 / Double(4096 * 4096 * 128))
    }

    @Test func handCheckedParts() throws {
        // Grouped-query attention: k_proj maps 4096 → 8 heads × 128 = 1024.
        #expect(llama3.shape(of: .k) == (4096, 1024))
        #expect(llama3.shape(of: .down) == (14336, 4096))
        #expect(try LoRA.parametersPerMatrix(rank: 8, dIn: 4096, dOut: 1024) == 8 * 5120)
        let r = try LoRA.adapters(model: llama3, rank: 8, targets: [.q, .v], alpha: 16)
        #expect(r.modules.map(\.total) == [8 * 8192 * 32, 8 * 5120 * 32])
        #expect(r.scaling == 2)
        #expect(r.bytesFP32 == r.trainableParameters * 4 && r.bytesBF16 == r.trainableParameters * 2)
        #expect(r.frozenParameters == 8_030_261_248)
        #expect(try LoRA.adapters(model: llama3, rank: 16).scaling == 1)  // α defaults to r
    }

    struct Adapter: Decodable { var rank: Int; var targets: [String]; var trainable_params: Int }
    struct Preset: Decodable { var name: String; var parameters: Int; var shapes: [String: [Int]]; var adapters: [Adapter] }
    struct File: Decodable { var presets: [Preset] }

    @Test func presetsMatchTheirConfigShapes() throws {
        let file = try Golden.load("lora", as: File.self)
        #expect(Set(file.presets.map(\.name)) == Set(ModelPreset.names))
        for golden in file.presets {
            let preset = try ModelPreset.named(golden.name)
            #expect(preset.parameterCount == golden.parameters, "\(golden.name)")
            for target in LoRA.Target.allCases {
                let (dIn, dOut) = preset.shape(of: target)
                #expect([dIn, dOut] == golden.shapes[target.rawValue], "\(golden.name) \(target.rawValue)")
            }
            for adapter in golden.adapters {
                let r = try LoRA.adapters(model: preset, rank: adapter.rank, targets: LoRA.Target.parse(adapter.targets))
                #expect(r.trainableParameters == adapter.trainable_params, "\(golden.name) \(adapter)")
            }
        }
        #expect(try ModelPreset.named("Llama-3-8B").parameterCount == 8_030_261_248)
        #expect(try ModelPreset.named("llama-3-70b").parameterCount == 70_553_706_496)
    }

    @Test func propertyCountIsRankTimesWidthsTimesCopies() throws {
        var rng = SeededGenerator(seed: 99)
        for _ in 0..<1000 {
            let dIn = Int.random(in: 1...20_000, using: &rng), dOut = Int.random(in: 1...20_000, using: &rng)
            let layers = Int.random(in: 1...128, using: &rng), modules = Int.random(in: 1...8, using: &rng)
            let rank = Int.random(in: 1...256, using: &rng)
            let r = try LoRA.adapters(dIn: dIn, dOut: dOut, layers: layers, modules: modules, rank: rank)
            #expect(r.trainableParameters == rank * (dIn + dOut) * layers * modules)
        }
    }

    @Test func invalidInput() {
        #expect(throws: FormulaError.invalidArgument("rank", "must be at least 1 (got -4)")) {
            try LoRA.adapters(dIn: 4, dOut: 4, rank: -4)
        }
        #expect(throws: FormulaError.invalidArgument("rank", "must be at least 1 (got 0)")) { try LoRA.adapters(model: llama3, rank: 0) }
        #expect(throws: FormulaError.invalidArgument("d_in", "must be at least 1 (got 0)")) { try LoRA.adapters(dIn: 0, dOut: 4, rank: 1) }
        #expect(throws: FormulaError.invalidArgument("layers", "must be at least 1 (got 0)")) {
            try LoRA.adapters(dIn: 4, dOut: 4, layers: 0, rank: 1)
        }
        #expect(throws: FormulaError.invalidArgument("alpha", "must be greater than 0")) { try LoRA.adapters(model: llama3, rank: 4, alpha: -1) }
        #expect(throws: FormulaError.self) { try LoRA.Target.parse(["q_proj", "x_proj"]) }
        #expect(throws: FormulaError.invalidArgument("targets", "q_proj is listed twice")) { try LoRA.Target.parse(["q_proj", "q"]) }
        #expect(throws: FormulaError.self) { try ModelPreset.named("gpt-5") }
        // Counts too large for Int fail instead of trapping.
        #expect(throws: FormulaError.self) { try LoRA.adapters(dIn: Int.max / 2, dOut: Int.max / 2, rank: 4) }
        #expect(throws: FormulaError.self) { try LoRA.adapters(dIn: 1 << 40, dOut: 1 << 40, layers: 1 << 20, rank: 1) }
    }
}
