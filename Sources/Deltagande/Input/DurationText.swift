/// Durations as exports write them: `1h 2m 3s`, `12m `, `2 h 44 m`, `1 h 5 min 3 s`, `H:MM:SS`,
/// or plain minutes (SPEC 2.4).
public enum DurationText {
    /// Seconds, or nil when the text is not a duration (never 0 for unreadable text).
    public static func seconds(_ raw: String) -> Int? {
        if let fast = secondsOfASCII(raw) { return fast }
        return secondsAsWritten(raw)
    }

    /// The rules as written, for any text.
    static func secondsAsWritten(_ raw: String) -> Int? {
        let text = raw.lowercased().filter { !$0.isWhitespace }
        if text.isEmpty { return nil }
        if text.contains(":") { return clock(text) }
        if let minutes = Double(text.replacingOccurrences(of: ",", with: ".")) {
            // Nothing lasts more than ten years: larger values (and inf, nan) are unreadable.
            guard minutes.isFinite, minutes >= 0, minutes < maximumMinutes else { return nil }
            return Int((minutes * 60).rounded())
        }
        return units(text)
    }

    /// The same rules on ASCII bytes for the common shapes (`1h 2m 3s`, `45`): `.some(nil)` when the
    /// text is no duration, nil when it needs the general path (clock times, decimals, signs, long
    /// numbers, anything not ASCII). Reports have a duration on every row; this avoids building
    /// three strings per cell.
    static func secondsOfASCII(_ raw: String) -> Int?? {
        var total = 0
        var number = 0
        var digits = 0
        var unit: UInt8 = 0
        var pairs = 0
        var allDigits = true
        var sawAny = false
        func flush() -> Bool {
            guard digits > 0, digits <= 7 else { return false }
            switch unit {
            case UInt8(ascii: "h"), UInt8(ascii: "t"): total += number * 3600
            case UInt8(ascii: "m"): total += number * 60
            case UInt8(ascii: "s"): total += number
            default: return false
            }
            pairs += 1
            number = 0
            digits = 0
            unit = 0
            return true
        }
        var failed = false
        for var byte in raw.utf8 {
            switch byte {
            case 0x20, 0x09...0x0D: continue
            case 0x30...0x39:
                sawAny = true
                if unit != 0 {
                    if !flush() { failed = true }
                }
                if digits < 10 { number = number * 10 + Int(byte - 0x30) }
                digits += 1
            case 0x41...0x5A, 0x61...0x7A:
                sawAny = true
                if byte <= 0x5A { byte += 32 }
                // A first letter other than a unit's could make a number (`1e5`, `0x1f`, `inf`): the
                // general path decides those.
                if allDigits && !Self.unitLetters.contains(byte) { return nil }
                allDigits = false
                if digits == 0 { failed = true }
                if unit == 0 { unit = byte }
            default:
                return nil
            }
        }
        if !sawAny { return .some(nil) }
        if allDigits {
            // Plain minutes; long digit runs go the general way (Double's rounding decides there).
            guard digits <= 9 else { return nil }
            return Double(number) < maximumMinutes ? .some(number * 60) : .some(nil)
        }
        if failed || unit == 0 || !flush() || pairs == 0 { return .some(nil) }
        return .some(total)
    }

    /// True when the text uses Teams' unit form (`1h 2m`), which marks a Teams report (R17).
    public static func isUnitForm(_ raw: String) -> Bool {
        // A unit form starts with a digit (`units` refuses anything else first): names, e-mail
        // addresses and time stamps, which report readers test by the hundred, are told from
        // their first byte that is no ASCII white space, when that byte is ASCII.
        for byte in raw.utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
            if byte < 0x80 && !(0x30...0x39).contains(byte) { return false }
            break
        }
        // ASCII text (Teams' time stamps and durations) is folded by its bytes: lower-casing and
        // filtering it as characters was most of a report reader's column judging.
        if let folded = foldedASCII(raw) {
            return folded.contains { (0x61...0x7A).contains($0) } && unitsOfASCII(folded) != nil
        }
        return isUnitFormAsWritten(raw)
    }

    /// What `isUnitFormAsWritten` makes of ASCII text before parsing it: lower case, without white
    /// space. nil for text beyond ASCII.
    static func foldedASCII(_ raw: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        for byte in raw.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return bytes
    }

    /// `units` of folded ASCII text, read by its bytes: digits, then letters naming the unit.
    static func unitsOfASCII(_ bytes: [UInt8]) -> Int? {
        var total = 0
        var number = 0
        var digits = 0
        var unit: UInt8?
        var pairs = 0
        func flush() -> Bool {
            guard digits > 0, digits <= 7 else { return false }
            let factor: Int
            switch unit {
            case UInt8(ascii: "h"), UInt8(ascii: "t"): factor = 3600
            case UInt8(ascii: "m"): factor = 60
            case UInt8(ascii: "s"): factor = 1
            default: return false
            }
            total += number * factor
            pairs += 1
            (number, digits, unit) = (0, 0, nil)
            return true
        }
        for byte in bytes {
            if (0x30...0x39).contains(byte) {
                if unit != nil { guard flush() else { return nil } }
                // Only seven digits count, and an eighth fails the pair: no overflow.
                if digits < 8 { number = number * 10 + Int(byte - 0x30) }
                digits += 1
            } else if (0x61...0x7A).contains(byte) {
                guard digits > 0 else { return nil }
                if unit == nil { unit = byte }
            } else {
                return nil
            }
        }
        guard unit != nil, flush(), pairs > 0 else { return nil }
        return total
    }

    /// The rule as written; `isUnitForm` gives the same (a test checks).
    static func isUnitFormAsWritten(_ raw: String) -> Bool {
        let text = raw.lowercased().filter { !$0.isWhitespace }
        return !text.isEmpty && text.contains(where: \.isLetter) && units(text) != nil
    }

    static let unitLetters: [UInt8] = [UInt8(ascii: "h"), UInt8(ascii: "t"), UInt8(ascii: "m"), UInt8(ascii: "s")]
    static let maximumMinutes = 10.0 * 365 * 24 * 60

    static func clock(_ text: String) -> Int? {
        guard text.count <= 12 else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.allSatisfy({ $0 != nil }), let first = parts.first ?? nil else { return nil }
        let values = parts.compactMap { $0 }
        switch values.count {
        case 2 where values[1] < 60: return first * 3600 + values[1] * 60
        case 3 where values[1] < 60 && values[2] < 60: return first * 3600 + values[1] * 60 + values[2]
        default: return nil
        }
    }

    /// Number–unit pairs; units named by their first letter (h, m/min, s/sek), in any language
    /// that starts them so (tim, min, sek).
    static func units(_ text: String) -> Int? {
        var total = 0
        var number = ""
        var unit = ""
        var pairs = 0
        func flush() -> Bool {
            guard !number.isEmpty, number.count <= 7, let value = Int(number) else { return false }
            let factor: Int
            switch unit.first {
            case "h", "t": factor = 3600
            case "m": factor = 60
            case "s": factor = 1
            default: return false
            }
            total += value * factor
            pairs += 1
            number = ""
            unit = ""
            return true
        }
        for character in text {
            if character.isASCII && character.isNumber {
                if !unit.isEmpty { guard flush() else { return nil } }
                number.append(character)
            } else if character.isLetter {
                guard !number.isEmpty else { return nil }
                unit.append(character)
            } else {
                return nil
            }
        }
        guard !unit.isEmpty, flush(), pairs > 0 else { return nil }
        return total
    }
}
