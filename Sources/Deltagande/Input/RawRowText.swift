import Foundation

/// Fills in the raw text of merged rows by reading their files again (SPEC 5: the data-quality
/// output shows every rejected or merged row as it was written).
///
/// Readers keep no row's text: on a national roll-up that would be the size of the files. Which rows
/// are merged is known only once people are matched, and they are few, so their files are read a
/// second time, on every core, and the text is made exactly as the readers make it for rejected rows.
enum RawRowText {
    /// A merged row waiting for its text: its data-quality entry, file and line.
    struct Wanted: Sendable {
        var entry: Int
        var file: Int
        var line: Int
    }

    /// The rows still waiting for their text; the ledger forgets them.
    static func takePending(_ ledger: inout RowLedger) -> [Wanted] {
        let wanted = ledger.rawPending.compactMap { entry in
            ledger.entries[entry].line.map { Wanted(entry: entry, file: ledger.entries[entry].file, line: $0) }
        }
        ledger.rawPending = []
        return wanted
    }

    /// Entry → raw text, for the wanted rows.
    static func texts(_ wanted: [Wanted], files: [InputFile]) -> [Int: String] {
        var linesByFile: [Int: Set<Int>] = [:]
        for item in wanted { linesByFile[item.file, default: []].insert(item.line) }
        let fileIndices = linesByFile.keys.sorted()
        let lines = linesByFile
        let found = ParallelMap.map(fileIndices) { file in rows(of: files[file], lines: lines[file] ?? []) }
        var textByFile: [Int: [Int: String]] = [:]
        for (file, text) in zip(fileIndices, found) { textByFile[file] = text }
        var result: [Int: String] = [:]
        for item in wanted {
            if let text = textByFile[item.file]?[item.line] { result[item.entry] = text }
        }
        return result
    }

    static func apply(_ texts: [Int: String], to ledger: inout RowLedger) {
        for (entry, text) in texts { ledger.entries[entry].raw = text }
    }

    static func fill(_ ledger: inout RowLedger, files: [InputFile]) {
        let wanted = takePending(&ledger)
        guard !wanted.isEmpty else { return }
        apply(texts(wanted, files: files), to: &ledger)
    }

    /// The file read as the readers read it, keeping only the given lines of a text file.
    static func table(_ data: Data, file: InputFile, lines: Set<Int>) throws(FileReadError) -> RawTable {
        if data.starts(with: TableReader.zipSignature) { return try TableReader.read(data, file: file.path) }
        // What TableReader does for text, without keeping every row.
        let (text, encoding) = try TextDecoder.decode(data, file: file.path)
        let (rows, delimiter) = CSVParser.rows(text, atLines: lines)
        return RawTable(rows: rows, encoding: encoding, delimiter: delimiter)
    }

    /// The raw text of the given lines: cells joined by the file's delimiter, attendance rows with
    /// dial-in numbers masked, as the readers write them for rejected rows.
    static func rows(of file: InputFile, lines: Set<Int>) -> [Int: String] {
        guard let data = try? Data(contentsOf: file.url), let table = try? table(data, file: file, lines: lines)
        else { return [:] }
        var result: [Int: String] = [:]
        for row in table.rows where lines.contains(row.line) {
            result[row.line] =
                file.kind == .attendance
                ? PersonalDataMask.attendanceRaw(row.cells, delimiter: table.delimiter)
                : row.cells.joined(separator: String(table.delimiter ?? "\t"))
        }
        return result
    }
}
