import Foundation
import Testing

@testable import Deltagande

/// Random exports with hostile cell values go through the whole pipeline: nothing crashes, and
/// every file's rows still balance (SPEC 2.1).
@Suite struct PipelineFuzzTests {
    static let values = [
        "", " ", "inf", "nan", "1e300", "-1", "0", "5", "4,5", "99999999999999999999", "2026-08-18", "18/8/2026",
        "8/18/26, 10:00:00 AM", "2026-08-18 10:00", "1h 2m", "12m ", "2 h 44 m", "1:02:03", "x", "ja", "avbokad",
        "På plats", "Via länk", "digitalt", "a@b.example", "A@B.EXAMPLE", "a@@b", "@", "s1", "s2", "S1", "Möte ett",
        "okänt", "Organizer", "Attendee", "+46 70 123 45 67", "121212-1212", "556677-8899", "SE556677889901",
        "16556677-8899", "Östersund", "2380", "Stockholm", "Kvinna", "Man", "=HYPERLINK(\"x\")", "\"", "a;b;",
        "Anna Andersson", "Andersson, Anna", "Anna (Guest)", "ÅÄÖ åäö", "\u{0301}", "kb", "AB", "-",
    ]
    static let headers = [
        "Tidsstämpel", "Namn", "Förnamn", "Efternamn", "E-post", "Organisation", "Organisationsnummer", "Sektor",
        "Kommun", "Kön", "Möten", "Deltagande", "Status", "Närvarande", "Varaktighet", "Möte", "Betyg",
        "Rekommendera", "Kommentar", "Styrkeområde", "Role", "Join Time", "Leave Time", "Duration",
    ]

    static func table(_ random: inout SplitMix64) -> String {
        var header = Array(Set((0..<(3 + random.below(8))).map { _ in random.pick(headers) }))
        header.sort()
        var lines = [header.joined(separator: ";")]
        for _ in 0..<random.below(12) {
            let width = header.count + random.below(3) - 1
            lines.append(
                (0..<max(width, 0)).map { _ in
                    let value = random.pick(values)
                    return value.contains(";") || value.contains("\"")
                        ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
                }.joined(separator: ";"))
        }
        return lines.joined(separator: random.chance(0.5) ? "\r\n" : "\n") + "\n"
    }

    @Test func randomExportsNeverCrashAndAlwaysBalance() throws {
        var random = SplitMix64(seed: 2026)
        let sessions =
            "id,label,area,phase,date,start,end,mode,capacity\ns1,Möte ett,Upplevelser,Fas,2026-08-18,10:00,11:00,hybrid,2\ns2,Möte två,Hållbar energi,Fas,2026-08-19,,,remote,\n"
        for round in 0..<100 {
            var files = ["sessions.csv": sessions]
            for folder in ["registrations", "attendance", "feedback"] {
                for index in 0..<random.below(3) { files["\(folder)/f\(index).csv"] = Self.table(&random) }
            }
            if random.chance(0.3) { files["attendance/s1.csv"] = Self.table(&random) }
            let test = try TestInput(files: files, examples: [:])
            defer { test.remove() }
            let ingested = try Ingest.read(folder: test.input)
            let resolved = Resolver.resolve(ingested)
            for (index, account) in resolved.ledger.accounts.enumerated() where account.fileError == nil {
                #expect(account.balances, "round \(round): \(resolved.files[index].path) \(account)")
            }
            let metrics = MetricsCalculator.compute(resolved, period: .all)
            _ = MetricsJSON.document(metrics).serialised()
            _ = SummaryText(
                metrics: metrics, generated: CalendarDate(year: 2026, month: 11, day: 24)!, language: .swedish
            ).render()
            _ = WorkbookBuilder(
                metrics: metrics, generated: CalendarDate(year: 2026, month: 11, day: 24)!,
                created: Date(timeIntervalSince1970: 0), language: .english
            ).build()
        }
    }
}
