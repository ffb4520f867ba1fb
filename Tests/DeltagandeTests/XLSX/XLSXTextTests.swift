import Testing

@testable import Deltagande

@Suite struct XLSXTextTests {
    @Test func cutsLongTextAtACharacterBoundaryWithinExcelsLimit() {
        let text = String(repeating: "a", count: 32_766) + "😀😀"
        let cut = XLSXText.cellText(text)
        #expect(cut.utf16.count <= XLSXText.maximumCellLength)
        #expect(cut == String(repeating: "a", count: 32_766))
    }

    @Test func escapesLiteralExcelEscapesWithoutExceedingTheLimit() {
        #expect(XLSXText.cellText("_x00e5_ och _x12") == "_x005F_x00e5_ och _x12")
        let long = XLSXText.cellText(String(repeating: "_x0041_", count: 5_000))
        #expect(long.utf16.count <= XLSXText.maximumCellLength)
        let startsEscaped = long.hasPrefix("_x005F_x0041__x005F_x0041_")
        #expect(startsEscaped)
    }

    @Test func keepsChartLabelsFromBeingReadAsFormulas() {
        #expect(XLSXText.chartLabel("=A1") == "\u{200B}=A1")
        #expect(XLSXText.chartLabel("I rummet") == "I rummet")
    }
}
