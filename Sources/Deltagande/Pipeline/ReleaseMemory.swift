import CMimalloc
import Foundation

/// The process's allocator, and handing freed memory back to the system between stages.
///
/// mimalloc replaces the C library's malloc for the whole process: the target linking it puts it
/// before the C library among the executable's libraries, so every `malloc` and `free` (the Swift
/// runtime's, Foundation's, libxlsxwriter's) resolves to it, as glibc's manual allows ("Replacing
/// malloc"). A run allocates and frees millions of small strings on two threads; glibc spent a
/// tenth of the large run's processor time in its own bookkeeping (consolidating free lists,
/// unlinking chunks), which mimalloc's per-thread pages avoid (issue 9).
enum ReleaseMemory {
    /// True when `malloc` is mimalloc's, as the link is meant to arrange.
    static var mimallocIsTheAllocator: Bool {
        guard let pointer = malloc(64) else { return false }
        defer { free(pointer) }
        return mi_is_in_heap_region(pointer)
    }

    /// Returns the pages the finished stage freed: without this the next stage's peak would sit on
    /// top of them.
    static func toSystem() {
        mi_collect(true)
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
