/// LoRA adapter sizes: each adapted `d_in × d_out` weight gains `A` (r × d_in) and
/// `B` (d_out × r), so r·(d_in + d_out) trainable parameters; the update is scaled by α/r.
public enum LoRA {
    /// The projections a preset can adapt, by their Hugging Face module names.
    public enum Target: String, CaseIterable, Sendable {
        case q = "q_proj", k = "k_proj", v = "v_proj", o = "o_proj"
        case gate = "gate_proj", up = "up_proj", down = "down_proj"

        /// Parses a comma-separated list such as `q_proj,v_proj`; the short forms `q`, `gate` … work too.
        public static func parse(_ names: [String]) throws(FormulaError) -> [Target] {
            var targets: [Target] = []
            for name in names {
                let lowered = name.lowercased()
                guard let target = Target(rawValue: lowered) ?? Target(rawValue: lowered + "_proj") else {
                    let known = allCases.map(\.rawValue).joined(separator: ", ")
                    throw .invalidArgument("targets", "unknown module '\(name)' (known: \(known))")
                }
                guard !targets.contains(target) else {
                    throw .invalidArgument("targets", "\(target.rawValue) is listed twice")
                }
                targets.append(target)
            }
            guard !targets.isEmpty else { throw .invalidArgument("targets", "name at least one module") }
            return targets
        }
    }

    /// One adapted module type, summed over the layers it appears in.
    public struct Module: Equatable, Sendable {
        public var name: String
        public var dIn: Int
        public var dOut: Int
        /// How many matrices of this shape are adapted (layers × modules).
        public var copies: Int
        /// r·(d_in + d_out).
        public var perMatrix: Int
        /// `perMatrix × copies`.
        public var total: Int
    }

    /// An adapter's size and how it compares to the frozen model.
    public struct Result: Equatable, Sendable {
        public var rank: Int
        public var alpha: Double
        public var modules: [Module]
        public var trainableParameters: Int
        /// Every weight of the base model (a preset), or the adapted matrices' own weights
        /// when only shapes are given.
        public var frozenParameters: Int
        /// trainable / frozen.
        public var ratio: Double
        /// α / r.
        public var scaling: Double
        public var bytesFP32: Int
        public var bytesFP16: Int
        public var bytesBF16: Int
    }

    /// r·(d_in + d_out) for one adapted matrix.
    public static func parametersPerMatrix(rank: Int, dIn: Int, dOut: Int) throws(FormulaError) -> Int {
        try checkRank(rank)
        try checkDimension(dIn, "d_in")
        try checkDimension(dOut, "d_out")
        return try Checked.multiply(rank, Checked.add(dIn, dOut, "d_in + d_out"), "r·(d_in + d_out)")
    }

    /// Adapters on `targets` in every layer of `model`.
    public static func adapters(
        model: ModelPreset, rank: Int, targets: [Target] = Target.allCases, alpha: Double? = nil
    ) throws(FormulaError) -> Result {
        guard !targets.isEmpty else { throw .invalidArgument("targets", "name at least one module") }
        var modules: [Module] = []
        for target in targets {
            let (dIn, dOut) = model.shape(of: target)
            let perMatrix = try parametersPerMatrix(rank: rank, dIn: dIn, dOut: dOut)
            modules.append(Module(name: target.rawValue, dIn: dIn, dOut: dOut, copies: model.layers,
                                  perMatrix: perMatrix, total: try Checked.multiply(perMatrix, model.layers, "the adapter")))
        }
        return try result(modules: modules, rank: rank, alpha: alpha, frozen: model.parameterCount)
    }

    /// Adapters on `modules` matrices of shape `d_in × d_out` in each of `layers` layers.
    /// `frozenParameters` defaults to the adapted matrices' own weights.
    public static func adapters(
        dIn: Int, dOut: Int, layers: Int = 1, modules: Int = 1, rank: Int,
        alpha: Double? = nil, frozenParameters: Int? = nil
    ) throws(FormulaError) -> Result {
        guard layers >= 1 else { throw .invalidArgument("layers", "must be at least 1 (got \(layers))") }
        guard modules >= 1 else { throw .invalidArgument("modules", "must be at least 1 (got \(modules))") }
        let perMatrix = try parametersPerMatrix(rank: rank, dIn: dIn, dOut: dOut)
        let copies = try Checked.multiply(layers, modules, "layers × modules")
        let module = Module(name: "linear", dIn: dIn, dOut: dOut, copies: copies,
                            perMatrix: perMatrix, total: try Checked.multiply(perMatrix, copies, "the adapter"))
        let frozen: Int
        if let frozenParameters {
            guard frozenParameters >= 1 else { throw .invalidArgument("params", "must be at least 1") }
            frozen = frozenParameters
        } else {
            frozen = try Checked.multiply(Checked.multiply(dIn, dOut, "d_in × d_out"), copies, "the frozen weights")
        }
        return try result(modules: [module], rank: rank, alpha: alpha, frozen: frozen)
    }

    static func result(modules: [Module], rank: Int, alpha: Double?, frozen: Int) throws(FormulaError) -> Result {
        let alpha = alpha ?? Double(rank)
        try Checked.finite(alpha, "alpha")
        guard alpha > 0 else { throw .invalidArgument("alpha", "must be greater than 0") }
        var trainable = 0
        for module in modules { trainable = try Checked.add(trainable, module.total, "the adapter") }
        let fp32 = try Checked.multiply(trainable, 4, "the adapter size")
        return Result(
            rank: rank, alpha: alpha, modules: modules, trainableParameters: trainable,
            frozenParameters: frozen, ratio: Double(trainable) / Double(frozen),
            scaling: alpha / Double(rank), bytesFP32: fp32, bytesFP16: trainable * 2, bytesBF16: trainable * 2)
    }

    static func checkRank(_ rank: Int) throws(FormulaError) {
        guard rank >= 1 else { throw .invalidArgument("rank", "must be at least 1 (got \(rank))") }
    }

    static func checkDimension(_ d: Int, _ name: String) throws(FormulaError) {
        guard d >= 1 else { throw .invalidArgument(name, "must be at least 1 (got \(d))") }
    }
}
