import Foundation

/// Runs two independent pieces of work at once, one on the calling thread: the output stage has a
/// few large, unrelated jobs (build the workbook, render the texts; write the workbook, check the
/// texts) and the machine two cores.
enum Concurrently {
    private final class Box<Value>: @unchecked Sendable {
        // Written once by the other thread before `group.wait()` returns, read only after it.
        var value: Value?
    }

    static func run<A, B: Sendable>(_ first: () throws -> A, _ second: @escaping @Sendable () -> B) rethrows -> (A, B) {
        let box = Box<B>()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { box.value = second() }
        // The second job is waited for even when the first throws: nothing outlives this call.
        defer { group.wait() }
        let a = try first()
        group.wait()
        guard let b = box.value else { preconditionFailure("the concurrent job gave no result") }
        return (a, b)
    }
}
