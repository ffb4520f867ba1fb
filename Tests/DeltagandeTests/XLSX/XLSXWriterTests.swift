import Deltagande
import Foundation
import Testing

@Suite struct XLSXWriterTests {
    /// Writes `workbook` into a scratch folder and reads it back with openpyxl.
    private func roundTrip(_ workbook: WorkbookDescription) throws -> OpenpyxlWorkbook {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = folder.file("deltagande.xlsx")
        try XLSXWriter.write(workbook, to: file)
        return try OpenpyxlReader.read(file)
    }

    @Test func writesSheetsWithSwedishNamesInOrder() throws {
        let read = try roundTrip(SampleWorkbook.workbook)
        #expect(read.sheets.map(\.name) == [SampleWorkbook.summarySheetName] + SampleWorkbook.otherSheetNames)
    }

    @Test func writesFormulaLikeTextAsStringCells() throws {
        let texts = [
            #"=HYPERLINK("https://x";"y")"#, "=1+1", "+46701234567", "@Åre", "-- inget --", "-1", "0042",
            "1e5", "2025-01-31", "TRUE", "  mellanslag  ", "rad ett\nrad två",
        ]
        let sheet = SheetDescription(name: "Texter", cells: texts.map { [.text($0)] })
        let read = try #require(try roundTrip(SampleWorkbook.single(sheet)).sheet("Texter"))
        for (index, text) in texts.enumerated() {
            let cell = try #require(read.cell("A\(index + 1)"), "no cell for \(text)")
            #expect(cell.type == "s", "\(text) became \(cell.type)")
            #expect(cell.text == text)
        }
    }

    @Test func keepsTextThatLooksLikeAnExcelEscapeAndSurvivesControlCharacters() throws {
        let sheet = SheetDescription(
            name: "Tecken", cells: [[.text("_x0041_")], [.text("a\u{1}b\u{1F}c")], [.text("a\u{0}b\u{FFFE}c")]])
        let read = try #require(try roundTrip(SampleWorkbook.single(sheet)).sheet("Tecken"))
        #expect(read.cell("A1")?.text == "_x0041_")
        #expect(read.cell("A2")?.type == "s")
        #expect(read.cell("A3")?.text == "abc")
    }

    @Test func writesNumbersPercentagesAndDatesWithTheirFormats() throws {
        let read = try #require(try roundTrip(SampleWorkbook.workbook).sheet(SampleWorkbook.summarySheetName))

        let integer = try #require(read.cell("B2"))
        #expect(integer.type == "n")
        #expect(integer.number == 1_000)
        #expect(integer.format == "#,##0")

        let percent = try #require(read.cell("D2"))
        #expect(percent.type == "n")
        #expect(percent.format == "0.0%")
        #expect(abs((percent.number ?? 0) - 1_000.0 / 1_014.0) < 1e-12)

        let date = try #require(read.cell("E2"))
        #expect(date.type == "d")
        #expect(date.format == "yyyy-mm-dd")
        #expect(date.date == "2025-01-10T00:00:00")

        let missingRate = try #require(read.cell("D6"))
        #expect(missingRate.type == "s")
        #expect(missingRate.text == "–")
        #expect(missingRate.horizontal == "right")
        #expect(read.cell("E6") == nil)
    }

    @Test func writesDecimalsAndTurnsNonFiniteNumbersIntoMissing() throws {
        let sheet = SheetDescription(
            name: "Tal", cells: [[.number(1234.56), .number(.nan), .percent(.infinity), .missing, .integer(-3)]])
        let read = try #require(try roundTrip(SampleWorkbook.single(sheet)).sheet("Tal"))
        #expect(read.cell("A1")?.format == "#,##0.0")
        #expect(read.cell("A1")?.number == 1234.56)
        #expect(read.cell("B1")?.text == "–")
        #expect(read.cell("C1")?.text == "–")
        #expect(read.cell("D1")?.text == "–")
        #expect(read.cell("E1")?.number == -3)
    }

    @Test func stylesHeaderCells() throws {
        let read = try #require(try roundTrip(SampleWorkbook.workbook).sheet(SampleWorkbook.summarySheetName))
        let header = try #require(read.cell("A1"))
        #expect(header.bold)
        #expect(header.bottomBorder == "thin")
        #expect(header.fill == "FFDDEBF7")
        #expect(read.cell("A2")?.bold == false)
    }

    @Test func freezesTheHeaderRowAndFiltersTheTable() throws {
        let read = try #require(try roundTrip(SampleWorkbook.workbook).sheet(SampleWorkbook.summarySheetName))
        #expect(read.freezePanes == "A2")
        #expect(read.autoFilter == "A1:E6")
    }

