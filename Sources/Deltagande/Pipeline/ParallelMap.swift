import Foundation

/// Maps independent work over all cores and returns the results in input order.
enum ParallelMap {
    /// Results are written by index under a lock: each slot once, read only after all are done.
    private final class Slots<Result: Sendable>: @unchecked Sendable {
        private var values: [Result?]
        private let lock = NSLock()

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        func all() -> [Result] { values.compactMap { $0 } }
    }

    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        let slots = Slots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.set(index, transform(elements[index]))
        }
        return slots.all()
    }
}
