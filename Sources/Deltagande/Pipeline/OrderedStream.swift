import Foundation

/// Produces items on worker threads and consumes them on the calling thread, in index order.
///
/// Input files are read this way (issue 9): each worker takes the next unread index as soon as it
/// is free, and the calling thread takes each item as soon as it and every item before it are
/// ready. Read in batches instead, a core waited at the end of every batch for the other core's
/// last file. At most `window` items are produced ahead of the one being consumed, which bounds
/// the memory held by items waiting.
enum OrderedStream {
    /// The hand-over between the workers and the consuming thread.
    private final class Exchange<Item: Sendable>: @unchecked Sendable {
        // Every property is read and written under `condition` only.
        private let condition = NSCondition()
        private var ready: [Int: Item] = [:]
        /// How many indices are taken: the position in `order` of the next to produce.
        private var taken = 0
        private var nextToConsume = 0
        private let order: [Int]
        private let window: Int

        init(order: [Int], window: Int) {
            self.order = order
            self.window = window
        }

        /// The next index to produce; nil once every index is taken. Waits while the window is full.
        func take() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while taken < order.count && taken - nextToConsume >= window { condition.wait() }
            guard taken < order.count else { return nil }
            taken += 1
            return order[taken - 1]
        }

        /// Takes the item over, so that the consumer holds its only copy.
        func put(_ index: Int, _ item: consuming Item) {
            condition.lock()
            ready[index] = consume item
            condition.broadcast()
            condition.unlock()
        }

        /// The item at `index`, once produced; frees its place in the window.
        func next(_ index: Int) -> Item {
            condition.lock()
            defer { condition.unlock() }
            while ready[index] == nil { condition.wait() }
            let item = ready.removeValue(forKey: index)!
            nextToConsume = index + 1
            condition.broadcast()
            return item
        }
    }

    /// `first` lists indices to produce before the others (the largest files, so that no core is
    /// left reading one alone at the end); at most `window - 1` of them are moved up. Items are
    /// consumed in index order all the same.
    static func run<Item: Sendable>(
        count: Int, window: Int, first: [Int] = [], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        produce: @escaping @Sendable (Int) -> Item, consume: (Int, inout Item) -> Void
    ) {
        guard count > 0 else { return }
        let window = max(window, 1)
        let order = productionOrder(count: count, first: first, window: window)
        let exchange = Exchange<Item>(order: order, window: window)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(workers, count)) {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                while let index = exchange.take() { exchange.put(index, produce(index)) }
            }
        }
        for index in 0..<count {
            // Handed over as the only copy, so the consumer may take its contents (`merge(taking:)`).
            var item = exchange.next(index)
            consume(index, &item)
        }
        group.wait()
    }

    /// `first` (those in range, once each, at most `window - 1`), then the other indices in order.
    /// Produced ahead of their turn, `first`'s items wait for the consumer inside the window; as
    /// they are fewer than the window, it always has room for the item the consumer waits for.
    static func productionOrder(count: Int, first: [Int], window: Int) -> [Int] {
        var early = [Bool](repeating: false, count: count)
        var order: [Int] = []
        for index in first where (0..<count).contains(index) && !early[index] && order.count < window - 1 {
            early[index] = true
            order.append(index)
        }
        order += (0..<count).filter { !early[$0] }
        return order
    }
}
