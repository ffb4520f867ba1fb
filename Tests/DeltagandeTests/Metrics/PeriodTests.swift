import Foundation
import Testing

@testable import Deltagande

@Suite struct PeriodTests {
    @Test func onlyAWholeCalendarMonthHasAPreviousMonth() throws {
        #expect(Period.month("2026-10")?.previousMonth?.label == "2026-09")
        #expect(Period.month("2026-01")?.previousMonth?.label == "2025-12")
        let part = Period.range(
            from: CalendarDate(year: 2026, month: 10, day: 1), to: CalendarDate(year: 2026, month: 10, day: 10))
        #expect(part.previousMonth == nil)
        let long = Period.range(
            from: CalendarDate(year: 2026, month: 10, day: 1), to: CalendarDate(year: 2027, month: 10, day: 31))
        #expect(long.previousMonth == nil)
    }
}
