/// Durations as exports write them: `1h 2m 3s`, `12m `, `2 h 44 m`, `1 h 5 min 3 s`, `H:MM:SS`,
/// or plain minutes (SPEC 2.4).
public enum DurationText {
    /// Seconds, or nil when the text is not a duration (never 0 for unreadable text).
    public static func seconds(_ raw: String) -> Int? {
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

    /// True when the text uses Teams' unit form (`1h 2m`), which marks a Teams report (R17).
    public static func isUnitForm(_ raw: String) -> Bool {
        let text = raw.lowercased().filter { !$0.isWhitespace }
        return !text.isEmpty && text.contains(where: \.isLetter) && units(text) != nil
    }

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
