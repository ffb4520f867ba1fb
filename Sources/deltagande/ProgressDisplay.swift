import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A one-line progress display on stderr for runs that take over a second, only when stderr is a
/// terminal: cron logs and pipes stay clean (issue 9).
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private var stage = ""
    private var shown = false
    private let started = Date()
    private let timer: DispatchSourceTimer?

    init() {
        guard isatty(STDERR_FILENO) != 0 else {
            timer = nil
            return
        }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        self.timer = timer
        timer.schedule(deadline: .now() + 1, repeating: 0.25)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    /// The callback for `ReportOptions.progress`.
    func update(_ stage: String) {
        lock.lock()
        self.stage = stage
        lock.unlock()
    }

    private func draw() {
        lock.lock()
        defer { lock.unlock() }
        let seconds = Int(Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data("\r\u{1B}[Kdeltagande: \(stage) … \(seconds) s".utf8))
        shown = true
    }

    /// Stops drawing and clears the line, so the final message starts on a clean line.
    func finish() {
        timer?.cancel()
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
