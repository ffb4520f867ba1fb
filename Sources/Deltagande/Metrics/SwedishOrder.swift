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
        if let decided = compare(lhsKey, rhsKey) { return decided }
        return localeCompare(lhs, rhs)
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

    static func localeCompare(_ lhs: String, _ rhs: String) -> ComparisonResult {
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
    static func leadingASCII(_ text: String) -> [UInt8] {
        var run: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39, 0x20: run.append(byte)
            case 0x41...0x5A: run.append(byte + 0x20)
            default: return run
            }
        }
        return run
    }
}