    @Test func printsLandscapeOnePageWide() throws {
        let read = try roundTrip(SampleWorkbook.workbook)
        let summary = try #require(read.sheet(SampleWorkbook.summarySheetName))
        #expect(summary.orientation == "landscape")
        #expect(summary.fitToPage)
        #expect(summary.fitToWidth == 1)
        #expect(summary.fitToHeight == 0)
        let sessions = try #require(read.sheet("Sessioner"))
        #expect(sessions.orientation != "landscape")
        #expect(!sessions.fitToPage)
    }

    @Test func computedColumnWidthsGrowWithContent() throws {
        let sheet = SheetDescription(
            name: "Bredd",
            cells: [
                [.text("kort"), .text("en betydligt längre text i kolumnen"), .integer(1_234_567_890)],
                [.text("ok"), .text("x"), .integer(1)],
            ])
        let read = try #require(try roundTrip(SampleWorkbook.single(sheet)).sheet("Bredd"))
        let short = try #require(read.columnWidths["A"])
        let long = try #require(read.columnWidths["B"])
        let number = try #require(read.columnWidths["C"])
        #expect(short >= 8)
        #expect(long > short)
        #expect(long >= Double("en betydligt längre text i kolumnen".count))
        #expect(number >= Double("1 234 567 890".count))
    }

    @Test func givenColumnWidthsWinAndLaterColumnsAreComputed() throws {
        let sheet = SheetDescription(
            name: "Bredd",
            cells: [[.text("a"), .text(String(repeating: "b", count: 30))]],
            columnWidths: [25])
        let read = try #require(try roundTrip(SampleWorkbook.single(sheet)).sheet("Bredd"))
        #expect(abs((read.columnWidths["A"] ?? 0) - 25) < 1)
        #expect((read.columnWidths["B"] ?? 0) >= 30)
    }

