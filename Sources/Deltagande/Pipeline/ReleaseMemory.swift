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

    /// Lets go of `value` on another thread: the row store holds a million texts, and freeing
    /// them one by one took a tenth of a second of the main thread between stages. Call it with
    /// the last reference (`consume`), or the caller's copy is what frees it.
    static func inBackground<Value>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }

    private final class Box<Value>: @unchecked Sendable {
        // Set once here and emptied once by the background job; nothing else touches it.
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }
}
