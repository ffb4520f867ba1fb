/// Excel's date serial numbers as text (`YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` or `HH:MM:SS`).
enum ExcelSerialDate {
    /// What a cell's number format shows, which decides the text we write for its serial.
    enum Kind: Sendable, Equatable {
        case date
        case time
        case dateTime
    }

    /// Days from 1970-01-01 to each system's day 0. In the 1900 system day 0 is shown as 1900-01-00
    /// and Lotus's phantom 1900-02-29 is serial 60, so real dates from serial 61 on count from 1899-12-30.
    private static let epoch1900 = -25569
    private static let epoch1904 = -24107
    /// 9999-12-31, the last date Excel shows.
    private static let maxSerial = 2_958_465.0

    /// The text for `serial`, or nil when it is no date Excel would show (negative, beyond 9999, NaN):
    /// the caller then writes the number itself.
    ///
    /// A time is written when the format shows one or the value has one. A serial below one day in a
    /// time-only format, or below day 1 of the 1900 system, is a time of day and written `HH:MM:SS`.
    static func text(_ serial: Double, kind: Kind, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < maxSerial + 1 else { return nil }
        // Round to whole seconds first so 23:59:59.6 rolls into the next day rather than showing :60.
        let totalSeconds = Int((serial * 86_400).rounded())
        let days = totalSeconds / 86_400
        let secondsOfDay = totalSeconds % 86_400
        let clock = clockText(secondsOfDay)
        if (kind == .time && serial < 1) || (!date1904 && days == 0) { return clock }
        let dateText: String
        if date1904 {
            dateText = civilText(epochDays: epoch1904 + days)
        } else if days == 60 {
            dateText = "1900-02-29"
        } else {
            dateText = civilText(epochDays: (days < 60 ? epoch1900 + 1 : epoch1900) + days)
        }
        return kind == .date && secondsOfDay == 0 ? dateText : dateText + " " + clock
    }

    private static func clockText(_ seconds: Int) -> String {
        "\(twoDigits(seconds / 3600)):\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60))"
    }

    /// The calendar day for days since 1970-01-01, as the rest of the tool counts days: no Calendar
    /// or time zone can shift it.
    private static func civilText(epochDays: Int) -> String {
        let date = CalendarDate.civil(dayNumber: epochDays)
        // Years past 9999 stay readable text rather than a four-digit format's overflow.
        return "\(date.year)-\(twoDigits(date.month))-\(twoDigits(date.day))"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
