import Foundation
import Testing

@testable import Deltagande

@Suite struct XLSXReaderTests {
    static func rows(_ workbook: Data) throws -> [RawRow] {
        try XLSXReader.read(workbook, file: "feedback/forms.xlsx")
    }

    static func cells(_ workbook: Data) throws -> [[String]] {
        try rows(workbook).map(\.cells)
    }

    @Test func sharedStringsIncludingRichTextRunsButNotPhoneticGuides() throws {
        let workbook = WorkbookFixture.workbook(
            sheetData:
                #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"#,
            sharedStrings: [
                "<si><t>Vilken kommun?</t></si>",
                #"<si><r><rPr><b/></rPr><t>Hur </t></r><r><t xml:space="preserve">nöjd </t></r><r><t>är du?</t></r></si>"#,
                "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>",
            ])
        #expect(try Self.cells(workbook) == [["Vilken kommun?", "Hur nöjd är du?", "東京"]])
    }

    @Test func inlineStringsFormulaResultsBooleansAndErrors() throws {
        let workbook = WorkbookFixture.workbook(
            sheetData: """
                <row r="1"><c r="A1" t="inlineStr"><is><t>Åre &amp; Östersund</t></is></c>\
                <c r="B1" t="str"><f>A1&amp;"!"</f><v>Åre &amp; Östersund!</v></c>\
                <c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>\
                <c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
                <c r="F1" t="inlineStr"><is><r><t>Bra </t></r><r><t>dag</t></r></is></c></row>
                """)
        #expect(
            try Self.cells(workbook) == [
                ["Åre & Östersund", "Åre & Östersund!", "TRUE", "FALSE", "#DIV/0!", "Bra dag"]
            ])
    }

    @Test func escapedControlCharactersAreUnescaped() throws {
        let workbook = WorkbookFixture.workbook(
            sheetData:
                #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>a_x005F_x000D_b</t></is></c></row>"#,
            sharedStrings: ["<si><t>Rad ett_x000D_\nRad två</t></si>"])
        #expect(try Self.cells(workbook) == [["Rad ett\r\nRad två", "a_x000D_b"]])
    }

    struct NumberCase: Sendable, CustomTestStringConvertible {
        let stored: String
        let shown: String
        var testDescription: String { "\(stored) → \(shown)" }
    }

    @Test(arguments: [
        NumberCase(stored: "5", shown: "5"),
        NumberCase(stored: "5.0", shown: "5"),
        NumberCase(stored: "-3", shown: "-3"),
        NumberCase(stored: "4.5", shown: "4.5"),
        NumberCase(stored: "0.1", shown: "0.1"),
        NumberCase(stored: "46700000002", shown: "46700000002"),
        NumberCase(stored: "5566778899", shown: "5566778899"),
        NumberCase(stored: "1.2E+3", shown: "1200"),
        NumberCase(stored: "1.5E-3", shown: "1.5E-3"),
        NumberCase(stored: "1E+20", shown: "1E+20"),
    ])
    func numbersPrintWithoutATrailingPointZero(_ number: NumberCase) throws {
        let workbook = WorkbookFixture.workbook(sheetData: "<row r=\"1\"><c r=\"A1\"><v>\(number.stored)</v></c></row>")
        #expect(try Self.cells(workbook) == [[number.shown]])
    }

    struct DateCase: Sendable, CustomTestStringConvertible {
        let name: String
        let serial: String
        let numFmtId: Int
        var code: String? = nil
        var date1904 = false
        let shown: String
        var testDescription: String { name }
    }

    static let dates: [DateCase] = [
        DateCase(name: "built-in 14 date", serial: "45363", numFmtId: 14, shown: "2024-03-12"),
        DateCase(name: "built-in 14 with a time part", serial: "45363.5", numFmtId: 14, shown: "2024-03-12 12:00:00"),
        DateCase(
            name: "built-in 22 date and time at midnight", serial: "45363", numFmtId: 22, shown: "2024-03-12 00:00:00"),
        DateCase(
            name: "built-in 22 Forms time", serial: "45363.48266203704", numFmtId: 22, shown: "2024-03-12 11:35:02"),
        DateCase(name: "built-in 20 time of day", serial: "0.5", numFmtId: 20, shown: "12:00:00"),
        DateCase(name: "built-in 47 mm:ss.0", serial: "0.000694444444444444", numFmtId: 47, shown: "00:01:00"),
        DateCase(
            name: "custom yyyy-mm-dd hh:mm", serial: "45363.75", numFmtId: 164, code: "yyyy-mm-dd hh:mm",
            shown: "2024-03-12 18:00:00"),
        DateCase(
            name: "custom Swedish long date", serial: "45363", numFmtId: 165, code: "[$-41D]d mmmm yyyy;@",
            shown: "2024-03-12"),
        DateCase(
            name: "custom m/d/yy h:mm:ss (Forms)", serial: "45363.56814814815", numFmtId: 165, code: "m/d/yy h:mm:ss",
            shown: "2024-03-12 13:38:08"),
        DateCase(
            name: "seconds rounding into the next day", serial: "45363.999999", numFmtId: 22,
            shown: "2024-03-13 00:00:00"),
        DateCase(name: "serial 1", serial: "1", numFmtId: 14, shown: "1900-01-01"),
        DateCase(name: "serial 59", serial: "59", numFmtId: 14, shown: "1900-02-28"),
        DateCase(name: "serial 60 is Lotus's 1900-02-29", serial: "60", numFmtId: 14, shown: "1900-02-29"),
        DateCase(name: "serial 61", serial: "61", numFmtId: 14, shown: "1900-03-01"),
        DateCase(name: "1904 system", serial: "43901", numFmtId: 14, date1904: true, shown: "2024-03-12"),
        DateCase(name: "1904 system day 0", serial: "0", numFmtId: 14, date1904: true, shown: "1904-01-01"),
        DateCase(name: "last day Excel shows", serial: "2958465", numFmtId: 14, shown: "9999-12-31"),
        DateCase(name: "beyond 9999 stays a number", serial: "2958466", numFmtId: 14, shown: "2958466"),
        DateCase(name: "negative stays a number", serial: "-1", numFmtId: 14, shown: "-1"),
        DateCase(name: "quoted letters are not a date", serial: "3", numFmtId: 164, code: #"0 "dygn""#, shown: "3"),
        DateCase(name: "escaped letters are not a date", serial: "3", numFmtId: 164, code: #"0\d"#, shown: "3"),
        DateCase(name: "a number format is not a date", serial: "1250.5", numFmtId: 4, shown: "1250.5"),
        DateCase(name: "text format is not a date", serial: "45363", numFmtId: 49, shown: "45363"),
    ]

    @Test(arguments: dates)
    func dateFormattedNumbersBecomeDateText(_ date: DateCase) throws {
        let workbook = WorkbookFixture.workbook(
            sheetData: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>\(date.serial)</v></c></row>",
            cellFormats: [date.numFmtId], customFormats: date.code.map { [date.numFmtId: $0] } ?? [:],
            date1904: date.date1904)
        #expect(try Self.cells(workbook) == [[date.shown]])
    }

    @Test(arguments: [
        ("yyyy-mm-dd", ExcelSerialDate.Kind.date), ("h:mm", .time), ("[h]:mm:ss", .time), ("mm:ss", .time),
        ("dd/mm/yyyy hh:mm", .dateTime), ("YYYY-MM-DD", .date), ("General", nil), ("0.00", nil), ("#,##0 \"kr\"", nil),
        ("[Red]0.00", nil), ("_-* #,##0_-", nil), ("mmmm", nil),
    ])
    func formatCodesAreClassified(_ code: String, _ kind: ExcelSerialDate.Kind?) {
        #expect(XLSXStyles.kind(ofFormatCode: code) == kind)
    }

    @Test func isoDateCellsAreShownLikeSerialDates() throws {
        let workbook = WorkbookFixture.workbook(
            sheetData:
                #"<row r="1"><c r="A1" t="d"><v>2024-03-12T11:35:02.000Z</v></c><c r="B1" t="d"><v>2024-03-12</v></c></row>"#
        )
        #expect(try Self.cells(workbook) == [["2024-03-12 11:35:02", "2024-03-12"]])
    }

    @Test func cellsArePlacedByTheirColumnAndRowsKeepTheirSheetNumber() throws {
        let workbook = WorkbookFixture.workbook(
            sheetData: """
                <row r="2"><c r="B2" t="inlineStr"><is><t>b</t></is></c><c r="D2"><v>4</v></c><c r="F2" s="0"/></row>\
                <row r="3"><c r="A3" t="inlineStr"><is><t></t></is></c><c r="C3"/></row>\
                <row r="5" spans="1:3"><c r="AA5"><v>27</v></c><c r="A5"><v>1</v></c></row>\
                <row r="7"><c><v>1</v></c><c><v>2</v></c><c r="E7"><v>5</v></c><c><v>6</v></c></row>\
                <row><c r="A8"><v>8</v></c></row>
                """)
        let rows = try Self.rows(workbook)
        #expect(rows.map(\.line) == [2, 5, 7, 8])
        #expect(rows[0].cells == ["", "b", "", "4"])
        #expect(rows[1].cells.count == 27)
        #expect(rows[1].cells.first == "1")
        #expect(rows[1].cells.last == "27")
        #expect(rows[2].cells == ["1", "2", "", "", "5", "6"])
        #expect(rows[3].cells == ["8"])
    }

    @Test func prefixedNamespacesAreRead() throws {
        let sheet = Data(
            """
            <x:worksheet xmlns:x="\(WorkbookFixture.main)"><x:sheetData><x:row r="1">\
            <x:c r="A1" t="inlineStr"><x:is><x:t>ID</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c>\
            </x:row></x:sheetData></x:worksheet>
            """.utf8)
        let workbook = StoredZip.archive([("xl/worksheets/sheet1.xml", sheet)])
        #expect(try Self.cells(workbook) == [["ID", "7"]])
    }

    @Test func aUTF16SheetPartIsRead() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="\(WorkbookFixture.main)"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>Östersund</t></is></c></row></sheetData></worksheet>
            """
        let utf16 = Data(
            [0xFF, 0xFE] + xml.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] })
        #expect(try Self.cells(StoredZip.archive([("xl/worksheets/sheet1.xml", utf16)])) == [["Östersund"]])
    }

    @Test func aDamagedPartIsCaughtByItsChecksum() throws {
        var bytes = [UInt8](WorkbookFixture.workbook(sheetData: #"<row r="1"><c r="A1"><v>12345</v></c></row>"#))
        let digits = Array("12345".utf8)
        let at = try #require(
            (0..<(bytes.count - digits.count)).first { Array(bytes[$0..<($0 + digits.count)]) == digits })
        bytes[at] = UInt8(ascii: "9")  // stored entry: the XML is visible in the archive
        #expect(
            throws: FileReadError(
                file: "feedback/forms.xlsx",
                message: "not a readable .xlsx: xl/worksheets/sheet1.xml is damaged (checksum mismatch)")
        ) {
            try Self.rows(Data(bytes))
        }
    }

    @Test func theFirstVisibleWorksheetInTabOrderIsRead() throws {
        let sheet = { (text: String) in
            WorkbookFixture.worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(text)</t></is></c></row>")
        }
        let workbook = StoredZip.archive([
            ("_rels/.rels", WorkbookFixture.rels([("rId1", "officeDocument", "/xl/workbook.xml")])),
            (
                "xl/workbook.xml",
                WorkbookFixture.workbookXML(sheets: [
                    ("Dold", "rId7", "hidden"), ("Svar", "rId3", nil), ("Blad1", "rId1", nil),
                ])
            ),
            (
                "xl/_rels/workbook.xml.rels",
                WorkbookFixture.rels([
                    ("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId3", "worksheet", "worksheets/sheet3.xml"),
                    ("rId7", "worksheet", "../xl/worksheets/sheet7.xml"),
                ])
            ),
            ("xl/worksheets/sheet1.xml", sheet("sheet1")),
            ("xl/worksheets/sheet3.xml", sheet("svar")),
            ("xl/worksheets/sheet7.xml", sheet("dold")),
        ])
        #expect(try Self.cells(workbook) == [["svar"]])
    }

    @Test func aHiddenSheetIsReadWhenItIsTheOnlyOne() throws {
        let workbook = StoredZip.archive([
            ("xl/workbook.xml", WorkbookFixture.workbookXML(sheets: [("Dold", "rId1", "veryHidden")])),
            ("xl/_rels/workbook.xml.rels", WorkbookFixture.rels([("rId1", "worksheet", "worksheets/data.xml")])),
            ("xl/worksheets/data.xml", WorkbookFixture.worksheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#)),
        ])
        #expect(try Self.cells(workbook) == [["1"]])
    }

    @Test func aWorkbookWithoutRelationshipsFallsBackToSheet1() throws {
        let workbook = StoredZip.archive([
            ("xl/workbook.xml", WorkbookFixture.workbookXML(sheets: [])),
            ("xl/worksheets/sheet1.xml", WorkbookFixture.worksheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#)),
        ])
        #expect(try Self.cells(workbook) == [["1"]])
    }

    @Test func emptyWorksheetGivesNoRows() throws {
        #expect(try Self.cells(WorkbookFixture.workbook(sheetData: "")) == [])
        #expect(try TableReader.read(WorkbookFixture.workbook(sheetData: ""), file: "x.xlsx").rows == [])
    }

    struct Broken: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: Data
        let message: String
        var testDescription: String { name }
    }

    static let broken: [Broken] = [
        Broken(
            name: "zip signature then garbage",
            bytes: Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 100)),
            message: "not a readable .xlsx: the zip archive is damaged"),
        Broken(
            name: "a zip without a workbook", bytes: StoredZip.archive([("word/document.xml", Data("<w/>".utf8))]),
            message: "not a readable .xlsx: a zip archive without an Excel workbook in it"),
        Broken(
            name: "the worksheet part is missing",
            bytes: StoredZip.archive([
                ("xl/workbook.xml", WorkbookFixture.workbookXML(sheets: [("Blad1", "rId1", nil)])),
                ("xl/_rels/workbook.xml.rels", WorkbookFixture.rels([("rId1", "worksheet", "worksheets/sheet9.xml")])),
            ]),
            message: "not a readable .xlsx: its first worksheet xl/worksheets/sheet9.xml is missing"),
        Broken(
            name: "malformed sheet XML",
            bytes: StoredZip.archive([("xl/worksheets/sheet1.xml", Data("<worksheet><sheetData><row>".utf8))]),
            message: "not a readable .xlsx: xl/worksheets/sheet1.xml is not well-formed XML"),
        Broken(
            name: "shared string index out of range",
            bytes: WorkbookFixture.workbook(
                sheetData: #"<row r="4"><c r="A4" t="s"><v>3</v></c></row>"#, sharedStrings: ["<si><t>a</t></si>"]),
            message:
                "not a readable .xlsx: xl/worksheets/sheet1.xml: row 4 refers to shared string 3, which does not exist"),
        Broken(
            name: "a column beyond XFD",
            bytes: WorkbookFixture.workbook(sheetData: #"<row r="1"><c r="ZZZZZ1"><v>1</v></c></row>"#),
            message: "not a readable .xlsx: xl/worksheets/sheet1.xml: row 1 has a cell beyond column XFD"),
    ]

    @Test(arguments: broken)
    func damagedWorkbooksAreAFileReadError(_ broken: Broken) {
        do {
            _ = try TableReader.read(broken.bytes, file: "feedback/forms.xlsx")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "feedback/forms.xlsx")
            #expect(error.message.hasPrefix(broken.message), "\(error.message)")
        }
    }

    @Test func anOldXlsOrEncryptedWorkbookSaysSo() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        #expect(throws: FileReadError.self) { try TableReader.read(ole, file: "x.xlsx") }
        do {
            _ = try TableReader.read(ole, file: "x.xlsx")
        } catch {
            #expect(error.message.contains(".xls"))
        }
    }

    @Test(arguments: [
        ("A1", 0), ("Z9", 25), ("AA10", 26), ("AZ1", 51), ("XFD1048576", 16383), ("a1", 0), ("1", nil as Int?),
    ])
    func columnReferencesAreDecoded(_ reference: String, _ index: Int?) {
        #expect(XLSXSheet.columnIndex(reference) == index)
    }

    @Test func packagePathsResolveLikeRelationshipTargets() {
        #expect(XLSXPackage.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XLSXPackage.resolve("/xl/worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(XLSXPackage.resolve("../xl/./styles.xml", from: "xl") == "xl/styles.xml")
        #expect(XLSXPackage.relationshipsPath(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
    }
}
