import Foundation
import Testing
@testable import Course

@Suite struct NumericCalculatorTests {
    func evaluate(_ text: String) throws -> CalcReport {
        try Calculators.evaluate(try CalcCall.parse(text))
    }

    func number(_ report: CalcReport, _ path: String) throws -> Double {
        try #require(report.field(path)?.doubleValue, "no field \(path) in \(report.json.serialized())")
    }

    /// The catalogue in Content/README.md: each calculator's result fields, with the
    /// values its definition there gives, worked out by hand (never by the code under test).
    static let catalogue: [(call: String, values: KeyValuePairs<String, Double>)] = {
        var entries: [(call: String, values: KeyValuePairs<String, Double>)] = []
        let elo = eloExpected(1600, 1400)
        // softmax(logits / 0.7) of 2, 1, 0 is e0, e1, 1 over their sum.
        let e0 = exp(2 / 0.7), e1 = exp(1 / 0.7)
        // Linear schedule, T = 1000: βᵢ = 1e-4 + (i − 1)·(0.02 − 1e-4)/999, ᾱ₁₀ = ∏ᵢ₌₁…₁₀ (1 − βᵢ).
        let beta10 = 1e-4 + 9 * (0.02 - 1e-4) / 999
        let alphaBar10 = alphaBar(t: 10)
        // Q = K = I₂ and d_k = 2: the scores are I/√2; a row's softmax puts e^(1/√2) on the diagonal.
        let s = exp(1 / 2.0.squareRoot())
        // Llama 3 8B: hidden 4096, 32 layers, 8 key/value heads of 128 (v_proj 4096 → 1024).
        let qPerMatrix = 16.0 * (4096 + 4096), vPerMatrix = 16.0 * (4096 + 1024)
        let loraTrainable = 32 * (qPerMatrix + vPerMatrix)
        // LoRA on all seven projections at rank 16: 41,943,040 adapter parameters (see courseFigures).
        let adapter = 41_943_040.0, llama3 = 8_030_261_248.0
        let vramTotal = 2 * llama3 + 2 * adapter + 2 * adapter + 12 * adapter
        entries.append(("cosine a=1,2,3 b=2,4,5", [
            "dot": 25, "norm_a": 14.0.squareRoot(), "norm_b": 45.0.squareRoot(),
            "cosine": 25 / (14.0.squareRoot() * 45.0.squareRoot()),
        ]))
        entries.append(("perplexity ce=2.1 unit=nats", ["perplexity": exp(2.1), "cross_entropy_nats": 2.1, "cross_entropy_bits": 2.1 / log(2)]))
        // −mean(ln 0.5, ln 0.25) = 1.5·ln 2 nats = 1.5 bits; 2^1.5 = 2√2.
        entries.append(("perplexity probs=0.5,0.25", [
            "perplexity": 2 * 2.0.squareRoot(), "cross_entropy_nats": 1.5 * log(2), "cross_entropy_bits": 1.5,
        ]))
        // top-k = 2 keeps tokens 0 and 1; token 0 alone holds e0/(e0 + e1) ≈ 0.81 < 0.9, so top-p keeps both.
        entries.append(("sampling logits=2,1,0 temperature=0.7 top_k=2 top_p=0.9", [
            "probabilities.0": e0 / (e0 + e1 + 1), "probabilities.2": 1 / (e0 + e1 + 1),
            "renormalized.0": e0 / (e0 + e1), "renormalized.2": 0, "kept_count": 2,
        ]))
        entries.append(("elo ra=1600 rb=1400 k=32 score=1", [
            "expected_a": elo.a, "expected_b": elo.b, "new_ra": 1600 + 32 * (1 - elo.a), "new_rb": 1400 + 32 * (0 - elo.b),
        ]))
        entries.append(("lora model=llama-3-8b rank=16 targets=q_proj,v_proj alpha=32", [
            "trainable_params": loraTrainable, "frozen_params": llama3, "ratio": loraTrainable / llama3,
            "adapter_bytes.fp32": 4 * loraTrainable, "adapter_bytes.fp16": 2 * loraTrainable,
            "adapter_bytes.bf16": 2 * loraTrainable, "scaling": 32.0 / 16,
            "per_module.q_proj": 32 * qPerMatrix, "per_module.v_proj": 32 * vPerMatrix, "per_matrix.q_proj": qPerMatrix,
        ]))
        // Frozen: the 32 × 4 adapted 4096 × 4096 matrices themselves.
        entries.append(("lora d_in=4096 d_out=4096 layers=32 modules=4 rank=16", [
            "trainable_params": 32 * 4 * 16 * 8192, "frozen_params": 32 * 4 * 4096 * 4096, "ratio": 1.0 / 128, "scaling": 1,
        ]))
        // bf16 base (2 B) + adapter weights (2 B), gradients (2 B) and AdamW state (12 B) per adapter parameter.
        entries.append(("vram model=llama-3-8b method=lora rank=16 optimizer=adamw", [
            "weights_bytes": 2 * llama3 + 2 * adapter, "gradients_bytes": 2 * adapter, "optimizer_bytes": 12 * adapter,
            "total_bytes": vramTotal, "total_gb": vramTotal / 1e9, "total_gib": vramTotal / 1_073_741_824,
        ]))
        entries.append(("cfg uncond=0.1,0.2 cond=0.3,0.1 scale=7.5", [
            "guided.0": 0.1 + 7.5 * (0.3 - 0.1), "guided.1": 0.2 + 7.5 * (0.1 - 0.2), "scale": 7.5,
        ]))
        entries.append(("ddpm schedule=linear steps=1000 beta_start=1e-4 beta_end=0.02 t=10 x0=1,2 eps=0.5,0.5", [
            "beta": beta10, "alpha": 1 - beta10, "alpha_bar": alphaBar10, "sqrt_alpha_bar": alphaBar10.squareRoot(),
            "sqrt_one_minus_alpha_bar": (1 - alphaBar10).squareRoot(), "snr": alphaBar10 / (1 - alphaBar10),
            "x_t.0": alphaBar10.squareRoot() * 1 + (1 - alphaBar10).squareRoot() * 0.5,
            "x_t.1": alphaBar10.squareRoot() * 2 + (1 - alphaBar10).squareRoot() * 0.5,
        ]))
        entries.append(("attention q=\"1,0;0,1\" k=\"1,0;0,1\" v=\"1,2;3,4\" mask=none", [
            "scores.0.0": 1 / 2.0.squareRoot(), "scores.1.1": 1 / 2.0.squareRoot(), "weights.0.1": 1 / (1 + s),
            "output.1.0": (1 + 3 * s) / (1 + s), "d_k": 2,
        ]))
        // Stride 256 − 32 = 224; 1 + ⌈(1000 − 256)/224⌉ = 1 + ⌈3.32⌉ = 5.
        entries.append(("chunks tokens=1000 size=256 overlap=32", ["chunks": 5, "stride": 224]))
        return entries
    }()

