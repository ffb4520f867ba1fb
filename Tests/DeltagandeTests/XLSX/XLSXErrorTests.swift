import Deltagande
import Foundation
import Testing

@Suite struct XLSXErrorTests {
    private func write(_ workbook: WorkbookDescription) throws -> (error: XLSXError?, fileExists: Bool) {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = folder.file("fel.xlsx")
        do {
            try XLSXWriter.write(workbook, to: file)
            return (nil, FileManager.default.fileExists(atPath: file.path))
        } catch {
            return (error, FileManager.default.fileExists(atPath: file.path))
        }
    }

    @Test(arguments: [
        "Ett alldeles för långt bladnamn som inte får plats",
        "Juli/augusti", "[Data]", "Fråga?", "Stjärna*", "Kolon:", #"Bak\snedstreck"#, "'Citerat'", "",
    ])
    func rejectsAnInvalidSheetName(name: String) throws {
        let result = try write(SampleWorkbook.single(SheetDescription(name: name, cells: [[.text("x")]])))
        let error = try #require(result.error)
        #expect(error.call == "workbook_validate_sheet_name")
        #expect(error.sheet == name)
        #expect(!error.message.isEmpty)
        #expect(!result.fileExists)
    }

    @Test func rejectsTheSameSheetNameTwice() throws {
        let sheet = SheetDescription(name: "Data", cells: [])
        let result = try write(WorkbookDescription(properties: SampleWorkbook.properties, sheets: [sheet, sheet]))
        let error = try #require(result.error)
        #expect(error.call == "workbook_validate_sheet_name")
        #expect(error.message.contains("already"))
    }

    @Test(arguments: [("Data", "DATA"), ("Återkoppling", "återkoppling")])
    func rejectsSheetNamesThatDifferOnlyInCase(first: String, second: String) throws {
        let sheets = [SheetDescription(name: first, cells: []), SheetDescription(name: second, cells: [])]
        let error = try #require(
            try write(WorkbookDescription(properties: SampleWorkbook.properties, sheets: sheets)).error)
        #expect(error.call == "workbook_validate_sheet_name")
        #expect(error.sheet == second)
    }

    @Test func reportsAFolderThatDoesNotExist() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("saknas/deltagande.xlsx")
        #expect {
            try XLSXWriter.write(SampleWorkbook.workbook, to: file)
        } throws: { error in
            guard let error = error as? XLSXError else { return false }
            return error.call == "workbook_close" && error.file == file.path && !error.message.isEmpty
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func rejectsAChartOnASheetTheWorkbookLacks() throws {
        var sheet = SampleWorkbook.summary
        sheet.charts[0].series[0].values.sheet = "Finns inte"
        let error = try #require(try write(SampleWorkbook.single(sheet)).error)
        #expect(error.call == "chart series")
        #expect(error.message.contains("Finns inte"))
    }

    @Test func rejectsAChartWithoutSeries() throws {
        var sheet = SampleWorkbook.summary
        sheet.charts[0].series = []
        #expect(try write(SampleWorkbook.single(sheet)).error?.call == "chart series")
    }

    @Test func rejectsADateExcelCannotShow() throws {
        let sheet = SheetDescription(name: "Datum", cells: [[.date(year: 2025, month: 2, day: 30)]])
        let error = try #require(try write(SampleWorkbook.single(sheet)).error)
        #expect(error.call == "worksheet_write_datetime")
        #expect(error.message.contains("A1"))
    }

    @Test func rejectsARangeBeyondTheLastRow() throws {
        let sheet = SheetDescription(
            name: "Filter", cells: [[.header("a")]],
            autofilter: CellRange(firstRow: 0, firstColumn: 0, lastRow: 2_000_000, lastColumn: 0))
        let error = try #require(try write(SampleWorkbook.single(sheet)).error)
        #expect(error.call == "worksheet_autofilter")
        #expect(error.message.lowercased().contains("out of range"))
    }

    @Test func rejectsACellBeyondTheLastColumn() throws {
        let sheet = SheetDescription(
            name: "Bred", cells: [[], []],
            mergedRanges: [
                MergedRange(range: CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 70_000), text: "x")
            ])
        #expect(try write(SampleWorkbook.single(sheet)).error?.call == "worksheet_merge_range")
    }

    @Test func describesTheFileSheetCallAndMessage() {
        let error = XLSXError(
            call: "workbook_close", message: "Error creating output xlsx file.", file: "/r/a.xlsx", sheet: nil)
        #expect(error.description == "/r/a.xlsx: workbook_close: Error creating output xlsx file.")
        let sheetError = XLSXError(call: "worksheet_write_string", message: "m", file: "f.xlsx", sheet: "Täckning")
        #expect(sheetError.description == "f.xlsx: sheet 'Täckning': worksheet_write_string: m")
    }
}
