import Foundation

/// Finds the parts an `.xlsx` reader needs: the first worksheet, shared strings, styles, and whether
/// dates count from 1904. Follows the package's relationships rather than assuming file names, and
/// falls back to the conventional names when the relationships are missing.
struct XLSXWorkbook {
    var sheetPath: String
    var sharedStringsPath: String?
    var stylesPath: String?
    var date1904: Bool

    static let conventionalSheet = "xl/worksheets/sheet1.xml"

    init(_ package: XLSXPackage, file: String) throws(FileReadError) {
        let rootRelations = try XLSXRelationship.read(package, of: "", file: file)
        let workbookPath = rootRelations.first { $0.type.hasSuffix("/officeDocument") }?.path ?? "xl/workbook.xml"
        guard let workbookData = try package.part(workbookPath) else {
            // No workbook part: accept a bare `xl/worksheets/sheet1.xml` (some minimal writers), else not a workbook.
            guard package.has(Self.conventionalSheet) else {
                throw FileReadError(
                    file: file, message: "not a readable .xlsx: a zip archive without an Excel workbook in it")
            }
            sheetPath = Self.conventionalSheet
            sharedStringsPath = "xl/sharedStrings.xml"
            stylesPath = "xl/styles.xml"
            date1904 = false
            return
        }
        var workbook = WorkbookHandler()
        try XMLEvents.parse(workbookData, into: &workbook, part: workbookPath, file: file)
        let relations = try XLSXRelationship.read(package, of: workbookPath, file: file)
        let folder = XLSXPackage.folder(of: workbookPath)
        let byID = Dictionary(relations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // The first worksheet in tab order; hidden sheets only when nothing else is visible, because
        // "the first sheet" is the one the analyst sees when opening the file.
        let worksheets = workbook.sheets.compactMap { sheet -> (path: String, hidden: Bool)? in
            guard let relation = byID[sheet.relationID], relation.type.hasSuffix("/worksheet") else { return nil }
            return (relation.path, sheet.hidden)
        }
        let chosen = worksheets.first { !$0.hidden } ?? worksheets.first
        sheetPath = chosen?.path ?? Self.conventionalSheet
        sharedStringsPath =
            relations.first { $0.type.hasSuffix("/sharedStrings") }?.path
            ?? XLSXPackage.resolve("sharedStrings.xml", from: folder)
        stylesPath =
            relations.first { $0.type.hasSuffix("/styles") }?.path ?? XLSXPackage.resolve("styles.xml", from: folder)
        date1904 = workbook.date1904
    }
}

/// One `<Relationship>` of a `.rels` part, with its target resolved to a package path.
struct XLSXRelationship {
    var id: String
    var type: String
    var path: String

    /// The relationships of `part` (`""` for the package root); none when the `.rels` part is absent.
    static func read(_ package: XLSXPackage, of part: String, file: String) throws(FileReadError) -> [XLSXRelationship]
    {
        let relsPath = part.isEmpty ? "_rels/.rels" : XLSXPackage.relationshipsPath(of: part)
        guard let data = try package.part(relsPath) else { return [] }
        var handler = Handler()
        try XMLEvents.parse(data, into: &handler, part: relsPath, file: file)
        let folder = XLSXPackage.folder(of: part)
        return handler.items.map {
            XLSXRelationship(id: $0.id, type: $0.type, path: XLSXPackage.resolve($0.target, from: folder))
        }
    }

    private struct Handler: XMLEventHandler {
        var items: [(id: String, type: String, target: String)] = []

        mutating func start(_ name: String, _ attributes: [String: String]) {
            guard name == "Relationship", attributes["TargetMode"] != "External",
                let id = attributes["Id"], let target = attributes["Target"]
            else { return }
            items.append((id, attributes["Type"] ?? "", target))
        }

        mutating func end(_ name: String) {}
        mutating func text(_ text: String) {}
    }
}

/// Reads `<sheets>` and `<workbookPr date1904>` from the workbook part.
private struct WorkbookHandler: XMLEventHandler {
    var sheets: [(relationID: String, hidden: Bool)] = []
    var date1904 = false

    mutating func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "sheet":
            // `r:id` arrives as `id` (local name); `sheetId` is a different attribute.
            guard let id = attributes["id"] else { return }
            let state = attributes["state"] ?? "visible"
            sheets.append((id, state == "hidden" || state == "veryHidden"))
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            date1904 = value == "1" || value == "true"
        default:
            break
        }
    }

    mutating func end(_ name: String) {}
    mutating func text(_ text: String) {}
}
