/// A map from 64-bit words (packed pairs of numbers) to 32-bit numbers: the resolver's
/// (session, name) → person table, where per-session dictionaries hashed a million pairs twice.
///
/// `Dictionary` hashes each word with SipHash and grows by rehashing; this one spreads words with
/// one multiplication into open-addressed slots kept at most half full, and never removes.
struct WordMap {
    /// Word + 1 per slot (0: empty), and each slot's value.
    private var slots: [UInt64]
    private var values: [Int32]
    private let shift: UInt64
    private(set) var count = 0

    init(capacity: Int) {
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        slots = [UInt64](repeating: 0, count: 1 << bits)
        values = [Int32](repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    subscript(word: UInt64) -> Int32? {
        get {
            let (slot, found) = find(word)
            return found ? values[slot] : nil
        }
        set {
            guard let newValue else { preconditionFailure("a WordMap never removes") }
            precondition(word != .max, "UInt64.max cannot be held")
            if (count + 1) * 2 > slots.count { self = grown() }
            let (slot, found) = find(word)
            if !found {
                slots[slot] = word &+ 1
                count += 1
            }
            values[slot] = newValue
        }
    }

    private func find(_ word: UInt64) -> (slot: Int, found: Bool) {
        let stored = word &+ 1
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, false) }
            if entry == stored { return (slot, true) }
            slot = (slot + 1) & mask
        }
    }

    private func grown() -> WordMap {
        var bigger = WordMap(capacity: slots.count)
        for (slot, entry) in slots.enumerated() where entry != 0 { bigger[entry &- 1] = values[slot] }
        return bigger
    }
}
