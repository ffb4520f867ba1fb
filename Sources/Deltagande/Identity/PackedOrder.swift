/// Sorting triples of small non-negative numbers as single words (issue 9): the resolver sorts a
/// million (person, session, row) triples, and comparing words is several times quicker than
/// comparing tuples through a closure. Triples too wide for one word sort as tuples.
enum PackedOrder {
    /// Bits that hold every value below `limit`.
    static func bits(_ limit: Int) -> Int { limit <= 1 ? 0 : Int.bitWidth - (limit - 1).leadingZeroBitCount }

    /// Sorts by (first, second, third); each value must be in 0..<its maximum (`Int32.max`: any
    /// non-negative `Int32`). Equal triples keep no particular order, which is harmless: they are
    /// the same triple.
    static func sort(_ triples: inout [(Int32, Int32, Int32)], maxima: (Int, Int, Int)) {
        // The second value's width is taken from the data, not from its maximum.
        let secondLimit = (triples.map(\.1).max() ?? 0) + 1
        let widths = (bits(maxima.0), bits(Int(secondLimit)), bits(maxima.2))
        guard widths.0 + widths.1 + widths.2 <= 64,
            triples.allSatisfy({
                $0.0 >= 0 && $0.1 >= 0 && $0.2 >= 0 && Int($0.0) < max(maxima.0, 1) && Int($0.2) < max(maxima.2, 1)
            })
        else {
            triples.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
            return
        }
        let (secondShift, firstShift) = (widths.2, widths.1 + widths.2)
        var words = triples.map { UInt64($0.0) << firstShift | UInt64($0.1) << secondShift | UInt64($0.2) }
        RadixSort.sort(&words, significantBits: widths.0 + widths.1 + widths.2)
        func mask(_ width: Int) -> UInt64 { width == 0 ? 0 : UInt64.max >> (64 - width) }
        triples = words.map { word in
            (
                Int32(truncatingIfNeeded: firstShift >= 64 ? 0 : word >> firstShift),
                Int32(truncatingIfNeeded: (word >> secondShift) & mask(widths.1)),
                Int32(truncatingIfNeeded: word & mask(widths.2))
            )
        }
    }
}
