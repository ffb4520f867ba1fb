import Foundation

/// Builds small `.xlsx` workbooks in code, so each XLSX test shows the XML it is about.
enum WorkbookFixture {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkgRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// A one-sheet workbook laid out the way Excel lays it out.
    static func workbook(
        sheetData: String, sharedStrings: [String]? = nil, cellFormats: [Int] = [], customFormats: [Int: String] = [:],
        date1904: Bool = false
    ) -> Data {
        var parts: [(path: String, contents: Data)] = [
            (
                "[Content_Types].xml",
                Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)
            ),
            ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", workbookXML(sheets: [("Blad1", "rId1", nil)], date1904: date1904)),
            (
                "xl/_rels/workbook.xml.rels",
                rels([
                    ("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"),
                    ("rId3", "sharedStrings", "sharedStrings.xml"),
                ])
            ),
            ("xl/worksheets/sheet1.xml", worksheet(sheetData)),
            ("xl/styles.xml", styles(cellFormats: cellFormats, customFormats: customFormats)),
        ]
        if let sharedStrings {
            let items = sharedStrings.joined()
            parts.append(
                (
                    "xl/sharedStrings.xml",
                    Data("<sst xmlns=\"\(main)\" count=\"\(sharedStrings.count)\">\(items)</sst>".utf8)
                ))
        }
        return StoredZip.archive(parts)
    }

    static func worksheet(_ sheetData: String) -> Data {
        Data(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(main)\"><sheetData>\(sheetData)</sheetData></worksheet>"
                .utf8)
    }

    static func workbookXML(sheets: [(name: String, id: String, state: String?)], date1904: Bool = false) -> Data {
        let list = sheets.map { sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"1\"\(sheet.state.map { " state=\"\($0)\"" } ?? "") r:id=\"\(sheet.id)\"/>"
        }.joined()
        let pr = date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>"
        return Data("<workbook xmlns=\"\(main)\" xmlns:r=\"\(relNS)\">\(pr)<sheets>\(list)</sheets></workbook>".utf8)
    }

    static func rels(_ items: [(id: String, type: String, target: String)]) -> Data {
        let body = items.map {
            "<Relationship Id=\"\($0.id)\" Type=\"\(relNS)/\($0.type)\" Target=\"\($0.target)\"/>"
        }.joined()
        return Data("<Relationships xmlns=\"\(pkgRelNS)\">\(body)</Relationships>".utf8)
    }

    /// `cellFormats[i]` is the `numFmtId` of style `s="i"`; style 0 is always General.
    static func styles(cellFormats: [Int], customFormats: [Int: String]) -> Data {
        let formats = customFormats.sorted { $0.key < $1.key }.map {
            "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(escaped($0.value))\"/>"
        }.joined()
        let xfs = ([0] + cellFormats).map {
            "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        }.joined()
        // A date-looking entry under cellStyleXfs must not count: only cellXfs is what `s` indexes.
        return Data(
            """
            <styleSheet xmlns="\(main)"><numFmts>\(formats)</numFmts>\
            <cellStyleXfs><xf numFmtId="14"/><xf numFmtId="14"/><xf numFmtId="14"/></cellStyleXfs>\
            <cellXfs>\(xfs)</cellXfs></styleSheet>
            """.utf8)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
