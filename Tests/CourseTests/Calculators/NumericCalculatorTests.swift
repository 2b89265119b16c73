import Testing
@testable import Course

@Suite struct NumericCalculatorTests {
    func evaluate(_ text: String) throws -> CalcReport {
        try Calculators.evaluate(try CalcCall.parse(text))
    }

    func number(_ report: CalcReport, _ path: String) throws -> Double {
        try #require(report.field(path)?.doubleValue, "no field \(path) in \(report.json.serialized())")
    }

    /// The catalogue in Content/README.md: each calculator's result fields.
    static let catalogue: [(call: String, fields: [String])] = [
        ("cosine a=1,2,3 b=2,4,5", ["cosine", "dot", "norm_a", "norm_b"]),
        ("perplexity ce=2.1 unit=nats", ["perplexity", "cross_entropy_nats", "cross_entropy_bits"]),
        ("perplexity probs=0.5,0.25", ["perplexity", "cross_entropy_nats", "cross_entropy_bits"]),
        ("sampling logits=2,1,0 temperature=0.7 top_k=2 top_p=0.9",
         ["probabilities.0", "probabilities.2", "kept", "renormalized.0", "renormalized.2", "kept_count"]),
        ("elo ra=1600 rb=1400 k=32 score=1", ["expected_a", "expected_b", "new_ra", "new_rb"]),
        ("lora model=llama-3-8b rank=16 targets=q_proj,v_proj alpha=32",
         ["trainable_params", "frozen_params", "ratio", "adapter_bytes.fp32", "adapter_bytes.fp16",
          "adapter_bytes.bf16", "scaling", "per_module.q_proj", "per_module.v_proj", "per_matrix.q_proj"]),
        ("lora d_in=4096 d_out=4096 layers=32 modules=4 rank=16", ["trainable_params", "frozen_params", "ratio", "scaling"]),
        ("vram model=llama-3-8b method=lora rank=16 optimizer=adamw",
         ["weights_bytes", "gradients_bytes", "optimizer_bytes", "total_bytes", "total_gb", "total_gib"]),
        ("cfg uncond=0.1,0.2 cond=0.3,0.1 scale=7.5", ["guided.0", "guided.1", "scale"]),
        ("ddpm schedule=linear steps=1000 beta_start=1e-4 beta_end=0.02 t=10 x0=1,2 eps=0.5,0.5",
         ["beta", "alpha", "alpha_bar", "sqrt_alpha_bar", "sqrt_one_minus_alpha_bar", "snr", "x_t.0", "x_t.1"]),
        ("attention q=\"1,0;0,1\" k=\"1,0;0,1\" v=\"1,2;3,4\" mask=none",
         ["scores.0.0", "scores.1.1", "weights.0.1", "output.1.0", "d_k"]),
        ("chunks tokens=1000 size=256 overlap=32", ["chunks", "stride"]),
    ]

    @Test func everyNumericCalculatorIsRegistered() {
        let names = ["cosine", "perplexity", "sampling", "elo", "lora", "vram", "cfg", "ddpm", "attention", "chunks"]
        #expect(names.allSatisfy { Calculators.names.contains($0) })
    }

    @Test(arguments: catalogue.indices)
    func resultFieldsFollowTheCatalogue(_ index: Int) throws {
        let (call, fields) = Self.catalogue[index]
        let report = try evaluate(call)
        for field in fields {
            #expect(report.field(field) != nil, "\(call): no \(field) in \(report.json.serialized())")
        }
        #expect(!report.steps.isEmpty && report.meaning != nil)
    }

    @Test func exampleCallsEvaluate() throws {
        for name in ["cosine", "perplexity", "sampling", "elo", "lora", "vram", "cfg", "ddpm", "attention", "chunks"] {
            let calculator = try #require(Calculators.named(name))
            #expect(throws: Never.self, "\(name) example") { try Calculators.evaluate(Calculators.exampleCall(for: calculator)) }
        }
    }

