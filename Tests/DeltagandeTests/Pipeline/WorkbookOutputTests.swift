import Foundation
import Testing

@testable import Deltagande

/// Reads the written workbook back with openpyxl, an independent reader, and checks it against the
/// JSON and the safety rules (issue 5).
@Suite struct WorkbookOutputTests {
    struct Written {
        var workbook: OpenpyxlWorkbook
        var json: [String: Any]
    }

    static func write(language: Language = .swedish) throws -> Written {
        let test = try ReportRunTests.fullInput()
        defer { test.remove() }
        let result = try ReportRun.run(test.options(language: language))
        let workbook = try OpenpyxlReader.read(result.files[0])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: result.files[2]))
        return Written(workbook: workbook, json: try #require(object as? [String: Any]))
    }

    @Test func hasTheSwedishSheetsInOrder() throws {
        let written = try Self.write()
        #expect(
            written.workbook.sheets.map(\.name) == [
                "Sammanfattning", "Möten", "Organisationer", "Täckning", "Återkoppling", "Kontinuitet", "Datakvalitet",
            ])
    }

    @Test func englishGivesEnglishSheets() throws {
        let written = try Self.write(language: .english)
        #expect(written.workbook.sheets.first?.name == "Summary")
        #expect(written.workbook.sheet("Data quality") != nil)
    }

    @Test func summaryTotalsEqualTheJSON() throws {
        let written = try Self.write()
        let sheet = try #require(written.workbook.sheet("Sammanfattning"))
        let totals = try #require(written.json["totals"] as? [String: Any])
        let areas = try #require(written.json["areas"] as? [[String: Any]])
        // Header on row 4, one row per area, then the totals row.
        let totalsRow = 4 + areas.count + 1
        func number(_ column: String, _ row: Int) -> Double? { sheet.cell("\(column)\(row)")?.number }
        #expect(number("E", totalsRow) == (totals["participants"] as? NSNumber)?.doubleValue)
        #expect(number("F", totalsRow) == (totals["attended"] as? NSNumber)?.doubleValue)
        #expect(number("G", totalsRow) == (totals["attended_in_room"] as? NSNumber)?.doubleValue)
        #expect(number("J", totalsRow) == (totals["organisations"] as? NSNumber)?.doubleValue)
        for (offset, area) in areas.enumerated() {
            #expect(sheet.cell("A\(5 + offset)")?.text == area["area"] as? String)
            #expect(number("C", 5 + offset) == (area["registered"] as? NSNumber)?.doubleValue)
        }
        let turnout = try #require(sheet.cell("I\(totalsRow)"))
        #expect(turnout.format.contains("%"))
        #expect(turnout.number == (totals["turnout_rate"] as? NSNumber)?.doubleValue)
    }

    @Test func summaryHasAStackedAndAClusteredChart() throws {
        let written = try Self.write()
        let charts = try #require(written.workbook.sheet("Sammanfattning")).charts
        #expect(charts.count == 2)
        #expect(charts.contains { $0.type == "barChart" && $0.grouping == "stacked" && $0.barDirection == "col" })
        #expect(charts.contains { $0.type == "barChart" && $0.grouping == "clustered" })
    }

    @Test func headerRowsAreFrozenAndFiltered() throws {
        let written = try Self.write()
        let sessions = try #require(written.workbook.sheet("Möten"))
        #expect(sessions.freezePanes == "A5")
        #expect(sessions.autoFilter?.hasPrefix("A4:") == true)
        #expect(sessions.orientation == "landscape")
        #expect(sessions.fitToPage)
        #expect(sessions.printTitleRows == "$4:$4")
        let quality = try #require(written.workbook.sheet("Datakvalitet"))
        // The total row stays out of the filter, so sorting cannot move it.
        let files = try #require((written.json["data_quality"] as? [String: Any])?["files"] as? [Any])
        #expect(quality.autoFilter == "A4:J\(4 + files.count)")
        #expect(try #require(written.workbook.sheet("Täckning")).autoFilter != nil)
        #expect(try #require(written.workbook.sheet("Sammanfattning")).autoFilter != nil)
        let date = try #require(sessions.cell("D5"))
        #expect(date.type == "d")
        #expect(date.format == "yyyy-mm-dd")
    }

    @Test func formulaLikeInputTextStaysText() throws {
        let written = try Self.write()
        let texts = written.workbook.sheets.flatMap(\.cells)
        #expect(!texts.contains { $0.type == "f" })
        let strings = texts.filter { $0.type == "s" }.compactMap(\.text)
        for expected in [
            "=HYPERLINK(\"https://phish.example/x\";\"Läs mer\")", "@Åre: vi ansluter via Teams", "-- inget --",
            "+46 Konsult AB",
        ] {
            #expect(strings.contains(expected), "\(expected) is not a string cell")
        }
    }

    @Test func propertiesNameTheRegion() throws {
        let written = try Self.write()
        #expect(written.workbook.properties.creator == "Region Jämtland Härjedalen")
        #expect(written.workbook.properties.title?.contains("alla") == true)
    }
}
