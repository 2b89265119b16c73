/// A decoder-only transformer's shapes from its Hugging Face `config.json`
/// (Llama-style: RMSNorm weights only, no linear biases, untied lm_head).
public struct ModelPreset: Equatable, Sendable {
    /// The name calculators take, e.g. `llama-3-8b`.
    public var name: String
    public var displayName: String
    public var hiddenSize: Int
    public var intermediateSize: Int
    public var layers: Int
    public var attentionHeads: Int
    /// Fewer than `attentionHeads` means grouped-query attention.
    public var keyValueHeads: Int
    public var headDimension: Int
    public var vocabularySize: Int

    /// Every preset, smallest first.
    public static let all: [ModelPreset] = [
        ModelPreset(name: "llama-2-7b", displayName: "Llama 2 7B", hiddenSize: 4096, intermediateSize: 11008,
                    layers: 32, attentionHeads: 32, keyValueHeads: 32, headDimension: 128, vocabularySize: 32000),
        ModelPreset(name: "mistral-7b", displayName: "Mistral 7B", hiddenSize: 4096, intermediateSize: 14336,
                    layers: 32, attentionHeads: 32, keyValueHeads: 8, headDimension: 128, vocabularySize: 32000),
        ModelPreset(name: "llama-3-8b", displayName: "Llama 3 8B", hiddenSize: 4096, intermediateSize: 14336,
                    layers: 32, attentionHeads: 32, keyValueHeads: 8, headDimension: 128, vocabularySize: 128256),
        ModelPreset(name: "llama-3-70b", displayName: "Llama 3 70B", hiddenSize: 8192, intermediateSize: 28672,
                    layers: 80, attentionHeads: 64, keyValueHeads: 8, headDimension: 128, vocabularySize: 128256),
    ]

    public static var names: [String] { all.map(\.name) }

    /// The preset called `name` (case-insensitive).
    public static func named(_ name: String) throws(FormulaError) -> ModelPreset {
        guard let preset = all.first(where: { $0.name == name.lowercased() }) else {
            throw .invalidArgument("model", "unknown model '\(name)' (known: \(names.joined(separator: ", ")))")
        }
        return preset
    }

    /// `(d_in, d_out)` of one projection, as `nn.Linear(d_in, d_out)`.
    public func shape(of projection: LoRA.Target) -> (dIn: Int, dOut: Int) {
        let queryWidth = attentionHeads * headDimension
        let keyValueWidth = keyValueHeads * headDimension
        switch projection {
        case .q: return (hiddenSize, queryWidth)
        case .k, .v: return (hiddenSize, keyValueWidth)
        case .o: return (queryWidth, hiddenSize)
        case .gate, .up: return (hiddenSize, intermediateSize)
        case .down: return (intermediateSize, hiddenSize)
        }
    }

    /// Parameter counts by part: embeddings, per-layer attention/MLP/norms times
    /// the layer count, the final norm and the untied lm_head.
    public var parameterBreakdown: [(part: String, count: Int)] {
        let attention = [LoRA.Target.q, .k, .v, .o].reduce(0) { $0 + weights(of: $1) }
        let mlp = [LoRA.Target.gate, .up, .down].reduce(0) { $0 + weights(of: $1) }
        return [
            ("embed_tokens", vocabularySize * hiddenSize),
            ("attention (q, k, v, o)", layers * attention),
            ("mlp (gate, up, down)", layers * mlp),
            ("norms (2 per layer + final)", (2 * layers + 1) * hiddenSize),
            ("lm_head", hiddenSize * vocabularySize),
        ]
    }

    /// Every weight of the model.
    public var parameterCount: Int { parameterBreakdown.reduce(0) { $0 + $1.count } }

    /// The weights 4-bit bitsandbytes loading leaves in 16-bit: it replaces only `nn.Linear`
    /// layers and skips `lm_head`, so the embeddings, the norms and `lm_head` keep their dtype.
    public var unquantizedParameters: Int {
        let decoderLinears = layers * LoRA.Target.allCases.reduce(0) { $0 + weights(of: $1) }
        return parameterCount - decoderLinears
    }

    func weights(of projection: LoRA.Target) -> Int {
        let (dIn, dOut) = shape(of: projection)
        return dIn * dOut
    }
}