    /// E_A = 1/(1 + 10^((R_B − R_A)/400)) and B's own expected score (Content/README.md).
    static func eloExpected(_ ra: Double, _ rb: Double) -> (a: Double, b: Double) {
        (1 / (1 + pow(10, (rb - ra) / 400)), 1 / (1 + pow(10, (ra - rb) / 400)))
    }

    /// ᾱ_t of the linear schedule 1e-4…0.02 over 1000 steps, multiplied out step by step.
    static func alphaBar(t: Int) -> Double {
        var product = 1.0
        for i in 1...t {
            let beta: Double = 1e-4 + Double(i - 1) * (0.02 - 1e-4) / 999
            product *= 1 - beta
        }
        return product
    }

    /// Every expected value, to 1e-12 relative (the hand formulas above may round in another order).
    func expectValues(_ report: CalcReport, _ values: KeyValuePairs<String, Double>, _ call: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        for (field, expected) in values {
            guard let actual = report.field(field)?.doubleValue else {
                Issue.record("\(call): no number at \(field) in \(report.json.serialized())", sourceLocation: sourceLocation)
                continue
            }
            #expect(close(actual, expected), "\(call): \(field) = \(actual), expected \(expected)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyNumericCalculatorIsRegistered() {
        let names = ["cosine", "perplexity", "sampling", "elo", "lora", "vram", "cfg", "ddpm", "attention", "chunks"]
        #expect(names.allSatisfy { Calculators.names.contains($0) })
    }

    @Test(arguments: catalogue.indices)
    func resultFieldsFollowTheCatalogue(_ index: Int) throws {
        let (call, values) = Self.catalogue[index]
        let report = try evaluate(call)
        expectValues(report, values, call)
        #expect(!report.steps.isEmpty && report.meaning != nil)
    }

    @Test func catalogueListsAndShapes() throws {
        #expect(try evaluate("sampling logits=2,1,0 temperature=0.7 top_k=2 top_p=0.9").field("kept") == [0, 1])
        // Attention: one row of scores, weights and output per query, one column per key (scores, weights) or value column.
        let attention = try evaluate(#"attention q="1,0;0,1;1,1" k="1,0;0,1" v="1,2,3;4,5,6" mask=none"#)
        #expect(Self.rowLengths(attention.field("scores")) == [2, 2, 2])
        #expect(Self.rowLengths(attention.field("weights")) == [2, 2, 2])
        #expect(Self.rowLengths(attention.field("output")) == [3, 3, 3])
    }

    /// The length of each row of a matrix field (−1 for a row that is not an array).
    static func rowLengths(_ value: JSONValue?) -> [Int]? {
        guard case .array(let rows)? = value else { return nil }
        return rows.map { if case .array(let row) = $0 { row.count } else { -1 } }
    }

    /// Each calculator's example call (what the calculator screen opens with), with the
    /// result its definition gives, worked out by hand.
    static let examples: [String: KeyValuePairs<String, Double>] = {
        var out: [String: KeyValuePairs<String, Double>] = [:]
        // Temperature 0.8 on logits 2, 1, 0.5, −1, −2; top-k = 4 drops the last. Over the four
        // survivors token 0 holds ≈ 0.683 and tokens 0–1 ≈ 0.879 < 0.9, so top-p keeps 0, 1, 2.
        let e = [2.0, 1, 0.5, -1].map { exp($0 / 0.8) }
        let elo = eloExpected(1600, 1400)
        // Linear schedule at t = 500 with x₀ = (1, −0.5) and ε = (0.3, 0.8).
        let ab = alphaBar(t: 500)
        // Causal attention, d_k = 2, so a dot product d scores d/√2 and weighs e^(d/√2):
        // query 2 = (0,1) sees keys 1, 2 with dots 0, 1; query 3 = (1,1) sees keys 1, 2, 3 with dots 1, 1, 2.
        let s = exp(1 / 2.0.squareRoot()), s2 = exp(2 / 2.0.squareRoot())
        // LoRA rank 16 on all seven projections of Llama 3 8B. QLoRA keeps the embeddings and lm_head
        // (2 × 128,256 × 4096) and the 65 RMSNorm vectors of 4096 in 16-bit: 1,050,939,392 weights at
        // 2 bytes; the other weights are NF4 at 4 + 8/64 + 32/16384 bits.
        let adapter = 41_943_040.0
        let sixteenBit = 2 * 128_256.0 * 4096 + 65 * 4096
        let qloraWeights = (8_030_261_248.0 - sixteenBit) * (4 + 8.0 / 64 + 32.0 / 16384) / 8 + 2 * sixteenBit + 2 * adapter
        out["cosine"] = ["dot": 0.66, "cosine": 0.66 / (0.69 * 0.74).squareRoot()]
        // (0.5 · 0.25 · 0.8 · 0.1)^(−1/4) = 0.01^(−1/4) = √10.
        out["perplexity"] = ["perplexity": 10.0.squareRoot()]
        out["sampling"] = ["kept_count": 3, "renormalized.0": e[0] / (e[0] + e[1] + e[2]), "renormalized.3": 0]
        out["elo"] = ["expected_a": elo.a, "new_ra": 1600 + 32 * (1 - elo.a)]
        // q, k, v, o per layer: 16·(8192 + 5120 + 5120 + 8192) = 425,984; × 32 layers.
        // The form's example leaves targets empty: all seven projections, as calc lora and the lessons count them.
        out["lora"] = ["trainable_params": 41_943_040, "scaling": 2]
        out["vram"] = ["weights_bytes": qloraWeights, "total_bytes": qloraWeights + 2 * adapter + 12 * adapter]
        out["cfg"] = ["guided.0": 1.6, "guided.1": 0.55, "guided.2": -1.1]
        out["ddpm"] = [
            "alpha_bar": ab, "x_t.0": ab.squareRoot() * 1 + (1 - ab).squareRoot() * 0.3,
            "x_t.1": ab.squareRoot() * -0.5 + (1 - ab).squareRoot() * 0.8,
        ]
        out["attention"] = [
            "output.0.0": 1, "output.0.1": 2, "output.1.0": (1 + 3 * s) / (1 + s), "output.1.1": (2 + 4 * s) / (1 + s),
            "output.2.0": (s + 3 * s + 5 * s2) / (2 * s + s2), "output.2.1": (2 * s + 4 * s + 6 * s2) / (2 * s + s2),
        ]
        // Stride 512 − 64 = 448; 1 + ⌈9488/448⌉ = 23.
        out["chunks"] = ["chunks": 23, "stride": 448]
        return out
    }()

    @Test func exampleCallsGiveTheirKnownResults() throws {
        #expect(Set(Self.examples.keys).union(["bleu", "rouge", "qa"]) == Set(Calculators.names))
        for (name, values) in Self.examples {
            let calculator = try #require(Calculators.named(name))
            let call = Calculators.exampleCall(for: calculator)
            expectValues(try Calculators.evaluate(call), values, "\(name) example")
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
        let ab = Self.alphaBar(t: 1000)
        #expect(close(try number(report, "x_t.0"), ab.squareRoot() + (1 - ab).squareRoot() * 0.5))
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
