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

/// Work started on another core, its result waited for where it is needed: the output stage
/// builds the feedback sheet this way while the calling thread renders the rest.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the job before it leaves the group, read only after `group.wait()`.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { self.result = work() }
    }

    /// The result, once the job has finished.
    var value: Value {
        group.wait()
        guard let result else { preconditionFailure("the pending job gave no result") }
        return result
    }
}
