import Testing

@testable import Deltagande

@Suite struct XLSXColumnWidthsTests {
    @Test func widthsGrowWithTheLongestTextAndStayWithinBounds() {
        let sheet = SheetDescription(
            name: "S",
            cells: [
                [.text("a"), .text(String(repeating: "x", count: 20)), .text(String(repeating: "y", count: 200))],
                [.empty, .text("kort"), .missing],
            ])
        let widths = ColumnWidths.widths(for: sheet)
        #expect(widths == [ColumnWidths.minimum, 22, ColumnWidths.maximum])
    }

    @Test func leavesEmptyColumnsAtTheDefault() {
        let sheet = SheetDescription(name: "S", cells: [[.empty, .text("abc")]])
        #expect(ColumnWidths.widths(for: sheet) == [nil, ColumnWidths.minimum])
    }

    @Test func countsTheLongestLineOfMultiLineText() {
        let sheet = SheetDescription(name: "S", cells: [[.text("kort\n" + String(repeating: "z", count: 15) + "\nx")]])
        #expect(ColumnWidths.widths(for: sheet) == [17])
    }

    @Test func leavesRoomForTheFilterButtonInTheHeader() {
        let header = String(repeating: "h", count: 12)
        let plain = SheetDescription(name: "S", cells: [[.text(header)]])
        var filtered = plain
        filtered.autofilter = CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0)
        let plainWidth = ColumnWidths.widths(for: plain)[0] ?? 0
        let filteredWidth = ColumnWidths.widths(for: filtered)[0] ?? 0
        #expect(filteredWidth == plainWidth + ColumnWidths.filterButton)
    }

    @Test(arguments: [
        (CellValue.integer(1_234_567), "1 234 567"),
        (.integer(-1_000), "-1 000"),
        (.number(1234.56), "1 234,6"),
        (.number(-0.04), "0,0"),
        (.percent(0.25), "25,0 %"),
        (.percent(nil), "–"),
        (.date(year: 2025, month: 1, day: 2), "yyyy-mm-dd"),
        (.missing, "–"),
    ])
    func measuresNumbersAsExcelShowsThem(value: CellValue, shown: String) {
        #expect(ColumnWidths.displayText(of: value) == shown)
    }
}
