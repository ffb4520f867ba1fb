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
