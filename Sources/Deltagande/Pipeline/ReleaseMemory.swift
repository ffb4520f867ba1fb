import Foundation

/// Hands freed memory back to the system between stages.
///
/// Reading leaves behind what the worker threads' allocators freed (each thread has its own
/// arena in glibc, and an arena keeps what it frees); without this the next stage's peak sits on
/// top of it. glibc's `malloc_trim` is looked up at run time, so other C libraries simply skip it.
enum ReleaseMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
    }()

    static func toSystem() {
        _ = trim?(0)
    }
}

extension ReleaseMemory {
    private final class Held<Value: Sendable>: @unchecked Sendable {
        // Set here, then touched only by the one job that lets it go.
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }

    /// Lets go of `value`, the caller's last reference, on another thread: freeing what a stage is
    /// done with (a national roll-up's rows, a workbook description of half a million cells) took
    /// 50–70 ms each on the thread that had the next stage to run. A process that ends meanwhile
    /// loses nothing: the system takes the memory back.
    static func inBackground<Value: Sendable>(_ value: consuming Value) {
        let held = Held(value)
        DispatchQueue.global(qos: .utility).async { held.value = nil }
    }
}
