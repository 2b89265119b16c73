/// Integer arithmetic for user-sized inputs: overflow becomes a `FormulaError`
/// instead of a trap.
enum Checked {
    static func multiply(_ a: Int, _ b: Int, _ what: @autoclosure () -> String) throws(FormulaError) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow else { throw .invalidInput("\(what()) is too large to count") }
        return product
    }

    static func add(_ a: Int, _ b: Int, _ what: @autoclosure () -> String) throws(FormulaError) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw .invalidInput("\(what()) is too large to count") }
        return sum
    }

    /// Fails unless every element is a finite number; `name` labels the message.
    static func finite(_ xs: [Double], _ name: String) throws(FormulaError) {
        if let bad = xs.firstIndex(where: { !$0.isFinite }) {
            throw .invalidArgument(name, "element \(bad) is \(xs[bad].isNaN ? "NaN" : "infinite")")
        }
    }

    static func finite(_ x: Double, _ name: String) throws(FormulaError) {
        guard x.isFinite else { throw .invalidArgument(name, x.isNaN ? "NaN is not a number" : "must be finite") }
    }

    static func nonEmpty(_ xs: [Double], _ name: String) throws(FormulaError) {
        guard !xs.isEmpty else { throw .invalidArgument(name, "expected at least one number") }
    }
}
