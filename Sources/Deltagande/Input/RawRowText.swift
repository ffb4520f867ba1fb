import Foundation

/// Fills in the raw text of merged rows by reading their files again (SPEC 5: the data-quality
/// output shows every rejected or merged row as it was written).
///
/// Readers keep no row's text: on a national roll-up that would be the size of the files. Which rows
/// are merged is known only once people are matched, and they are few, so their files are read a
/// second time, on every core, and the text is made exactly as the readers make it for rejected rows.
enum RawRowText {
    /// A merged row waiting for its text: its data-quality entry, file and line, and the file's
    /// encoding and delimiter as first read.
    struct Wanted: Sendable {
        var entry: Int
        var file: Int
        var line: Int
        var encoding: TextEncoding?
        var delimiter: Character?
    }

    /// The rows still waiting for their text; the ledger forgets them.
    static func takePending(_ ledger: inout RowLedger) -> [Wanted] {
        let wanted = ledger.rawPending.compactMap { entry in
            ledger.entries[entry].line.map { line in
                let file = ledger.entries[entry].file
                return Wanted(
                    entry: entry, file: file, line: line, encoding: ledger.accounts[file].encoding,
                    delimiter: ledger.accounts[file].delimiter)
            }
        }
        ledger.rawPending = []
        return wanted
    }

    /// Entry → raw text, for the wanted rows.
    static func texts(_ wanted: [Wanted], files: [InputFile]) -> [Int: String] {
        var linesByFile: [Int: Set<Int>] = [:]
        var layoutOfFile: [Int: (encoding: TextEncoding?, delimiter: Character?)] = [:]
        for item in wanted {
            linesByFile[item.file, default: []].insert(item.line)
            layoutOfFile[item.file] = (item.encoding, item.delimiter)
        }
        let fileIndices = linesByFile.keys.sorted()
        let (lines, layouts) = (linesByFile, layoutOfFile)
        let found = ParallelMap.map(fileIndices) { file in
            rows(
                of: files[file], lines: lines[file] ?? [], encoding: layouts[file]?.encoding,
                delimiter: layouts[file]?.delimiter)
        }
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
    ///
    /// A Windows-1252 or UTF-8 file read before with a usual delimiter is not decoded whole again:
    /// its records are found in its bytes, which have the quotes, line ends and delimiters where
    /// the text has them, and only the wanted ones are decoded (issue 9: the registrations that
    /// later ones supersede sit in nearly every registration file).
    static func table(
        _ data: Data, file: InputFile, lines: Set<Int>, encoding: TextEncoding? = nil, delimiter: Character? = nil
    ) throws(FileReadError) -> RawTable {
        if data.starts(with: TableReader.zipSignature) { return try TableReader.read(data, file: file.path) }
        if let encoding, let delimiter,
            let rows = rowsFromBytes(data, lines: lines, encoding: encoding, delimiter: delimiter)
        {
            return RawTable(rows: rows, encoding: encoding, delimiter: delimiter)
        }
        // What TableReader does for text, without keeping every row.
        let (text, encoding) = try TextDecoder.decode(data, file: file.path)
        let (rows, delimiter) = CSVParser.rows(text, atLines: lines)
        return RawTable(rows: rows, encoding: encoding, delimiter: delimiter)
    }

    /// The wanted rows found in the file's bytes and decoded one by one; nil where that could
    /// differ from decoding the whole file: UTF-16, a delimiter other than TAB, `;` or `,` (a
    /// `sep=` line may name any), and UTF-8 with a byte from 0xCC on, whose normalisation could
    /// make a `;` (U+037E is canonically a semicolon).
    static func rowsFromBytes(_ data: Data, lines: Set<Int>, encoding: TextEncoding, delimiter: Character)
        -> [RawRow]?
    {
        guard CSVParser.candidateDelimiters.contains(delimiter) else { return nil }
        let bytes = [UInt8](data)
        let bodyStart: Int
        switch encoding {
        case .windows1252: bodyStart = 0
        case .utf8: bodyStart = 0
        case .utf8BOM: bodyStart = 3
        case .utf16LE, .utf16BE: return nil
        }
        // The file may have been saved again since it was first read (a BOM added or removed, a
        // NUL, UTF-8 instead of Windows-1252): its rows are then read the slow way, which decides
        // afresh or refuses the file.
        guard bytes.count >= bodyStart, TextDecoder.wouldSniff(bytes, as: encoding) else { return nil }
        return bytes.withUnsafeBufferPointer { all -> [RawRow]? in
            let body = UnsafeBufferPointer(rebasing: all[bodyStart...])
            if encoding != .windows1252 && body.contains(where: TextKey.mayStartMark) { return nil }
            var rows: [RawRow] = []
            for span in CSVParser.recordSpans(body, atLines: lines, delimiter: delimiter) {
                let record = UnsafeBufferPointer(rebasing: body[span.range])
                var text: String
                if encoding == .windows1252 {
                    guard case .success(let decoded) = Windows1252.decodeChecked(record) else { return nil }
                    text = decoded
                } else {
                    // Valid: the whole body was checked above.
                    text = String(decoding: record, as: UTF8.self)
                }
                if let row = text.withUTF8({ CSVParser.row($0, line: span.line, delimiter: delimiter) }) {
                    rows.append(row)
                }
            }
            return rows
        }
    }

    /// The raw text of the given lines: cells joined by the file's delimiter, attendance rows with
    /// dial-in numbers masked, as the readers write them for rejected rows.
    static func rows(
        of file: InputFile, lines: Set<Int>, encoding: TextEncoding? = nil, delimiter: Character? = nil
    ) -> [Int: String] {
        guard let data = try? Data(contentsOf: file.url),
            let table = try? table(data, file: file, lines: lines, encoding: encoding, delimiter: delimiter)
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
