import Foundation

/// Swedish alphabetical order, case ignored, as `compare(_:options:range:locale:)` with `sv_SE` gives.
enum SwedishOrder {
    static let swedish = Locale(identifier: "sv_SE")

    /// What a name is compared by without the locale, computed once per name before sorting.
    struct SortKey: Sendable {
        /// The whole name as a byte key (`key(_:)`), when it has one.
        var whole: [UInt8]?
        /// The name's leading run of ASCII letters, digits and spaces, letters in lower case.
        var leading: [UInt8]

        init(_ text: String) {
            whole = SwedishOrder.key(text)
            leading = SwedishOrder.leadingASCII(text)
        }
    }

    static func compare(_ lhs: String, _ lhsKey: SortKey, _ rhs: String, _ rhsKey: SortKey) -> ComparisonResult {
        if let decided = compare(lhsKey, rhsKey) ?? compareAfterSharedStart(lhs, rhs) { return decided }
        return localeCompare(lhs, rhs)
    }

    /// The order when two names are the same bytes up to where they first differ, and differ
    /// there (case aside) in ASCII letters, digits or spaces not followed by a combining mark: then
    /// the locale orders them as those bytes are ordered (`leadingASCII`). Foundation passes over
    /// equal characters and asks the locale only about the rest, so a shared start with Å, Ä or Ö
    /// ("Fjälltjänstföreningen 12" against "Fjälltjänstföreningen 5979") is no reason to ask it
    /// (property-tested against Foundation). Nil when only the locale can tell.
    static func compareAfterSharedStart(_ lhs: String, _ rhs: String) -> ComparisonResult? {
        let decided = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right -> ComparisonResult? in
                let shorter = min(left.count, right.count)
                var index = 0
                while index < shorter && left[index] == right[index] { index += 1 }
                while index < shorter {
                    guard let l = lowerASCIIWordByte(left[index]), let r = lowerASCIIWordByte(right[index]) else {
                        return nil
                    }
                    index += 1
                    if l != r {
                        // A mark after either letter (a + U+0308 is ä) changes what the letter is.
                        guard index >= left.count || !mayStartMark(left[index]),
                            index >= right.count || !mayStartMark(right[index])
                        else { return nil }
                        return l < r ? .orderedAscending : .orderedDescending
                    }
                }
                return nil
            }
        }
        // Nil at any level: not decided (native strings always give their bytes).
        guard case .some(.some(.some(let order))) = decided else { return nil }
        return order
    }

    /// Whether a UTF-8 lead byte may begin a combining mark (`TextKey.mayStartMark`): marks of
    /// other scripts included, which the locale may let a later U+0308 reach across (`a` + U+0591
    /// + U+0308 sorts as `ä`).
    @inline(__always) static func mayStartMark(_ byte: UInt8) -> Bool { TextKey.mayStartMark(byte) }

    /// An ASCII letter (lower-cased), digit or space; nil for any other byte.
    @inline(__always) private static func lowerASCIIWordByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x61...0x7A, 0x30...0x39, 0x20: byte
        case 0x41...0x5A: byte + 0x20
        default: nil
        }
    }

    /// The order when the keys settle it: two whole keys, or a first difference between two
    /// letters, digits or spaces of the names' leading ASCII runs (everything before it being the
    /// same, case aside). Nil when only the locale can tell (`ab` against `abä` or `ab-c`).
    static func compare(_ lhs: SortKey, _ rhs: SortKey) -> ComparisonResult? {
        if let lhsWhole = lhs.whole, let rhsWhole = rhs.whole {
            if lhsWhole == rhsWhole { return .orderedSame }
            return lhsWhole.lexicographicallyPrecedes(rhsWhole) ? .orderedAscending : .orderedDescending
        }
        let (left, right) = (lhs.leading, rhs.leading)
        for index in 0..<min(left.count, right.count) where left[index] != right[index] {
            return left[index] < right[index] ? .orderedAscending : .orderedDescending
        }
        return nil
    }

    /// `compare(_:options:range:locale:)` with `sv_SE`, through one Foundation locale object:
    /// that method makes a new one from the `Locale` on every call, which was half of sorting a
    /// large run's organisations (issue 9). Immutable, so the sorting threads may share it.
    nonisolated(unsafe) private static let swedishObject = NSLocale(localeIdentifier: "sv_SE")

    static func localeCompare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        NSString(string: lhs).compare(
            rhs, options: [.caseInsensitive], range: NSRange(location: 0, length: lhs.utf16.count),
            locale: swedishObject)
    }

    /// The comparison as first written, a `Locale` per call.
    static func localeCompareAsWritten(_ lhs: String, _ rhs: String) -> ComparisonResult {
        lhs.compare(rhs, options: [.caseInsensitive], range: nil, locale: swedish)
    }

    /// A byte key whose order is the Swedish order, for names of letters a–z (either case), digits
    /// and single spaces between words; nil for any other name. Names with Å, Ä or Ö are left to
    /// the locale: Foundation's comparison weighs them in ways a byte key does not follow.
    static func key(_ text: String) -> [UInt8]? {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var previousSpace = true
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: key.append(UInt8(scalar.value))
            case 0x41...0x5A: key.append(UInt8(scalar.value + 0x20))
            case 0x20:
                guard !previousSpace else { return nil }
                key.append(0x20)
            default: return nil
            }
            previousSpace = scalar.value == 0x20
        }
        return previousSpace && !key.isEmpty ? nil : key
    }

    /// The bytes up to the first one that is not an ASCII letter, digit or space, letters lower-cased.
    /// Up to a first difference inside these runs, two names are equal to the locale too; at that
    /// difference the locale orders space, digits, then a–z, as the bytes do (property-tested
    /// against Foundation, `v`/`w` and double spaces included).
    ///
    /// A run followed by what may be a combining mark loses its last letter: the mark (`a` +
    /// U+0308 is `ä`; NFC keeps a mark after a letter with no precomposed form) makes it another
    /// letter.
    static func leadingASCII(_ text: String) -> [UInt8] {
        var run: [UInt8] = []
        for byte in text.utf8 {
            guard let lower = lowerASCIIWordByte(byte) else {
                if mayStartMark(byte) && !run.isEmpty { run.removeLast() }
                return run
            }
            run.append(lower)
        }
        return run
    }
}
