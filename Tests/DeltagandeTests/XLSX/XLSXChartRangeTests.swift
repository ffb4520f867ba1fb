import Deltagande
import Testing

@Suite struct XLSXChartRangeTests {
    @Test(arguments: [
        ("Data", "Data!$A$2:$A$5"),
        ("Sammanfattning per område", "'Sammanfattning per område'!$A$2:$A$5"),
        ("Täckning", "'Täckning'!$A$2:$A$5"),
        ("Bob's data", "'Bob''s data'!$A$2:$A$5"),
        ("2025", "'2025'!$A$2:$A$5"),
        ("A1", "'A1'!$A$2:$A$5"),
        ("rc", "'rc'!$A$2:$A$5"),
        ("Data_2025.v1", "Data_2025.v1!$A$2:$A$5"),
    ])
    func quotesSheetNamesOnlyWhenNeeded(sheet: String, reference: String) {
        let range = ChartRange(sheet: sheet, range: .column(0, rows: 1...4))
        #expect(range.reference == reference)
        #expect(range.formula == "=" + reference)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func namesColumnsLikeExcel(index: Int, letters: String) {
        #expect(CellRange.columnLetters(index) == letters)
    }

    @Test func writesAbsoluteA1Ranges() {
        #expect(CellRange(firstRow: 0, firstColumn: 2, lastRow: 9, lastColumn: 27).absoluteA1 == "$C$1:$AB$10")
    }
}
