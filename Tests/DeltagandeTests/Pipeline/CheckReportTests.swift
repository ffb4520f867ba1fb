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
