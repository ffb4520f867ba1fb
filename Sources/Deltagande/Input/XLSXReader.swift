import Foundation

/// Reads the first worksheet of an `.xlsx` workbook (Microsoft Forms downloads) as rows of text.
///
/// Cells become the text a CSV saved from the sheet would hold: strings as written, integral numbers
/// without `.0`, date-formatted numbers as `YYYY-MM-DD HH:MM:SS` (or `YYYY-MM-DD`, or `HH:MM:SS` for a
/// time of day), booleans `TRUE`/`FALSE`, formulas by their cached result. `RawRow.line` is the sheet's
/// row number (SPEC R8).
public enum XLSXReader {
    public static func read(_ data: Data, file: String) throws(FileReadError) -> [RawRow] {
        let package = try XLSXPackage(data, file: file)
        let workbook = try XLSXWorkbook(package, file: file)
        guard let sheetData = try package.part(workbook.sheetPath) else {
            throw FileReadError(
                file: file, message: "not a readable .xlsx: its first worksheet \(workbook.sheetPath) is missing")
        }
        // Both parts are optional: a workbook of numbers has no shared strings, a minimal one no styles.
        var sharedStrings: [String] = []
        if let path = workbook.sharedStringsPath, let data = try package.part(path) {
            sharedStrings = try XLSXSharedStrings.read(data, part: path, file: file)
        }
        var styles = XLSXStyles()
        if let path = workbook.stylesPath, let data = try package.part(path) {
            styles = try XLSXStyles(data, part: path, file: file)
        }
        return try XLSXSheet.read(
            sheetData, part: workbook.sheetPath, sharedStrings: sharedStrings, styles: styles,
            date1904: workbook.date1904, file: file)
    }
}
