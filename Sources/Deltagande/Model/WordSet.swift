/// A set of 64-bit words (packed pairs of numbers), for the resolver's million-pair checks.
///
/// `Set<UInt64>` hashes each word with SipHash and grows by rehashing; this one spreads words with
/// one multiplication, is sized once for the words it will hold, and never removes.
struct WordSet {
    /// Word + 1 per slot (0: empty), so that the word `UInt64.max` is the only one that cannot be held.
    private var slots: [UInt64]
    private let shift: UInt64
    private(set) var count = 0

    /// Room for `capacity` words at most half full; more still fit, the table grows.
    init(capacity: Int) {
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        slots = [UInt64](repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    /// Adds the word; false when it was there already.
    mutating func insert(_ word: UInt64) -> Bool {
        precondition(word != .max, "UInt64.max cannot be held")
        if (count + 1) * 2 > slots.count { self = grown() }
        let (slot, found) = find(word)
        if found { return false }
        slots[slot] = word &+ 1
        count += 1
        return true
    }

    func contains(_ word: UInt64) -> Bool { find(word).found }

    /// The word's slot, or the empty slot where it would go.
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

    private func grown() -> WordSet {
        var bigger = WordSet(capacity: slots.count)
        for entry in slots where entry != 0 { _ = bigger.insert(entry &- 1) }
        return bigger
    }
}

/// A map from 64-bit words to 32-bit numbers, open-addressed like `WordSet`: the resolver's
/// (session, name) → person table, where per-session dictionaries hashed a million pairs twice.
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
