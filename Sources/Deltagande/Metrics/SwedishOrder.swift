import Foundation

/// Swedish alphabetical order, case ignored, as `compare(_:options:range:locale:)` with `sv_SE` gives.
enum SwedishOrder {
    static let swedish = Locale(identifier: "sv_SE")

    static func compare(_ lhs: String, _ lhsKey: [UInt8]?, _ rhs: String, _ rhsKey: [UInt8]?) -> ComparisonResult {
        if let lhsKey, let rhsKey {
            if lhsKey == rhsKey { return .orderedSame }
            return lhsKey.lexicographicallyPrecedes(rhsKey) ? .orderedAscending : .orderedDescending
        }
        return localeCompare(lhs, rhs)
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
}
