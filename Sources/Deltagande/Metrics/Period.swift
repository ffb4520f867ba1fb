import Foundation

/// Which sessions a report covers (SPEC 4): a month, a range, or everything.
public struct Period: Sendable, Equatable {
    public var label: String
    public var from: CalendarDate?
    public var to: CalendarDate?

    public static let all = Period(label: "alla", from: nil, to: nil)

    public init(label: String, from: CalendarDate?, to: CalendarDate?) {
        self.label = label
        self.from = from
        self.to = to
    }

    /// `YYYY-MM`.
    public static func month(_ text: String) -> Period? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
            let month = Int(parts[1]),
            let first = CalendarDate(year: year, month: month, day: 1),
            let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        else { return nil }
        return Period(label: text, from: first, to: last)
    }

    /// `FROM_TO`, either end optional.
    public static func range(from: CalendarDate?, to: CalendarDate?) -> Period {
        Period(label: "\(from?.description ?? "")_\(to?.description ?? "")", from: from, to: to)
    }

    public func contains(_ date: CalendarDate) -> Bool {
        if let from, date < from { return false }
        if let to, date > to { return false }
        return true
    }

    /// True when the date is before the period began.
    public func isBefore(_ date: CalendarDate) -> Bool {
        guard let from else { return false }
        return date < from
    }

    /// The month before this one, for a monthly report's comparison.
    public var previousMonth: Period? {
        guard let from, from.day == 1, let to, to.year == from.year, to.month == from.month,
            to.day == CalendarDate.daysIn(month: to.month, year: to.year)
        else { return nil }
        let year = from.month == 1 ? from.year - 1 : from.year
        let month = from.month == 1 ? 12 : from.month - 1
        return Period.month(String(format: "%04d-%02d", year, month))
    }
}
