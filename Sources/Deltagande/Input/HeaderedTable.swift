/// A table whose first row is its header, with the fields found in it.
struct HeaderedTable {
    var file: Int
    var path: String
    var header: HeaderMap
    var rows: [RawRow]
    var delimiter: Character?

    /// Takes the table's rows over: when the caller gives it up (`consume`), they are filtered in
    /// place rather than copied, a million rows on a national roll-up.
    init?(table: consuming RawTable, file: Int, path: String, fields: [FieldSpec], extra: [String: [String]]) {
        var rows: [RawRow] = []
        swap(&rows, &table.rows)
        guard let first = rows.first else { return nil }
        self.file = file
        self.path = path
        self.header = HeaderMap(header: first.cells, fields: fields, extra: extra)
        rows.removeFirst()
        // A line of only white space is as blank as an empty one (R5): not a row.
        rows.removeAll { row in !row.cells.contains { !TextKey.isBlank($0) } }
        self.rows = rows
        self.delimiter = table.delimiter
    }

    /// The row as the file had it, for the data-quality output.
    func raw(_ row: RawRow) -> String {
        row.cells.joined(separator: String(delimiter ?? "\t"))
    }

    /// R5: a row with non-empty cells beyond the header's width is usually a shifted row.
    func isTooWide(_ row: RawRow) -> Bool {
        row.cells.count > header.width && row.cells[header.width...].contains { !TextKey.isBlank($0) }
    }

    /// A file-level error message for required fields that no header names.
    func missing(_ required: [String], fields: [FieldSpec], extra: [String: [String]]) -> String? {
        let absent = required.filter { !header.has($0) }
        guard !absent.isEmpty else { return nil }
        let details = absent.map { field in
            let names = HeaderMap.acceptedNames(field, fields: fields, extra: extra).map { "\"\($0)\"" }
            return "\(field) (accepted headers: \(names.joined(separator: ", ")))"
        }
        return "required column missing: " + details.joined(separator: "; ")
    }
}

/// Common cell readers.
enum CellText {
    /// Parses `HH:MM` (or `H.MM`) into minutes since midnight.
    static func clockMinutes(_ raw: String?) -> Int?? {
        guard let raw, !raw.isEmpty else { return .some(nil) }
        let parts = raw.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        return .some(h * 60 + m)
    }

    /// Splits a multi-value cell on `;` and line breaks; Forms ends its lists with `;`.
    static func list(_ raw: String?) -> [String] {
        guard let raw else { return [] }
        var text = raw
        // Below U+0300 no scalar combines with the one before, so every character is one scalar
        // (CRLF aside, and both its halves separate): the bytes can be split instead of the
        // characters. Such text has no UTF-8 lead byte from 0xCC on; looked for in the same pass
        // over a buffer (every registration row has a list).
        let items = text.withUTF8 { bytes -> [String]? in
            var items: [String] = []
            var start = 0
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x3B
                if TextKey.mayStartMark(byte) { return nil }
                guard byte == 0x3B || byte == 0x0A || byte == 0x0D else { continue }
                if index > start {
                    let item = TextKey.collapsed(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    if !item.isEmpty { items.append(item) }
                }
                start = index + 1
            }
            return items
        }
        return items ?? listAsWritten(raw)
    }

    /// The rule as written: split on `;` and line breaks as characters.
    static func listAsWritten(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { TextKey.collapsed(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// A decimal number with comma or point.
    static func decimal(_ raw: String?) -> Double? {
        guard let raw else { return nil }
        // ASCII without white space or commas is already what the rule would make of it.
        if raw.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: ",") && !(0x09...0x0D).contains($0) && $0 != 0x20 }) {
            return Double(raw)
        }
        return decimalAsWritten(raw)
    }

    /// The rule as written: white space removed, a decimal comma read as a point.
    static func decimalAsWritten(_ raw: String) -> Double? {
        let text = raw.filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
        return Double(text)
    }
}