    @Test func courseFigures() throws {
        let lora = try evaluate("lora model=llama-3-8b rank=16")
        #expect(lora.field("trainable_params") == .integer(41_943_040))
        #expect(lora.field("frozen_params") == .integer(8_030_261_248))
        #expect(lora.field("per_matrix.k_proj") == .integer(81_920))
        #expect(lora.field("per_module.k_proj") == .integer(2_621_440))
        #expect(lora.field("adapter_bytes.fp32") == .integer(167_772_160))
        #expect(lora.field("adapter_bytes.bf16") == .integer(83_886_080))
        #expect(try number(evaluate("lora model=llama-3-8b rank=16 targets=q_proj,k_proj,v_proj,o_proj"), "trainable_params") == 13_631_488)
        #expect(try number(evaluate("lora d_in=4096 d_out=4096 layers=32 modules=4 rank=16"), "trainable_params") == 16_777_216)
        #expect(try number(evaluate("lora model=llama-3-8b rank=8 alpha=16"), "scaling") == 2)

        let elo = try evaluate("elo ra=1600 rb=1400")
        #expect(abs(try number(elo, "expected_a") - 0.7597469266) < 1e-9)
        #expect(elo.meaning?.contains("A is expected to score 76% against B") == true)
        #expect(try number(evaluate("elo ra=1600 rb=1400 score=draw"), "new_ra") == number(evaluate("elo ra=1600 rb=1400 score=0.5"), "new_ra"))

        #expect(try number(evaluate("vram model=llama-3-8b method=full"), "total_bytes") == 128_484_179_968)
        #expect(try number(evaluate("vram params=1e9 method=full optimizer=sgd"), "total_gb") == 8)
        #expect(try number(evaluate("vram params=1000 method=qlora adapter_params=10"), "total_bytes") == 1000 * 4.126953125 / 8 + 160)
        #expect(try number(evaluate("vram params=1000 method=qlora adapter_params=10 unquantized_params=200"), "total_bytes")
            == 800 * 4.126953125 / 8 + 400 + 160)
        #expect(try number(evaluate("vram model=llama-3-8b method=qlora rank=16"), "total_bytes") == 6_373_384_192)
        #expect(try number(evaluate("vram model=llama-3-8b method=qlora rank=16 quantize=all"), "total_bytes") == 4_813_652_609)
        #expect(try number(evaluate("chunks tokens=10000 size=512 overlap=64"), "chunks") == 23)
        #expect(try number(evaluate("perplexity ce=2 unit=bits"), "perplexity") == 4)
        #expect(try number(evaluate("cfg uncond=1 cond=3 scale=2"), "guided.0") == 5)
        #expect(try evaluate("sampling probs=0.1,0.2,0.3,0.4 top_k=2").field("kept") == [2, 3])
    }

    @Test func leaderboard() throws {
        let report = try evaluate(#"elo matches="a b 1\nb c 0.5\nc a 0" start=1500 k=16"#)
        #expect(report.field("leaderboard.0.name") == "a")
        #expect(report.field("leaderboard.0.rank") == 1)
        #expect(report.field("leaderboard.0.wins") == 2)
        #expect(report.field("games") == 3)
        #expect(report.charts.first?.points.first?.highlighted == true)
    }

    @Test func charts() throws {
        let sampling = try evaluate("sampling logits=3,2,1,0 top_k=2")
        #expect(sampling.charts.count == 2)
        #expect(sampling.charts[0].points.map(\.highlighted) == [true, true, false, false])
        #expect(sampling.charts[1].points[3].value == 0)

        let ddpm = try evaluate("ddpm schedule=cosine t=737")
        let chart = try #require(ddpm.charts.first)
        #expect(chart.kind == .series)
        #expect(chart.points.filter(\.highlighted).map(\.label) == ["t=737"])
        #expect(chart.points.first?.label == "t=1" && chart.points.last?.label == "t=1000")
        #expect(chart.points.count <= 101)
        #expect(try chart.points.first { $0.highlighted }?.value == number(ddpm, "alpha_bar"))
    }

    @Test func samplingWithoutAFilterSaysSo() throws {
        let report = try evaluate("sampling logits=2,1,0.1")
        #expect(report.meaning == "Nothing is filtered: sampling picks among all 3 tokens with these probabilities; the most likely, 0, has 65.9%.")
        #expect(report.charts.map(\.title) == ["Probabilities (after temperature)"])
        #expect(!report.steps.contains { $0.label == "renormalised" })
        #expect(report.field("renormalized.0") == report.field("probabilities.0"))
        let filtered = try evaluate("sampling logits=2,1,0.1 top_k=1")
        #expect(filtered.meaning == "Sampling now picks among 1 token; the most likely, 0, rises from 65.9% to 100%.")
        #expect(filtered.headline == "kept 1 of 3 tokens: 0")
        #expect(filtered.charts.count == 2)
    }

    @Test func perplexityWordsAgreeWithTheirNumbers() throws {
        let half = try evaluate("perplexity probs=0.5")
        #expect(half.steps.map(\.value) == ["[0.5]", "[0.6931]", "0.6931 nats per token", "1 bit per token", "e^0.6931 = 2"])
        #expect(half.meaning?.contains("among 2 tokens at each step") == true)
        let bits = try evaluate("perplexity ce=1 unit=bits")
        #expect(bits.steps.map(\.value) == ["1 bit per token", "0.6931 nats per token", "2^1 = 2"])
        let nats = try evaluate("perplexity ce=1")
        #expect(nats.steps.map(\.value).prefix(2) == ["1 nat per token", "1.4427 bits per token"])
        let certain = try evaluate("perplexity probs=1")
        #expect(certain.meaning?.contains("among 1 token at each step") == true)
    }

    @Test func ddpmLabelsUseUnicodeSubscripts() throws {
        let report = try evaluate("ddpm t=1000 x0=1 eps=0.5")
        #expect(report.steps.map(\.label) == ["βₜ", "αₜ", "ᾱₜ", "√ᾱₜ", "√(1 − ᾱₜ)", "SNR", "xₜ"])
        #expect(report.steps[2].value == "∏ αᵢ = 4.036e-5")
        #expect(report.headline == "t = 1000: ᾱₜ = 4.036e-5, SNR = 4.036e-5")
        #expect(report.meaning?.hasPrefix("At t = 1000 of 1000, xₜ is 0.006353·x₀") == true)
        let chart = try #require(report.charts.first)
        #expect(chart.title.hasPrefix("ᾱₜ over timesteps"))
        #expect(chart.text(of: chart.points.last?.value ?? 0) == "4.036e-5")
        #expect(report.field("x_t.0") != nil)
    }

    @Test func loraChartCountsHaveSeparators() throws {
        let chart = try #require(try evaluate("lora model=llama-3-8b rank=16").charts.first)
        #expect(chart.valueFormat == .count)
        #expect(chart.text(of: chart.points[0].value) == "4,194,304")
        let lines = CalcChartLayout.lines(chart, width: 60, theme: .unicode).map(\.text)
        #expect(lines.contains { $0.hasPrefix("q_proj") && $0.hasSuffix("4,194,304") })
    }

    @Test func cosineAnglesReadByBand() throws {
        #expect(CosineCalculator.describe(angle: 0) == "the same direction")
        #expect(CosineCalculator.describe(angle: 16.3) == "very similar directions")
        #expect(CosineCalculator.describe(angle: 60.000000001) == "somewhat similar directions")
        // 69.5°, 70.1° and 72.7° read alike.
        for angle in [69.5, 70.1, 72.7] {
            #expect(CosineCalculator.describe(angle: angle) == "loosely related directions")
        }
        #expect(CosineCalculator.describe(angle: 82.8) == "nearly orthogonal, little in common")
        #expect(CosineCalculator.describe(angle: 90) == "nearly orthogonal, little in common")
        #expect(CosineCalculator.describe(angle: 110) == "loosely opposed directions")
        #expect(CosineCalculator.describe(angle: 135) == "mostly opposite directions")
        #expect(CosineCalculator.describe(angle: 170) == "nearly opposite directions")
        #expect(CosineCalculator.describe(angle: 180) == "opposite directions")
        let report = try evaluate("cosine a=0.8,0.5,0.1 b=0.1,0.2,0.95")
        #expect(report.meaning?.hasPrefix("The vectors are 72.7° apart: loosely related directions") == true)
    }

    @Test func labelsUseTheRendererSymbols() throws {
        let elo = try evaluate("elo ra=1700 rb=1500 k=32 score=1")
        #expect(elo.steps.map(\.label).suffix(2) == ["R_A′", "R_B′"])
        #expect(elo.headline == "E_A = 0.7597, R_A′ = 1707.6881, R_B′ = 1492.3119")
        let draw = try evaluate("elo ra=1500 rb=1500 k=32 score=0.5")
        #expect(draw.meaning == "A is expected to score 50% against B; after this result (draw) neither rating moves.")
        let bleu = try Calculators.evaluate(try CalcCall.parse(#"bleu hyp="a b c d" ref="a b c d""#))
        #expect(bleu.steps.contains { $0.value.hasPrefix("BP × exp(∑ log pₙ / 4)") })
    }

    @Test func memoryChartIsInBytesAsTheSteps() throws {
        let report = try evaluate("vram model=llama-3-8b method=lora rank=16")
        let chart = try #require(report.charts.first)
        #expect(chart.points.map { chart.text(of: $0.value) } == ["16.14 GB", "83.89 MB", "503.32 MB"])
        #expect(report.steps.contains { $0.value.hasSuffix("= 503.32 MB") })
    }

    @Test func attentionMaskedScoresAreNull() throws {
        let report = try evaluate(#"attention q="1;1" k="1;1" v="1;3" mask=causal"#)
        #expect(report.field("scores.0.1") == .null)
        #expect(report.field("weights.0.1") == .number(0))
        #expect(report.field("output.1.0") == .number(2))
        #expect(report.json.serialized().contains("null"))
    }

    @Test func badCallsThrow() {
        let bad = [
            "cosine a=1,2", "cosine a=1,2 b=0,0", "cosine a=1 b=1 c=2",
            "perplexity", "perplexity ce=1 probs=0.5", "perplexity probs=0.5 unit=bits", "perplexity ce=1 unit=hartleys",
            "sampling", "sampling logits=1,2 probs=0.5,0.5", "sampling logits=1,2 tokens=a", "sampling logits=1,2 top_k=1.5",
            "sampling logits=1,2 temperature=0", "sampling probs=0.5,0.6", "sampling logits=1 top_p=0",
            "elo ra=1600", "elo ra=1 rb=2 score=0.25", "elo ra=1 rb=2 start=1000", "elo matches=\"a b 1\" ra=1",
            "elo ra=1 rb=2 k=-3",
            "lora rank=16", "lora model=llama-3-8b", "lora model=llama-3-8b rank=16 d_in=4", "lora d_in=4 d_out=4 rank=1 targets=q_proj",
            "lora model=llama-3-8b rank=16 targets=embed", "lora d_in=4 d_out=4 rank=-1",
            "vram", "vram model=llama-3-8b params=10", "vram model=llama-3-8b method=lora", "vram params=10 method=lora",
            "vram params=10 method=lora rank=4", "vram model=llama-3-8b method=full rank=4", "vram model=llama-3-8b optimizer=adam",
            "vram model=llama-3-8b method=lora rank=4 quantize=all", "vram model=llama-3-8b method=qlora rank=4 quantize=some",
            "vram model=llama-3-8b method=qlora rank=4 unquantized_params=5",
            "vram params=100 method=qlora adapter_params=1 quantize=all unquantized_params=5",
            "cfg uncond=1 cond=1,2 scale=1", "cfg uncond=1 cond=2",
            "ddpm", "ddpm t=0", "ddpm t=5 steps=4", "ddpm t=5 schedule=cosine beta_start=0.1", "ddpm t=5 schedule=quadratic",
            "ddpm t=5 x0=1", "ddpm t=5 x0=1 eps=1,2",
            "attention q=1 k=1", "attention q=\"1,2\" k=\"1,2,3\" v=1", "attention q=1 k=1 v=1 mask=sliding",
            "chunks tokens=10 size=4 overlap=4", "chunks tokens=-1 size=4", "chunks tokens=10",
        ]
        for text in bad {
            #expect(throws: FormulaError.self, "\(text)") { try evaluate(text) }
        }
    }
}
