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

    /// Reads the date and time parts; nil when the text is not a date-time.
    public init?(_ raw: String) {
        var numbers: [(value: Int, digits: Int)] = []
        var current = ""
        var pm = false
        var am = false
        let lowered = raw.lowercased()
        for character in lowered {
            if character.isASCII && character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty, let value = Int(current) { numbers.append((value, current.count)) }
                current = ""
            }
        }
        if !current.isEmpty, let value = Int(current) { numbers.append((value, current.count)) }
        let letters = lowered.filter(\.isLetter)
        // A time stamp carries at most a marker like `AM`, `à` or a zone like `CET`; a title that
        // happens to hold a date ("Dialog 2020-01-07: …") is no time stamp.
        guard letters.count <= 5 else { return nil }
        if letters.contains("pm") || letters.hasSuffix("p") { pm = true }
        if letters.contains("am") { am = true }
        guard numbers.count == 5 || numbers.count == 6 || numbers.count == 3 else { return nil }
        let dateParts = numbers.prefix(3)
        var hour = numbers.count > 3 ? numbers[3].value : 0
        let minute = numbers.count > 4 ? numbers[4].value : 0
        let sec = numbers.count > 5 ? numbers[5].value : 0
        if pm && hour < 12 { hour += 12 }
        if am && hour == 12 { hour = 0 }
        guard hour < 24, minute < 60, sec < 61 else { return nil }
        let parts = Array(dateParts)
        yearFirst = parts[0].digits == 4
        if !yearFirst && parts[2].digits != 4 && parts[2].digits != 2 { return nil }
        first = parts[0].value
        second = parts[1].value
        third = parts[2].value
        seconds = hour * 3600 + minute * 60 + min(sec, 59)
        // A bare number is no date-time.
        guard raw.contains(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return nil }
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
