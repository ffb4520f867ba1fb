/// The byte-level record reader behind `CSVParser`: RFC 4180 quoting, lenient the way CPython's
/// `csv` module is (non-strict), so a stray quote never loses a row and no input can make it fail.
///
/// It works on UTF-8 bytes and only splits at the delimiter's bytes, quotes, CR and LF, so every cell
/// it slices out of valid UTF-8 is itself valid UTF-8.
///
/// - Cells are verbatim: not trimmed; the quotes of a quoted field are removed and `""` inside it
///   becomes `"`; line breaks inside quotes are kept exactly as in the file (CRLF stays CRLF).
/// - CRLF, LF and lone CR each end a line, inside quotes too; a record's line is the physical line
///   it starts on (SPEC R8).
/// - Malformed quoting follows CPython: text after a closing quote is appended (`"a"b` → `ab`), a
///   quote inside an unquoted field is literal (`a"b`), and end of input inside quotes ends the field
///   and the record.
struct CSVScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: [UInt8]
    /// The delimiter's first byte, and whether it is the whole delimiter (TAB, `;` and `,` are):
    /// every byte of a file is compared with it.
    private let delimiterStart: UInt8
    private let delimiterIsOneByte: Bool
    private var index: Int
    private var line: Int
    private var field: [UInt8] = []
    private var lastWidth = 4

    /// Reads `bytes[start...]`, whose first byte is on physical line `firstLine`. The buffer must
    /// outlive the scanner (it is used inside `String.withUTF8`).
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int, delimiter: Character) {
        self.bytes = bytes
        self.delimiter = Array(String(delimiter).utf8)
        self.delimiterStart = self.delimiter.first ?? 0
        self.delimiterIsOneByte = self.delimiter.count == 1
        self.index = start
        self.line = firstLine
    }

    /// The next record exactly as delimited: an empty line gives `[""]`, trailing empty cells are kept.
    /// Nil at the end of the input.
    ///
    /// Unquoted cells, nearly all of them, are made straight from their bytes; only a quoted cell is
    /// gathered byte by byte, since its quotes must be removed.
    mutating func nextRecord() -> (line: Int, cells: [String])? {
        let count = bytes.count
        guard index < count else { return nil }
        let recordLine = line
        var cells: [String] = []
        // As wide as the record before, nearly always right: growing an array cell by cell
        // allocates four or five times for a row of a dozen cells.
        cells.reserveCapacity(lastWidth)
        defer { lastWidth = cells.count }
        while true {
            if index < count && bytes[index] == Self.quote {
                _ = passQuotedField(collecting: true)
                cells.append(String(decoding: field, as: UTF8.self))
            } else {
                let start = index
                passUnquotedField()
                cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
            if passFieldEnd() { return (recordLine, cells) }
        }
    }

    /// The line the next record starts on.
    var nextLine: Int { line }

    /// Passes over the next record as `nextRecord` would read it, making no cells: for reading a
    /// few rows of a file again. False at the end of the input.
    mutating func skipRecord() -> Bool { nextRecordShape() != nil }

    /// Passes over the next record as `skipRecord` does, giving its line and the bytes it spans,
    /// its line end included. Nil at the end of the input.
    mutating func nextRecordSpan() -> (line: Int, range: Range<Int>)? {
        let (recordLine, start) = (line, index)
        guard nextRecordShape() != nil else { return nil }
        return (recordLine, start..<index)
    }

    /// The next record's number of cells, and whether it is one empty cell (an empty line), as
    /// `nextRecord` would read it but without making its cells: the delimiter sniff looks at sixty
    /// rows three times. Nil at the end of the input.
    mutating func nextRecordShape() -> (width: Int, isEmpty: Bool)? {
        guard index < bytes.count else { return nil }
        var width = 0
        var hasContent = false
        while true {
            width += 1
            if index < bytes.count && bytes[index] == Self.quote {
                if passQuotedField(collecting: false) { hasContent = true }
            } else {
                let start = index
                passUnquotedField()
                if index > start { hasContent = true }
            }
            if passFieldEnd() { return (width, width == 1 && !hasContent) }
        }
    }

    /// Moves over an unquoted field's bytes, to the next delimiter, line end or the end of the input.
    private mutating func passUnquotedField() {
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // Most bytes are none of the three: one comparison each tells (CR and LF are below 0x0E).
            if byte > 0x0D && byte != delimiterStart {
                index += 1
                continue
            }
            if byte == Self.cr || byte == Self.lf || isDelimiter(at: index) { break }
            index += 1
        }
    }

    /// At the end of a field: moves over a delimiter (false: the record goes on), or over a line
    /// end, or stays at the end of the input (true: the record is over).
    private mutating func passFieldEnd() -> Bool {
        let count = bytes.count
        if index >= count { return true }
        if isDelimiter(at: index) {
            index += delimiter.count
            return false
        }
        if bytes[index] == Self.cr && index + 1 < count && bytes[index + 1] == Self.lf { index += 1 }
        index += 1
        line += 1
        return true
    }

    /// Moves over a field that starts with a quote: `""` inside is a quote, line breaks inside are
    /// content, and text after the closing quote is appended (CPython's lenient `"a"b` → `ab`).
    /// The content is gathered into `field` when `collecting`; true when there is any.
    private mutating func passQuotedField(collecting: Bool) -> Bool {
        let count = bytes.count
        if collecting { field.removeAll(keepingCapacity: true) }
        var hasContent = false
        index += 1
        var inQuotes = true
        while index < count {
            let byte = bytes[index]
            if inQuotes {
                if byte == Self.quote {
                    if index + 1 < count && bytes[index + 1] == Self.quote {
                        hasContent = true
                        if collecting { field.append(Self.quote) }
                        index += 2
                    } else {
                        inQuotes = false
                        index += 1
                    }
                    continue
                }
                hasContent = true
                if collecting { field.append(byte) }
                if byte == Self.lf {
                    line += 1
                } else if byte == Self.cr {
                    if index + 1 < count && bytes[index + 1] == Self.lf {
                        if collecting { field.append(Self.lf) }
                        index += 1
                    }
                    line += 1
                }
                index += 1
                continue
            }
            if byte == Self.cr || byte == Self.lf || isDelimiter(at: index) { break }
            hasContent = true
            if collecting { field.append(byte) }
            index += 1
        }
        return hasContent
    }

    @inline(__always)
    private func isDelimiter(at position: Int) -> Bool {
        guard bytes[position] == delimiterStart, !delimiter.isEmpty else { return false }
        if delimiterIsOneByte { return true }
        guard position + delimiter.count <= bytes.count else { return false }
        for offset in 1..<delimiter.count where bytes[position + offset] != delimiter[offset] {
            return false
        }
        return true
    }

    /// The table's rows: trailing empty cells dropped, and records with no non-empty cell skipped as
    /// blank (SPEC R5). A cell of spaces is not empty.
    static func rows(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int, delimiter: Character
    ) -> [RawRow] {
        var scanner = CSVScanner(bytes, from: start, firstLine: firstLine, delimiter: delimiter)
        var rows: [RawRow] = []
        while let record = scanner.nextRecord() {
            if let row = row(record) { rows.append(row) }
        }
        return rows
    }

    /// A record as a table row: trailing empty cells dropped; nil for a blank record (SPEC R5).
    static func row(_ record: (line: Int, cells: [String])) -> RawRow? {
        var cells = record.cells
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        return cells.isEmpty ? nil : RawRow(line: record.line, cells: cells)
    }
}
