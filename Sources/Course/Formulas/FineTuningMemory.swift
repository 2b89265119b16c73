/// GPU memory for the weights and training state of a fine-tuning run
/// (activations, KV caches and framework overhead are not counted).
public enum FineTuningMemory {
    /// What is trained and how the base weights are stored.
    public enum Method: String, CaseIterable, Sendable {
        /// Every weight trained, mixed precision.
        case full
        /// Frozen 16-bit base plus trained adapters.
        case lora
        /// Frozen 4-bit NF4 base (double-quantised) plus trained adapters; the base
        /// weights named as unquantised (embeddings, norms, lm_head) stay in 16-bit.
        case qlora
    }

    public enum Optimizer: String, CaseIterable, Sendable {
        /// fp32 master copy plus Adam's first and second moments: 12 bytes per trained parameter.
        case adamw
        /// Plain SGD without momentum: only the fp32 master copy, 4 bytes per trained parameter.
        case sgd
    }

    /// Bits per NF4 base parameter: 4-bit codes, an 8-bit absmax per block of 64,
    /// and an fp32 constant per 256 such blocks (double quantisation): 4 + 8/64 + 32/16384.
    public static let qloraBitsPerParameter = 4.0 + 8.0 / 64 + 32.0 / (64 * 256)

    /// The estimate, in bytes, with the assumptions behind it.
    public struct Result: Equatable, Sendable {
        public var method: Method
        public var optimizer: Optimizer
        public var baseParameters: Int
        /// Base parameters QLoRA leaves in 16-bit (0 for full and LoRA, whose whole base is 16-bit).
        public var unquantizedParameters: Int
        /// Parameters that get gradients and optimizer state (all of them for full fine-tuning).
        public var trainedParameters: Int
        /// Storage of one frozen (quantised, for QLoRA) base parameter (bits); 16 for full and LoRA.
        public var baseBitsPerParameter: Double
        /// Memory of the base model's weights (frozen for LoRA and QLoRA); part of `weightsBytes`.
        public var baseBytes: Double
        public var weightsBytes: Double
        public var gradientsBytes: Double
        public var optimizerBytes: Double
        public var totalBytes: Double { weightsBytes + gradientsBytes + optimizerBytes }
        /// totalBytes / 10⁹.
        public var totalGB: Double { totalBytes / 1e9 }
        /// totalBytes / 2³⁰.
        public var totalGiB: Double { totalBytes / 1_073_741_824 }
        /// One line per assumption, for the steps.
        public var assumptions: [String]
    }

    /// Estimates memory for `method`; `adapterParameters` is required (and only used)
    /// for LoRA and QLoRA. `unquantizedParameters` (QLoRA only) are base weights kept in
    /// 16-bit, as bitsandbytes keeps every weight that is not a decoder linear layer.
    public static func estimate(
        baseParameters: Int, method: Method, adapterParameters: Int? = nil, optimizer: Optimizer = .adamw,
        unquantizedParameters: Int = 0
    ) throws(FormulaError) -> Result {
        guard baseParameters >= 1 else { throw .invalidArgument("params", "must be at least 1 (got \(baseParameters))") }
        guard (0...baseParameters).contains(unquantizedParameters) else {
            throw .invalidArgument("unquantized_params", "must be between 0 and the base parameters (got \(unquantizedParameters))")
        }
        guard unquantizedParameters == 0 || method == .qlora else {
            throw .invalidArgument("unquantized_params", "applies to method=qlora only")
        }
        let optimizerBytesPerParameter: Double = optimizer == .adamw ? 12 : 4
        let optimizerNote = optimizer == .adamw
            ? "AdamW state: fp32 master copy + m + v = 12 bytes per trained parameter"
            : "SGD without momentum: fp32 master copy = 4 bytes per trained parameter"
        let base = Double(baseParameters)
        switch method {
        case .full:
            return Result(
                method: method, optimizer: optimizer, baseParameters: baseParameters, unquantizedParameters: 0,
                trainedParameters: baseParameters, baseBitsPerParameter: 16, baseBytes: 2 * base,
                weightsBytes: 2 * base, gradientsBytes: 2 * base,
                optimizerBytes: optimizerBytesPerParameter * base,
                assumptions: [
                    "mixed precision: bf16 weights (2 bytes) and bf16 gradients (2 bytes) for every parameter",
                    optimizerNote,
                    "activations, KV cache and framework overhead not counted",
                ])
        case .lora, .qlora:
            guard let adapterParameters else {
                throw .invalidInput("\(method.rawValue) needs the adapter's parameter count (give rank= with a model, or adapter_params=)")
            }
            guard adapterParameters >= 1 else {
                throw .invalidArgument("adapter_params", "must be at least 1 (got \(adapterParameters))")
            }
            let adapter = Double(adapterParameters)
            let bits = method == .lora ? 16 : qloraBitsPerParameter
            let nf4 = "4 bits + 8-bit absmax per 64 + fp32 constant per 256 blocks ≈ 4.127 bits per parameter"
            let baseNote = switch (method, unquantizedParameters) {
            case (.lora, _): "frozen base in bf16: 2 bytes per base parameter"
            case (_, 0): "frozen base in NF4: \(nf4) (all base weights quantised)"
            default: "frozen base: the unquantised weights (for a preset: embeddings, norms, lm_head) "
                + "in 16-bit (2 bytes), the rest in NF4: \(nf4)"
            }
            let unquantized = Double(unquantizedParameters)
            let baseBytes = (base - unquantized) * bits / 8 + 2 * unquantized
            return Result(
                method: method, optimizer: optimizer, baseParameters: baseParameters,
                unquantizedParameters: unquantizedParameters,
                trainedParameters: adapterParameters, baseBitsPerParameter: bits, baseBytes: baseBytes,
                weightsBytes: baseBytes + 2 * adapter, gradientsBytes: 2 * adapter,
                optimizerBytes: optimizerBytesPerParameter * adapter,
                assumptions: [
                    baseNote,
                    "adapters trained in mixed precision: 2 bytes weights + 2 bytes gradients each",
                    optimizerNote,
                    "no gradients or optimizer state for the frozen base",
                    "activations, KV cache and framework overhead not counted",
                ])
        }
    }
}
