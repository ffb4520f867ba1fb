import Foundation

/// Fills in the raw text of merged rows by reading their files again (SPEC 5: the data-quality
/// output shows every rejected or merged row as it was written).
///
/// Readers keep no row's text: on a national roll-up that would be the size of the files. Which rows
/// are merged is known only once people are matched, and they are few, so their files are read a
/// second time, on every core, and the text is made exactly as the readers make it for rejected rows.
enum RawRowText {
    static func fill(_ ledger: inout RowLedger, files: [InputFile]) {
        guard !ledger.rawPending.isEmpty else { return }
        var linesByFile: [Int: Set<Int>] = [:]
        for entry in ledger.rawPending {
            if let line = ledger.entries[entry].line { linesByFile[ledger.entries[entry].file, default: []].insert(line) }
        }
        let wanted = linesByFile.keys.sorted()
        let lines = linesByFile
        let texts = ParallelMap.map(wanted) { file in
            rows(of: files[file], lines: lines[file] ?? [])
        }
        var textByFile: [Int: [Int: String]] = [:]
        for (file, text) in zip(wanted, texts) { textByFile[file] = text }
        for entry in ledger.rawPending {
            let item = ledger.entries[entry]
            if let line = item.line, let text = textByFile[item.file]?[line] { ledger.entries[entry].raw = text }
        }
        ledger.rawPending = []
    }

    /// The raw text of the given lines: cells joined by the file's delimiter, attendance rows with
    /// dial-in numbers masked, as the readers write them for rejected rows.
    static func rows(of file: InputFile, lines: Set<Int>) -> [Int: String] {
        guard let data = try? Data(contentsOf: file.url), let table = try? TableReader.read(data, file: file.path)
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
