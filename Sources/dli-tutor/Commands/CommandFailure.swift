/// A command that could not do its job: `main` prints `dli-tutor: message`
/// on stderr and exits with `status` (1 unless said otherwise).
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var status: Int32 = 1
    init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }
    var description: String { message }
}
