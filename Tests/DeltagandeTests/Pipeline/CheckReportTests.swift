import Foundation
import Testing

@testable import Deltagande

@Suite struct CheckReportTests {
    @Test func showsKindLayoutEncodingAccountAndFirstReasonsPerFile() throws {
        let test = try TestInput(files: [
            "sessions.csv": TestInput.sessions,
            "registrations/anmalningar.csv": TestInput.registrations,
            "registrations/trasig.csv": "Namn;Möten\nA;samrad-2024\n",
        ])
        defer { test.remove() }
        let text = CheckReport.render(Resolver.resolve(try Ingest.read(folder: test.input)))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("registrations/anmalningar.csv: registrations, utf-8, delimiter ;"))
        #expect(lines.contains("  rows read 7, accepted 4, merged 1, rejected 2"))
        #expect(lines.contains("  registrations/anmalningar.csv:7: unknown session \"Okänt möte\""))
        #expect(lines.contains("  registrations/anmalningar.csv:8: invalid e-mail address"))
        #expect(lines.contains { $0.hasPrefix("  ERROR registrations/trasig.csv: required column missing: email") })
        #expect(lines.contains("attendance/teams_2023.csv: attendance, teams-numbered, utf-16le, delimiter TAB"))
        #expect(lines.last?.hasPrefix("total: rows read ") == true)
    }
}

@Suite struct OrganisationOrderTests {
    @Test func organisationsAreListedInSwedishAlphabeticalOrder() throws {
        let names = ["Åre Cykel AB", "Östersunds kommun", "Arbetsgruppen", "Ängets gård", "Zeta AB", "bergs kommun"]
        let sorted = names.sorted {
            $0.compare($1, options: [.caseInsensitive], range: nil, locale: OrganisationCalculator.swedish)
                == .orderedAscending
        }
        #expect(
            sorted == ["Arbetsgruppen", "bergs kommun", "Zeta AB", "Åre Cykel AB", "Ängets gård", "Östersunds kommun"])
    }
}

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
