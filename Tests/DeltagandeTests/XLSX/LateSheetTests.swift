import Foundation
import Testing

@testable import Deltagande

/// Issue 9: a sheet given to the writer only when its turn comes gives the same file.
@Suite struct LateSheetTests {
    @Test func aSheetGivenLateGivesTheSameBytes() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let workbook = SampleWorkbook.workbook
        let whole = folder.file("whole.xlsx")
        try XLSXWriter.write(workbook, to: whole)
        for index in workbook.sheets.indices {
            var named = workbook
            named.sheets[index] = SheetDescription(name: workbook.sheets[index].name, cells: [])
            let late = folder.file("late-\(index).xlsx")
            var asked = 0
            try XLSXWriter.write(
                named, to: late,
                late: XLSXWriter.LateSheet(
                    index: index,
                    sheet: {
                        asked += 1
                        return workbook.sheets[index]
                    }))
            #expect(asked == 1)
            #expect(try Data(contentsOf: late) == Data(contentsOf: whole), "sheet \(index)")
        }
    }

    @Test func aLateSheetUnderAnotherNameIsRefusedAndNothingIsWritten() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let workbook = SampleWorkbook.workbook
        let file = folder.file("late.xlsx")
        #expect(throws: XLSXError.self) {
            try XLSXWriter.write(
                workbook, to: file,
                late: XLSXWriter.LateSheet(index: 1, sheet: { SheetDescription(name: "Annat", cells: []) }))
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
        // A place the workbook does not have is refused too, rather than its sheet never asked for.
        #expect(throws: XLSXError.self) {
            try XLSXWriter.write(
                workbook, to: file,
                late: XLSXWriter.LateSheet(index: workbook.sheets.count, sheet: { workbook.sheets[0] }))
        }
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