    @Test func mergesTitleRanges() throws {
        let sheet = SheetDescription(
            name: "Titel",
            cells: [[], [.header("Område"), .header("Antal")], [.text("Norr"), .integer(3)]],
            mergedRanges: [
                MergedRange(
                    range: CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 1),
                    text: "Deltagande per område under januari 2025 med en lång titel")
            ],
            freezeRows: 2)
        let read = try #require(try roundTrip(SampleWorkbook.single(sheet)).sheet("Titel"))
        #expect(read.mergedRanges == ["A1:B1"])
        #expect(read.cell("A1")?.text == "Deltagande per område under januari 2025 med en lång titel")
        #expect(read.cell("A1")?.bold == true)
        #expect(read.freezePanes == "A3")
        #expect((read.columnWidths["A"] ?? 0) < 20, "a merged title must not widen its column")
    }

    @Test func addsStackedAndClusteredCharts() throws {
        let read = try #require(try roundTrip(SampleWorkbook.workbook).sheet(SampleWorkbook.summarySheetName))
        try #require(read.charts.count == 2)
        let stacked = read.charts[0]
        #expect(stacked.type == "barChart")
        #expect(stacked.barDirection == "col")
        #expect(stacked.grouping == "stacked")
        #expect(stacked.title == "I rummet och på distans")
        #expect(stacked.xAxisTitle == "Område")
        #expect(stacked.yAxisTitle == "Deltagare")
        #expect(stacked.legendPosition == "b")
        #expect(stacked.anchorRow == 8)
        #expect(stacked.anchorColumn == 0)
        #expect(stacked.series.map(\.name) == ["I rummet", "På distans"])
        #expect(stacked.series.first?.categories == "'Sammanfattning per område'!$A$2:$A$6")
        #expect(stacked.series.first?.values == "'Sammanfattning per område'!$B$2:$B$6")

        let clustered = read.charts[1]
        #expect(clustered.type == "barChart")
        #expect(clustered.barDirection == "bar")
        #expect(clustered.grouping == "clustered")
        #expect(clustered.legendPosition == nil)
        #expect(clustered.xAxisTitle == "Område", "openpyxl's x axis is the category axis, also for bars")
        #expect(clustered.yAxisTitle == "Andel")
        #expect(clustered.series.first?.values == "'Sammanfattning per område'!$D$2:$D$6")
        #expect(read.charts.allSatisfy { $0.series.count > 0 })
        #expect(try roundTrip(SampleWorkbook.workbook).sheet("Sessioner")?.charts.isEmpty == true)
    }

    @Test(arguments: ["Data", "Täckning", "Bob's data", "2025", "A1", "R1C1", "Sammanfattning per område"])
    func chartReferencesMatchTheReferenceTheDescriptionBuilds(sheetName: String) throws {
        let range = ChartRange(sheet: sheetName, range: .column(1, rows: 1...2))
        let sheet = SheetDescription(
            name: sheetName,
            cells: [[.header("Namn"), .header("Antal")], [.text("a"), .integer(1)], [.text("b"), .integer(2)]],
            charts: [
                ChartDescription(
                    kind: .column,
                    series: [
                        ChartSeries(
                            name: "=Antal", categories: ChartRange(sheet: sheetName, range: .column(0, rows: 1...2)),
                            values: range)
                    ],
                    anchorRow: 4, anchorColumn: 0)
            ])
        let read = try #require(try roundTrip(SampleWorkbook.single(sheet)).sheet(sheetName))
        let series = try #require(read.charts.first?.series.first)
        #expect(series.values == range.reference)
        #expect(series.name == "\u{200B}=Antal", "a name starting with = stays text")
    }

    @Test func writesDocumentProperties() throws {
        let properties = try roundTrip(SampleWorkbook.workbook).properties
        #expect(properties.title == "Deltagande 2025-01")
        #expect(properties.subject == "Deltagande per område")
        #expect(properties.creator == "deltagande")
        #expect(properties.company == "Regionförbundet")
        #expect(properties.description == "Skapad av test")
        #expect(properties.created == "2025-01-01T00:00:00")
    }

    @Test func writesTheSameBytesForTheSameDescription() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let first = folder.file("first.xlsx")
        let second = folder.file("second.xlsx")
        try XLSXWriter.write(SampleWorkbook.workbook, to: first)
        try XLSXWriter.write(SampleWorkbook.workbook, to: second)
        let firstBytes = try Data(contentsOf: first)
        #expect(firstBytes.count > 0)
        #expect(firstBytes == (try Data(contentsOf: second)))
    }

    @Test func replacesAnExistingFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = folder.file("deltagande.xlsx")
        try Data("old".utf8).write(to: file)
        try XLSXWriter.write(SampleWorkbook.workbook, to: file)
        #expect(try OpenpyxlReader.read(file).sheets.count == 7)
    }

    @Test func truncatesTextBeyondExcelsCellLimit() throws {
        let long = String(repeating: "å", count: 40_000)
        let sheet = SheetDescription(name: "Lång", cells: [[.text(long)]], columnWidths: [10])
        let read = try #require(try roundTrip(SampleWorkbook.single(sheet)).sheet("Lång"))
        #expect(read.cell("A1")?.text?.count == 32_767)
    }

    @Test func leavesTheOtherOutputsOfTheFolderAlone() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try XLSXWriter.write(SampleWorkbook.workbook, to: folder.file("a.xlsx"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(names == ["a.xlsx"], "libxlsxwriter's temporary files must be gone")
    }

    /// Each entry's general-purpose flags in the zip's central directory: minizip records the level
    /// it deflated at in bits 1–2 (level 1 sets both, the default level neither).
    private func deflateFlags(_ data: Data) throws -> [(name: String, method: Int, flags: Int)] {
        let bytes = [UInt8](data)
        func word(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func long(_ at: Int) -> Int { word(at) | word(at + 2) << 16 }
        let end = try #require(
            stride(from: bytes.count - 22, through: 0, by: -1).first { long($0) == 0x0605_4B50 },
            "no end of central directory")
        var entry = long(end + 16)
        var found: [(String, Int, Int)] = []
        for _ in 0..<word(end + 10) {
            try #require(long(entry) == 0x0201_4B50, "central directory entry expected at \(entry)")
            let nameLength = word(entry + 28)
            let name = String(decoding: bytes[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self)
            found.append((name, word(entry + 10), word(entry + 8)))
            entry += 46 + nameLength + word(entry + 30) + word(entry + 32)
        }
        return found
    }

    @Test func compressesEveryEntryAtTheFastestLevel() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = folder.file("deltagande.xlsx")
        try XLSXWriter.write(SampleWorkbook.workbook, to: file)
        let entries = try deflateFlags(try Data(contentsOf: file))
        #expect(entries.contains { $0.name == "xl/worksheets/sheet1.xml" })
        for entry in entries {
            #expect(entry.method == 8, "\(entry.name) is not deflated")
            // Fails when the wrapper in CZipLevel does not take minizip's calls: level 6, flags 0.
            #expect(entry.flags & 0b110 == 0b110, "\(entry.name) was not deflated at level 1")
        }
        #expect(try OpenpyxlReader.read(file).sheets.count == 7)
    }
}
