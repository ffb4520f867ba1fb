import Foundation

/// A quick hash of a text's exact UTF-8 bytes, for the run's own interning tables.
///
/// Not `Hasher`: that is SipHash, seeded per process, and it normalises non-ASCII strings before
/// hashing them. The tables only need a well-spread number that is the same for the same bytes; a
/// collision costs one more byte comparison, never a wrong answer. The input is files the region
/// chose, so there is nobody to flood the table on purpose.
enum ByteHash {
    /// Eight bytes at a time, each word folded into the state with a full 64×64-bit multiply.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var state = seed ^ UInt64(truncatingIfNeeded: count)
        var offset = 0
        while offset + 8 <= count {
            state = fold(state ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self), secret)
            offset += 8
        }
        if offset < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                word |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
            state = fold(state ^ word, secret)
        }
        return fold(state, seed)
    }

    static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    /// Two hashes as one, order mattering.
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 { fold(first ^ seed, second ^ secret) }

    @inline(__always) private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    private static let seed: UInt64 = 0xA076_1D64_78BD_642F
    private static let secret: UInt64 = 0xE703_7ED1_A0B4_28DB
}

extension String {
    /// True when both texts have the same UTF-8 bytes (`==` would also equate canonically
    /// equivalent spellings).
    func hasSameBytes(as other: String) -> Bool {
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        let same = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, count) == 0
            }
        }
        if let same, let same { return same }
        return utf8.elementsEqual(other.utf8)
    }
}
