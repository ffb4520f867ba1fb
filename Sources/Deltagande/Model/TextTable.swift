/// Distinct values numbered in the order first seen.
///
/// Values are told apart by their exact UTF-8 bytes, not by Unicode canonical equivalence as
/// `String` hashing does (it normalises every non-ASCII string it hashes). Input text is already
/// NFC-normalised when it is decoded, so the two agree on everything a reader produces.
///
/// An open-addressing table of its own rather than a `Dictionary` (issue 9): every row of every
/// file passes through one, and a file's table is merged into the run's on one thread while the
/// others read. Each value's hash is computed once, where it is first met (on the file's worker),
/// and travels with it, so merging compares bytes only when hashes agree and never hashes again.
public struct TextTable<Value: ExactlyHashable & Sendable>: Sendable {
    public private(set) var values: [Value] = []
    /// The top 32 bits of each value's hash, which both place it and tell it apart in `slots`.
    private var hashes: [UInt32] = []
    /// Power-of-two many slots, each 0 (empty) or the value's hash in the top half and its id + 1
    /// in the bottom half; kept at most half full.
    private var slots: [UInt64] = []
    /// True once a value was appended without being placed: the table lists, not numbers.
    private var listsOnly = false

    public init() {}

    public var count: Int { values.count }

    public subscript(id: Int32) -> Value { values[Int(id)] }

    public func id(of value: Value) -> Int32? {
        precondition(!listsOnly, "a listing table cannot be searched")
        guard !slots.isEmpty else { return nil }
        return find(value, hash: Self.hash(value)).id
    }

    /// The value's id, or the empty slot where it would go.
    private func find(_ value: Value, hash: UInt32) -> (id: Int32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (nil, slot) }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                // Compared in place: a copy of the value would be retained and released.
                if values.withUnsafeBufferPointer({ $0[Int(id)].equalsExactly(value) }) { return (id, slot) }
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func id(_ value: Value) -> Int32 { id(value, hash: Self.hash(value)) }

    /// Appends without looking for the value: the table then lists, rather than numbers, its values.
    /// Only for a file's own table, which `merge` numbers.
    mutating func appendUnchecked(_ value: Value) -> Int32 {
        listsOnly = true
        values.append(value)
        hashes.append(Self.hash(value))
        return Int32(values.count - 1)
    }

    /// Adds the other table's values, taking them from it (it is left empty); the result maps its
    /// ids to this table's.
    ///
    /// Taken, not copied: a copied value is retained here and released again with the other table,
    /// two atomic operations on memory another core wrote, for each of a million texts. A value
    /// already here is let go at once; a new one moves in.
    mutating func merge(taking other: inout TextTable<Value>) -> [Int32] {
        var values: [Value] = []
        swap(&values, &other.values)
        let hashes = other.hashes
        other = TextTable()
        var map: [Int32] = []
        map.reserveCapacity(values.count)
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while start < buffer.count {
                let end = min(start + Self.warmBatch, buffer.count)
                warm(hashes[start..<end])
                for index in start..<end {
                    let value = (base + index).move()
                    // The slot keeps a value that owns no memory, so the emptied array frees nothing twice.
                    (base + index).initialize(to: Value.placeholder)
                    map.append(id(value, hash: hashes[index]))
                }
                start = end
            }
        }
        return map
    }

    /// How many values `merge` looks ahead at.
    private static var warmBatch: Int { 16 }

    /// Reads, for a batch of hashes, the slot each would land in and the value a matching slot
    /// names, before any of them is looked up. A run-wide table is far larger than the cache, so
    /// each lookup waits for memory two or three times in turn; these reads do not depend on one
    /// another, so the processor waits for a batch's all at once, and the lookups that follow find
    /// them in the cache. What they read changes nothing.
    private func warm(_ batch: ArraySlice<UInt32>) {
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        var sum: UInt64 = 0
        slots.withUnsafeBufferPointer { slots in
            for hash in batch { sum &+= slots[Int(hash) & mask] }
            values.withUnsafeBufferPointer { values in
                for hash in batch {
                    let entry = slots[Int(hash) & mask]
                    if entry != 0 && UInt32(truncatingIfNeeded: entry >> 32) == hash {
                        sum &+= values[Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1].firstBytes
                    }
                }
            }
        }
        Opaque.use(sum)
    }

    private mutating func id(_ value: Value, hash: UInt32) -> Int32 {
        precondition(!listsOnly, "a listing table cannot number")
        if (values.count + 1) * 2 > slots.count { grow() }
        let (found, slot) = find(value, hash: hash)
        if let found { return found }
        let id = Int32(values.count)
        values.append(value)
        hashes.append(hash)
        slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
        return id
    }

    /// Doubles the slots and places every value again by its kept hash.
    private mutating func grow() {
        let capacity = max(16, slots.count * 2)
        var grown = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        }
        slots = grown
    }

    private static func hash(_ value: Value) -> UInt32 { UInt32(truncatingIfNeeded: value.exactHash >> 32) }
}

