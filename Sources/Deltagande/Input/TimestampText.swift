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
        var numbers = Numbers()
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
                guard numbers.append(current, digits: digits) else { return nil }
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
            guard numbers.append(current, digits: digits) else { return nil }
        }
        let count = numbers.count
        guard hasDateSeparator, count == 3 || count == 5 || count == 6 else { return nil }
        var hour = count > 3 ? numbers[3] : 0
        let minute = count > 4 ? numbers[4] : 0
        let sec = count > 5 ? numbers[5] : 0
        if pm && hour < 12 { hour += 12 }
        if am && hour == 12 { hour = 0 }
        guard hour < 24, minute < 60, sec < 61 else { return nil }
        yearFirst = numbers.firstDigits == 4
        if !yearFirst && numbers.thirdDigits != 4 && numbers.thirdDigits != 2 { return nil }
        first = numbers[0]
        second = numbers[1]
        third = numbers[2]
        seconds = hour * 3600 + minute * 60 + min(sec, 59)
    }

    /// Up to six numbers of a time stamp, held without an array (and without `InlineArray`, which
    /// needs Swift 6.2).
    private struct Numbers {
        private var values: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
        private(set) var count = 0
        /// How many digits the first and the third number had: they tell the date's layout.
        private(set) var firstDigits = 0
        private(set) var thirdDigits = 0

        /// False when six numbers are held already.
        mutating func append(_ value: Int, digits: Int) -> Bool {
            switch count {
            case 0: (values.0, firstDigits) = (value, digits)
            case 1: values.1 = value
            case 2: (values.2, thirdDigits) = (value, digits)
            case 3: values.3 = value
            case 4: values.4 = value
            case 5: values.5 = value
            default: return false
            }
            count += 1
            return true
        }

        subscript(index: Int) -> Int {
            switch index {
            case 0: values.0
            case 1: values.1
            case 2: values.2
            case 3: values.3
            case 4: values.4
            default: values.5
            }
        }
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
