/// What `practice --drill NAME` and the calculator screen's drill key practise.
extension Course {
    /// The templates a drill of `name` asks: the template whose id is `name`,
    /// or every template whose truth the calculator `name` computes, in bank
    /// order (a repeated id once).
    public func drillTemplates(_ name: String) -> [Question] {
        if let template = questions.first(where: { $0.id == name && $0.isTemplate }) { return [template] }
        var seen = Set<String>()
        return questions.filter { $0.template?.calculatorName == name && seen.insert($0.id).inserted }
    }

    /// The calculators some template of the course drills, sorted by name.
    public var drillableCalculators: [String] {
        Set(questions.compactMap { $0.template?.calculatorName }).sorted()
    }
}
