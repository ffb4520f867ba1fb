import Foundation

/// Reads any input file's bytes as a table of text cells (SPEC 2.1, R2–R5, R8).
public enum TableReader {
    /// An `.xlsx` is recognised by its zip signature, never by its name (R2); anything else is text,
    /// decoded by `TextDecoder` and split by `CSVParser`.
    ///
    /// An empty file, or one whose every line is blank, is an empty table, not an error: whether "no
    /// rows" is a problem depends on the file's kind, so the caller decides.
    /// - Throws: `FileReadError` when the file is not text (R3), is a damaged or unreadable workbook,
    ///   or is a legacy `.xls` / password-protected workbook.
    public static func read(_ data: Data, file: String) throws(FileReadError) -> RawTable {
        if data.starts(with: zipSignature) {
            // Workbook text is NFC-normalised like decoded text (SPEC 2.1).
            let rows = try XLSXReader.read(data, file: file).map { row in
                RawRow(line: row.line, cells: row.cells.map(TextDecoder.normalised))
            }
            return RawTable(rows: rows, encoding: nil, delimiter: nil)
        }
        if data.starts(with: compoundFileSignature) {
            // Old `.xls` and encrypted `.xlsx` are OLE compound files; say so instead of "NUL byte".
            throw FileReadError(
                file: file,
                message:
                    "an old .xls or password-protected Excel file; save it as .xlsx or CSV UTF-8 without a password")
        }
        let (text, encoding) = try TextDecoder.decode(data, file: file)
        let (rows, delimiter) = CSVParser.parse(text)
        return RawTable(rows: rows, encoding: encoding, delimiter: delimiter)
    }

    /// `PK\x03\x04`, the local file header every non-empty zip (and so every `.xlsx`) starts with.
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
}
