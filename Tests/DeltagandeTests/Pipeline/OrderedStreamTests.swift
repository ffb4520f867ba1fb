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
}
