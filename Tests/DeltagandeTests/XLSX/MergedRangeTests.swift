import Foundation
import Testing

@testable import Deltagande

@Suite struct MergedRangeTests {
    @Test func mergesWithoutPaddingKeepEveryRangeBeyondSixteenBits() throws {
        // Unfilled ranges are linked in without blank padding cells; libxlsxwriter counts merges in
        // 16 bits and would write none at exactly 65,536 (here the header's and 65,535 comments).
        let count = 65_535
        let sheet = SheetDescription(
            name: "Kommentarer",
            cells: [[.header("Område"), .header("Betyg"), .header("Kommentar")]]
                + (0..<count).map { _ in [.text("Norr")] },
            mergedRanges: [
                MergedRange(
                    range: CellRange(firstRow: 0, firstColumn: 2, lastRow: 0, lastColumn: 3), text: "Kommentar",
                    style: .header)
            ]
                + (1...count).map { row in
                    MergedRange(
                        range: CellRange(firstRow: row, firstColumn: 1, lastRow: row, lastColumn: 3),
                        text: "Kommentar \(row)", style: CellStyle(wrap: true, alignment: .left))
                })
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("merges-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXWriter.write(SampleWorkbook.single(sheet), to: url)
        let package = try XLSXPackage(try Data(contentsOf: url), file: url.path)
        let xml = try #require(try package.part("xl/worksheets/sheet1.xml").map { String(decoding: $0, as: UTF8.self) })
        #expect(xml.components(separatedBy: "<mergeCell ").count - 1 == count + 1)
        #expect(xml.contains("<mergeCell ref=\"B65536:D65536\"/>"))
        // The last comment's row holds its two written cells and no padding.
        let lastRow = try #require(xml.range(of: "<row r=\"65536\""))
        let rowEnd = try #require(xml.range(of: "</row>", range: lastRow.upperBound..<xml.endIndex))
        let rowXML = xml[lastRow.lowerBound..<rowEnd.lowerBound]
        #expect(rowXML.components(separatedBy: "<c ").count - 1 == 2, "\(rowXML)")
        // A filled header range is still padded, so its fill and border cover the whole range.
        #expect(xml.contains("<c r=\"D1\""))
    }

    @Test func oneCellOrSwappedRangesAreLeftToTheLibrary() throws {
        func error(_ range: CellRange) throws -> XLSXError? {
            let sheet = SheetDescription(
                name: "Titel", cells: [[], [.text("a"), .text("b"), .text("c")]],
                mergedRanges: [MergedRange(range: range, text: "Rubrik")])
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString).xlsx")
            defer { try? FileManager.default.removeItem(at: url) }
            do {
                try XLSXWriter.write(SampleWorkbook.single(sheet), to: url)
                return nil
            } catch {
                return error
            }
        }
        // Excel cannot merge a single cell: the library refuses, as it did before the fast path.
        #expect(
            try error(CellRange(firstRow: 0, firstColumn: 1, lastRow: 0, lastColumn: 1))?.call
                == "worksheet_merge_range")
        #expect(try error(CellRange(firstRow: 0, firstColumn: 2, lastRow: 0, lastColumn: 0)) == nil)
    }
}
