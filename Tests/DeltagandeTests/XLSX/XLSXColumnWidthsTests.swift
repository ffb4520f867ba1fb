import Testing

@testable import Deltagande

@Suite struct XLSXColumnWidthsTests {
    /// A cell under a merged range does not size its column; the rule as written, range by range.
    static func referenceWidths(_ sheet: SheetDescription) -> [Double?] {
        var unmerged = sheet
        for (rowIndex, row) in sheet.cells.enumerated() {
            for columnIndex in row.indices
            where sheet.mergedRanges.contains(where: { merged in
                let range = merged.range
                return rowIndex >= range.firstRow && rowIndex <= range.lastRow && columnIndex >= range.firstColumn
                    && columnIndex <= range.lastColumn
            }) {
                unmerged.cells[rowIndex][columnIndex] = .empty
            }
        }
        unmerged.mergedRanges = []
        var widths = ColumnWidths.widths(for: unmerged)
        // A column whose every text is merged away still counts as present when the sheet is wider.
        let count = ColumnWidths.widths(for: sheet).count
        while widths.count < count { widths.append(nil) }
        return widths
    }

    @Test func mergedCellsDoNotSizeTheirColumnsOnRandomSheets() {
        var random = SplitMix64(seed: 61)
        for _ in 0..<500 {
            let rows = random.below(8)
            let cells: [[Cell]] = (0..<rows).map { _ in
                (0..<random.below(5)).map { _ in
                    random.below(4) == 0 ? .empty : .text(String(repeating: "w", count: 1 + random.below(30)))
                }
            }
            var sheet = SheetDescription(name: "S", cells: cells)
            for _ in 0..<random.below(5) {
                // Ranges in any order, some covering several rows, some backwards (covering nothing).
                let (row, column) = (random.below(max(rows, 1)), random.below(5))
                sheet.mergedRanges.append(
                    MergedRange(
                        range: CellRange(
                            firstRow: row, firstColumn: column, lastRow: row + random.below(3) - 1,
                            lastColumn: column + random.below(3) - 1), text: ""))
            }
            #expect(
                ColumnWidths.widths(for: sheet) == Self.referenceWidths(sheet), "\(sheet.mergedRanges.map(\.range))")
        }
    }

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