/// Values compared and hashed by their exact bytes (see `TextTable`).
public protocol ExactlyHashable {
    /// The same for the same bytes; see `ByteHash`.
    var exactHash: UInt64 { get }
    func equalsExactly(_ other: Self) -> Bool
    /// Some of the value's bytes, read only to bring them into the cache (`TextTable.merge`).
    var firstBytes: UInt64 { get }
    /// A value that owns no memory, left behind where `TextTable.merge` takes a value out.
    static var placeholder: Self { get }
}

/// Keeps a computed value from being optimised away.
enum Opaque {
    @_optimize(none) static func use(_ value: UInt64) { _ = value }
}

extension String: ExactlyHashable {
    public var exactHash: UInt64 { ByteHash.of(self) }

    public func equalsExactly(_ other: String) -> Bool { hasSameBytes(as: other) }

    public var firstBytes: UInt64 { utf8.withContiguousStorageIfAvailable { UInt64($0.first ?? 0) } ?? 0 }

    public static var placeholder: String { "" }
}

extension Optional where Wrapped == String {
    var exactHash: UInt64 { map { ByteHash.of($0) } ?? 0x5A5A_5A5A }

    func equalsExactly(_ other: String?) -> Bool {
        switch (self, other) {
        case (nil, nil): true
        case (let a?, let b?): a.hasSameBytes(as: b)
        default: false
        }
    }
}

extension OrganisationMention: ExactlyHashable {
    public var exactHash: UInt64 {
        var hash = ByteHash.combine(text.exactHash, numberHash)
        hash = ByteHash.combine(hash, sector.exactHash)
        return ByteHash.combine(hash, municipality.exactHash)
    }

    private var numberHash: UInt64 {
        switch number {
        case nil: 1
        case .invalid: 2
        case .organisation(let digits): ByteHash.combine(3, ByteHash.of(digits))
        case .personal(let digits): ByteHash.combine(4, ByteHash.of(digits))
        }
    }

    public var firstBytes: UInt64 { (text?.firstBytes ?? 0) &+ (sector?.firstBytes ?? 0) }

    public static var placeholder: OrganisationMention { OrganisationMention() }

    public func equalsExactly(_ other: OrganisationMention) -> Bool {
        text.equalsExactly(other.text) && number == other.number && sector.equalsExactly(other.sector)
            && municipality.equalsExactly(other.municipality)
    }
}

/// What a computation gave for each distinct text, computed once per text: a file's cells repeat
/// (a form's session lists, a sign-in sheet's session), and splitting and looking them up again
/// on every row showed in profiles.
struct TextMemo<Result> {
    private var texts = TextTable<String>()
    private var results: [Result] = []

    mutating func result(for text: String, _ compute: (String) -> Result) -> Result {
        let id = Int(texts.id(text))
        if id == results.count { results.append(compute(text)) }
        return results[id]
    }
}
