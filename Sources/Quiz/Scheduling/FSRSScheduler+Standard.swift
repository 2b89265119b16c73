extension FSRSScheduler {
    /// py-fsrs's default settings, the ones every command and the app use.
    public static let standard: FSRSScheduler = {
        do {
            return try FSRSScheduler()
        } catch {
            preconditionFailure("the FSRS default settings are valid: \(error)")
        }
    }()
}
