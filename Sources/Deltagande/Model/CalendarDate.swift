import Foundation

/// A day in the proleptic Gregorian calendar, without time zone: sessions happen on local days.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored small: every attendance row carries up to three of these (join, leave, submitted).
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.storedYear = Int16(year)
        self.storedMonth = UInt8(month)
        self.storedDay = UInt8(day)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Days since 1970-01-01; lets dates be compared and stepped without a Calendar.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber: Int) {
        let civil = CalendarDate.civil(dayNumber: dayNumber)
        // Day numbers outside years 1–9999 are clamped: no date the tool handles is near them.
        self.storedYear = Int16(clamping: civil.year)
        self.storedMonth = UInt8(civil.month)
        self.storedDay = UInt8(civil.day)
    }

    /// Year, month and day of any day number, also outside the years a `CalendarDate` holds.
    static func civil(dayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A local date and time to the second, as export files write them (no time zone).
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CalendarDate
    private let storedSeconds: Int32
    /// Seconds since midnight.
    public var seconds: Int { Int(storedSeconds) }

    public init(date: CalendarDate, seconds: Int) {
        self.date = date
        self.storedSeconds = Int32(clamping: seconds)
    }

    /// Seconds since 1970-01-01 00:00, for differences between two stamps.
    public var absoluteSeconds: Int { date.dayNumber * 86_400 + seconds }

    public var description: String {
        String(format: "%@ %02d:%02d:%02d", date.description, seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.absoluteSeconds < rhs.absoluteSeconds
    }
}
