@testable import Deltagande

/// `TimestampText`'s reading as it was written before it moved to fixed storage, kept to test
/// the faster one against.
struct ReferenceTimestampText: Equatable {
    var yearFirst: Bool
    var first: Int
    var second: Int
    var third: Int
    var seconds: Int

    init?(_ raw: String) {
        var numbers: [(value: Int, digits: Int)] = []
        numbers.reserveCapacity(6)
        var current = 0
        var digits = 0
        var letters: [UInt8] = []
        var hasDateSeparator = false
        for byte in raw.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                guard digits < 9 else { return nil }
                current = current * 10 + Int(byte - 0x30)
                digits += 1
                continue
            }
            if digits > 0 {
                guard numbers.count < 6 else { return nil }
                numbers.append((current, digits))
                current = 0
                digits = 0
            }
            switch byte {
            case 0x2F, 0x2D, 0x2E: hasDateSeparator = true  // / - .
            case 0x41...0x5A: letters.append(byte | 0x20)
            case 0x61...0x7A: letters.append(byte)
            case 0xC3: letters.append(byte)  // first byte of à and other Latin letters
            default: break
            }
            // A time stamp carries at most a marker like `AM`, `à` or a zone like `CET`; a title
            // that happens to hold a date ("Dialog 2020-01-07: …") is no time stamp.
            if letters.count > 5 { return nil }
        }
        if digits > 0 {
            guard numbers.count < 6 else { return nil }
            numbers.append((current, digits))
        }
        guard hasDateSeparator, numbers.count == 3 || numbers.count == 5 || numbers.count == 6 else { return nil }
        let pm = Self.contains(letters, [0x70, 0x6D])
        let am = Self.contains(letters, [0x61, 0x6D])
        var hour = numbers.count > 3 ? numbers[3].value : 0
        let minute = numbers.count > 4 ? numbers[4].value : 0
        let sec = numbers.count > 5 ? numbers[5].value : 0
        if pm && hour < 12 { hour += 12 }
        if am && hour == 12 { hour = 0 }
        guard hour < 24, minute < 60, sec < 61 else { return nil }
        yearFirst = numbers[0].digits == 4
        if !yearFirst && numbers[2].digits != 4 && numbers[2].digits != 2 { return nil }
        first = numbers[0].value
        second = numbers[1].value
        third = numbers[2].value
        seconds = hour * 3600 + minute * 60 + min(sec, 59)
    }

    private static func contains(_ letters: [UInt8], _ pair: [UInt8]) -> Bool {
        guard letters.count >= 2 else { return false }
        for index in 0..<(letters.count - 1) where letters[index] == pair[0] && letters[index + 1] == pair[1] {
            return true
        }
        return false
    }

}

extension ReferenceTimestampText {
    func matches(_ stamp: TimestampText?) -> Bool {
        guard let stamp else { return false }
        return (yearFirst, first, second, third, seconds)
            == (stamp.yearFirst, stamp.first, stamp.second, stamp.third, stamp.seconds)
    }
}
