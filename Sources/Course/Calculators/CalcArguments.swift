/// Typed access to a call's arguments. Every accessor throws a `FormulaError`
/// that names the argument, so the reader, the CLI and the calculator screen can
/// show the learner exactly what to fix.
extension CalcCall {
    public func values(_ key: String) -> [String] {
        arguments.filter { $0.key == key }.map(\.value)
    }

    public func has(_ key: String) -> Bool { arguments.contains { $0.key == key } }

    public func string(_ key: String) -> String? { values(key).last }

    public func requiredString(_ key: String) throws(FormulaError) -> String {
        guard let value = string(key) else { throw .missingArgument(key) }
        return value
    }

    public func double(_ key: String) throws(FormulaError) -> Double? {
        guard let text = string(key) else { return nil }
        guard let x = Double(text.trimmingSpaces), x.isFinite else {
            throw .invalidArgument(key, "'\(text)' is not a number")
        }
        return x
    }

    public func requiredDouble(_ key: String) throws(FormulaError) -> Double {
        guard let x = try double(key) else { throw .missingArgument(key) }
        return x
    }

    public func int(_ key: String) throws(FormulaError) -> Int? {
        guard let text = string(key) else { return nil }
        let trimmed = text.trimmingSpaces.replacingOccurrences(of: "_", with: "")
        if let n = Int(trimmed) { return n }
        // Accept 8e9 or 4096.0 when they are whole numbers.
        if let x = Double(trimmed), x.isFinite, x == x.rounded(), abs(x) < 9e18 { return Int(x) }
        throw .invalidArgument(key, "'\(text)' is not a whole number")
    }

    public func requiredInt(_ key: String) throws(FormulaError) -> Int {
        guard let n = try int(key) else { throw .missingArgument(key) }
        return n
    }

    public func bool(_ key: String) throws(FormulaError) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.trimmingSpaces.lowercased() {
        case "true", "yes", "on", "1", "": return true
        case "false", "no", "off", "0": return false
        default: throw .invalidArgument(key, "'\(text)' is not true or false")
        }
    }

    /// A comma- (or space-) separated list of numbers, e.g. `1, 2.5, -3`.
    public func vector(_ key: String) throws(FormulaError) -> [Double]? {
        guard let text = string(key) else { return nil }
        return try CalcCall.parseVector(text, key: key)
    }

    public func requiredVector(_ key: String) throws(FormulaError) -> [Double] {
        guard let v = try vector(key) else { throw .missingArgument(key) }
        return v
    }

    /// Rows separated by `;`, columns by `,`: `1,0;0,1`.
    public func matrix(_ key: String) throws(FormulaError) -> [[Double]]? {
        guard let text = string(key) else { return nil }
        var rows: [[Double]] = []
        for row in text.split(separator: ";", omittingEmptySubsequences: false) {
            rows.append(try CalcCall.parseVector(String(row), key: key))
        }
        return rows
    }

    public func requiredMatrix(_ key: String) throws(FormulaError) -> [[Double]] {
        guard let m = try matrix(key) else { throw .missingArgument(key) }
        return m
    }

    /// A comma-separated list of words, e.g. `q_proj,v_proj`.
    public func list(_ key: String) -> [String]? {
        guard let text = string(key) else { return nil }
        return text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }

    /// One of a fixed set of choices, case-insensitive.
    public func choice(_ key: String, in choices: [String]) throws(FormulaError) -> String? {
        guard let text = string(key) else { return nil }
        let lowered = text.trimmingSpaces.lowercased()
        guard choices.contains(lowered) else {
            throw .invalidArgument(key, "'\(text)' is not one of \(choices.joined(separator: ", "))")
        }
        return lowered
    }

    /// Fails on arguments the calculator does not know, so a typo is never
    /// ignored, and on one given twice that takes a single value (`ra=1 ra=2`),
    /// so no value is silently dropped.
    public func rejectUnknown(_ known: [CalcArgument]) throws(FormulaError) {
        var seen = Set<String>()
        for argument in arguments {
            guard let declared = known.first(where: { $0.key == argument.key }) else {
                let list = known.map(\.key).sorted().joined(separator: ", ")
                throw .invalidArgument(argument.key, "unknown argument for \(name) (known: \(list))")
            }
            if !declared.repeats, !seen.insert(argument.key).inserted {
                throw .invalidArgument(argument.key, "given more than once (it takes one value)")
            }
        }
    }

    static func parseVector(_ text: String, key: String) throws(FormulaError) -> [Double] {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
        var out: [Double] = []
        out.reserveCapacity(parts.count)
        for part in parts {
            guard let x = Double(part), x.isFinite else {
                throw .invalidArgument(key, "'\(part)' is not a number")
            }
            out.append(x)
        }
        guard !out.isEmpty else { throw .invalidArgument(key, "expected at least one number") }
        return out
    }
}

extension String {
    var trimmingSpaces: String {
        // Fast path: nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
