import Foundation
import Testing

@testable import Deltagande

@Suite struct OrderedStreamTests {
    /// Counts what is produced and not yet consumed, across threads.
    final class InFlight: @unchecked Sendable {
        private let lock = NSLock()
        private var current = 0
        private(set) var most = 0

        func produced() {
            lock.lock()
            current += 1
            most = max(most, current)
            lock.unlock()
        }

        func consumed() {
            lock.lock()
            current -= 1
            lock.unlock()
        }
    }

    @Test(arguments: [(0, 4, 2), (1, 4, 2), (7, 1, 2), (50, 3, 2), (200, 8, 4), (5, 32, 8)])
    func everyItemIsConsumedOnceInOrderWithinTheWindow(count: Int, window: Int, workers: Int) {
        let inFlight = InFlight()
        var consumed: [Int] = []
        OrderedStream.run(
            count: count, window: window, workers: workers,
            produce: { index in
                inFlight.produced()
                // Uneven work, so that later items are often ready before earlier ones.
                var sum = 0
                for step in 0..<((index * 7919) % 13) * 2_000 { sum &+= step }
                return (index, sum)
            },
            consume: { index, item in
                #expect(item.0 == index)
                consumed.append(index)
                inFlight.consumed()
            })
        #expect(consumed == Array(0..<count))
        // The item being consumed was counted as produced: at most the window plus that one.
        #expect(inFlight.most <= window + 1)
    }

    /// Items moved up (the largest files) are still consumed in index order, within the window,
    /// and never leave the consumer waiting for an item no worker may take.
    @Test(arguments: [(50, 4, 2), (50, 32, 2), (7, 1, 2), (200, 8, 4), (3, 32, 2)])
    func itemsMovedUpAreConsumedInOrderWithinTheWindow(count: Int, window: Int, workers: Int) {
        let inFlight = InFlight()
        var consumed: [Int] = []
        let first = [count - 1, count / 2, count + 5, count - 1, 0, count - 2]
        OrderedStream.run(
            count: count, window: window, first: first, workers: workers,
            produce: { index in
                inFlight.produced()
                return index
            },
            consume: { index, item in
                #expect(item == index)
                consumed.append(index)
                inFlight.consumed()
            })
        #expect(consumed == Array(0..<count))
        #expect(inFlight.most <= window + 1)
    }

    @Test func theProductionOrderPutsTheFirstIndicesAheadOnce() {
        #expect(OrderedStream.productionOrder(count: 6, first: [5, 2, 9, 5], window: 32) == [5, 2, 0, 1, 3, 4])
        // Fewer than the window: with a window of 2 only one index moves up.
        #expect(OrderedStream.productionOrder(count: 4, first: [3, 2], window: 2) == [3, 0, 1, 2])
        #expect(OrderedStream.productionOrder(count: 3, first: [], window: 8) == [0, 1, 2])
    }
}
