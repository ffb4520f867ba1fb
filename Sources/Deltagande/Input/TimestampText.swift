/// Date-times as exports write them, whose day/month order is not known until the file is
/// seen whole (SPEC 2.4, R20).
public struct TimestampText: Sendable, Equatable {
    public enum Order: Sendable { case monthFirst, dayFirst }

    /// Year given first (`2024-03-12`, `2024/03/12`): the order is not in doubt.
    var yearFirst: Bool
    var first: Int
    var second: Int
    var third: Int
    var seconds: Int

    /// Reads the date and time parts; nil when the text is not a date-time. Works on the UTF-8
    /// bytes: every attendance row has two of these, so this is a hot path.
    public init?(_ raw: String) {
        // Fixed storage rather than arrays: every attendance row has two of these, and allocating
        // for each showed in profiles.
        var values = InlineArray<6, Int>(repeating: 0)
        var digitCounts = InlineArray<6, Int>(repeating: 0)
        var count = 0
        var current = 0
        var digits = 0
        var letterCount = 0
        var lastLetter: UInt8 = 0
        var pm = false
        var am = false
        var hasDateSeparator = false
        for byte in raw.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                guard digits < 9 else { return nil }
                current = current * 10 + Int(byte - 0x30)
                digits += 1
                continue
            }
            if digits > 0 {
                guard count < 6 else { return nil }
                values[count] = current
                digitCounts[count] = digits
                count += 1
                current = 0
                digits = 0
            }
            var letter: UInt8 = 0
            switch byte {
            case 0x2F, 0x2D, 0x2E: hasDateSeparator = true  // / - .
            case 0x41...0x5A: letter = byte | 0x20
            case 0x61...0x7A: letter = byte
            case 0xC3: letter = byte  // first byte of à and other Latin letters
            default: break
            }
            if letter != 0 {
                // `pm` and `am` as two letters in a row among the letters (`p.m.` too).
                if letter == 0x6D && lastLetter == 0x70 { pm = true }
                if letter == 0x6D && lastLetter == 0x61 { am = true }
                lastLetter = letter
                letterCount += 1
            }
            // A time stamp carries at most a marker like `AM`, `à` or a zone like `CET`; a title
            // that happens to hold a date ("Dialog 2020-01-07: …") is no time stamp.
            if letterCount > 5 { return nil }
        }
        if digits > 0 {
            guard count < 6 else { return nil }
            values[count] = current
            digitCounts[count] = digits
            count += 1
        }
        guard hasDateSeparator, count == 3 || count == 5 || count == 6 else { return nil }
        var hour = count > 3 ? values[3] : 0
        let minute = count > 4 ? values[4] : 0
        let sec = count > 5 ? values[5] : 0
        if pm && hour < 12 { hour += 12 }
        if am && hour == 12 { hour = 0 }
        guard hour < 24, minute < 60, sec < 61 else { return nil }
        yearFirst = digitCounts[0] == 4
        if !yearFirst && digitCounts[2] != 4 && digitCounts[2] != 2 { return nil }
        first = values[0]
        second = values[1]
        third = values[2]
        seconds = hour * 3600 + minute * 60 + min(sec, 59)
    }

    /// A part above 12 proves the order for the whole file (R20); nil when this stamp cannot tell.
    public var provenOrder: Order? {
        if yearFirst { return nil }
        if first > 12 && second <= 12 { return .dayFirst }
        if second > 12 && first <= 12 { return .monthFirst }
        return nil
    }

    public func resolved(_ order: Order) -> LocalDateTime? {
        let year: Int
        let month: Int
        let day: Int
        if yearFirst {
            (year, month, day) = (first, second, third)
        } else {
            year = third < 100 ? 2000 + third : third
            (month, day) = order == .monthFirst ? (first, second) : (second, first)
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return LocalDateTime(date: date, seconds: seconds)
    }
}
